#pragma once

#include "insights/noshowsnapshot.h"
#include "localzones.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QFont>
#include <QHash>

#include <array>

namespace routiq {

// What a read-only account sees of the day: per practitioner, how many upcoming bookings fall
// in each risk band, and a total row. Built from the NoShowSnapshot alone (which holds no
// names), so no patient-level list is ever read for it.
class RiskCountsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        PractitionerColumn,
        LowColumn,
        ElevatedColumn,
        HighColumn,
        TotalColumn,
        ColumnCount
    };

    explicit RiskCountsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void setSnapshot(const NoShowSnapshot &snapshot);
    void setDay(QDate day);
    void setZones(const LocalZones &zones);
    void setBands(const RiskBands &bands);
    void setPractitionerNames(const QHash<RecordId, QString> &names);
    void clear();

    const NoShowSnapshot &snapshot() const { return m_snapshot; }
    // Counts of the shown day: [Low, Elevated, High] for one practitioner, or all with 0.
    std::array<int, 3> counts(RecordId practitionerId = 0) const;

private:
    struct Line
    {
        RecordId practitionerId = 0;
        QString name;
        std::array<int, 3> bands{};
    };
    void rebuild();

    NoShowSnapshot m_snapshot;
    LocalZones m_zones;
    RiskBands m_bands;
    QDate m_day;
    QHash<RecordId, QString> m_names;
    QList<Line> m_lines; // practitioners by name, then the total
};

} // namespace routiq
