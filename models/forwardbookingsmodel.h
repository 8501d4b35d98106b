#pragma once

#include "insights/forwardbookings.h"

#include <QAbstractTableModel>
#include <QHash>

namespace routiq {

// Forward bookings and utilisation (docs/metrics.md) as a table: per ISO week, one row per
// practitioner and a total row (bold), with bookings, booked hours, capacity and utilisation.
// Without working hours the capacity is empty and utilisation says "set working hours".
class ForwardBookingsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        WeekColumn,
        PractitionerColumn,
        BookingsColumn,
        BookedHoursColumn,
        CapacityColumn,
        UtilisationColumn,
        ColumnCount
    };
    static constexpr int IsTotalRole = Qt::UserRole + 1;
    static constexpr int PractitionerIdRole = Qt::UserRole + 2;

    explicit ForwardBookingsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void setForward(const ForwardBookings &forward);
    void setPractitionerNames(const QHash<RecordId, QString> &names);
    void clear();

    const ForwardBookings &forward() const { return m_forward; }
    QString practitionerName(RecordId id) const;
    // "12.5 h": minutes as hours with one decimal.
    static QString hoursText(qint64 minutes);
    // Whether any practitioner in view lacks working hours (the view offers to set them).
    bool missingHours() const;
    // Every practitioner of `week` has working hours: only then is the total's utilisation
    // shown (the service sums booked time over all, capacity over those with hours).
    static bool allHoursSet(const ForwardWeek &week);

private:
    struct Row
    {
        int week = 0;
        int cell = -1; // index into the week's practitioners; -1 = the total
    };
    const ForwardCell &cellOf(const Row &row) const;

    ForwardBookings m_forward;
    QList<Row> m_rows;
    QHash<RecordId, QString> m_names;
};

} // namespace routiq
