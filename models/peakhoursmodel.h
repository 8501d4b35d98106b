#pragma once

#include "metrics/clinicmetrics.h"

#include <QAbstractTableModel>

#include <array>

namespace routiq {

// peakHours as a fixed 7 x 24 table: rows are ISO weekdays (row 0 = Monday), columns local
// hours 0-23, each cell the bookings starting then. The shape never changes, so a new snapshot
// only ever emits dataChanged for the cells whose count changed.
class PeakHoursModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int kDays = 7;
    static constexpr int kHours = 24;

    explicit PeakHoursModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    int bookings(int dayOfWeek, int hour) const; // dayOfWeek 1-7, hour 0-23
    int maxBookings() const;
    int totalBookings() const;

    void setSnapshot(const MetricsSnapshot &snapshot) { setCells(snapshot.current.peakHours); }
    void setCells(const QList<PeakHourCell> &cells);

private:
    using Grid = std::array<std::array<int, kHours>, kDays>;
    Grid m_grid{};
};

} // namespace routiq
