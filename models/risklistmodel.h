#pragma once

#include "domain/appointmentlistrow.h"
#include "insights/noshowsnapshot.h"
#include "localzones.h"

#include <QAbstractTableModel>

namespace routiq {

// The drill-down behind "Expected no-shows": the upcoming bookings the figure sums, highest
// risk first, each with its band, probability, people and reasons. Joined from the audited
// appointment list and the NoShowSnapshot by appointment id, so its risks add up to the card.
class RiskListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        RiskColumn,
        WhenColumn,
        PractitionerColumn,
        PatientColumn,
        ReasonsColumn,
        ColumnCount
    };
    enum Role
    {
        RiskRole = Qt::UserRole + 1,
        AppointmentIdRole,
        RiskBandRole, // int(RiskBand)
    };

    struct Entry
    {
        ScoredBooking score;
        QDateTime localStart;
        QString practitioner;
        QString patient; // empty when names may not be shown
    };

    explicit RiskListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // The snapshot's bookings starting before `untilUtc` (as NoShowSnapshot::expectedNoShows
    // counts them) that the list names, highest risk first (ties: earlier start first).
    static QList<Entry> join(const QList<AppointmentListRow> &rows, const NoShowSnapshot &snapshot,
                             const QDateTime &untilUtc, const LocalZones &zones);

    void setEntries(const QList<Entry> &entries, const NoShowSnapshot &snapshot,
                    const RiskBands &bands);
    const QList<Entry> &entries() const { return m_entries; }
    double totalRisk() const;

private:
    QList<Entry> m_entries;
    NoShowModelInfo m_model;
    RiskBands m_bands;
};

} // namespace routiq
