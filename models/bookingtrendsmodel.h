#pragma once

#include "metrics/clinicmetrics.h"

#include <QAbstractTableModel>
#include <QList>

namespace routiq {

// bookingTrends as a table: one row per local date of the range R (zero days included), columns
// date / bookings / missed / cancelled. Feeds the trends chart and the CSV export. Updates are
// diffed: changed cells emit dataChanged, a moved range inserts/removes rows at its ends.
class BookingTrendsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        DateColumn,      // QDate (DisplayRole), the local date
        BookingsColumn,  // int
        MissedColumn,    // int
        CancelledColumn, // int
        ColumnCount
    };

    explicit BookingTrendsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    const QList<DailyTrend> &trends() const { return m_rows; }
    int maxValue() const; // the largest count in any column, for chart axes

    void setSnapshot(const MetricsSnapshot &snapshot) { setTrends(snapshot.current.bookingTrends); }
    void setTrends(const QList<DailyTrend> &trends);

private:
    static bool isContiguous(const QList<DailyTrend> &trends);
    void emitChangedCells(const QList<DailyTrend> &before, int firstRow);

    QList<DailyTrend> m_rows;
};

} // namespace routiq
