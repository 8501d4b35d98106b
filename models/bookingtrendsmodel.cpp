#include "bookingtrendsmodel.h"

#include <QLocale>

namespace routiq {

BookingTrendsModel::BookingTrendsModel(QObject *parent) : QAbstractTableModel(parent) {}

int BookingTrendsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BookingTrendsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BookingTrendsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DailyTrend &t = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return index.column() == DateColumn ? QVariant()
                                            : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == DateColumn)
        return QLocale().toString(t.date, QLocale::LongFormat);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case DateColumn:
        return t.date;
    case BookingsColumn:
        return t.bookings;
    case MissedColumn:
        return t.missed;
    case CancelledColumn:
        return t.cancelled;
    default:
        return {};
    }
}

QVariant BookingTrendsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case DateColumn:
        return tr("Date");
    case BookingsColumn:
        return tr("Bookings");
    case MissedColumn:
        return tr("Missed");
    case CancelledColumn:
        return tr("Cancelled");
    default:
        return {};
    }
}

int BookingTrendsModel::maxValue() const
{
    int max = 0;
    for (const DailyTrend &t : m_rows)
        max = qMax(max, qMax(t.bookings, qMax(t.missed, t.cancelled)));
    return max;
}

bool BookingTrendsModel::isContiguous(const QList<DailyTrend> &trends)
{
    for (qsizetype i = 1; i < trends.size(); ++i)
        if (trends.at(i - 1).date.addDays(1) != trends.at(i).date)
            return false;
    return true;
}

void BookingTrendsModel::emitChangedCells(const QList<DailyTrend> &before, int firstRow)
{
    // `before` holds the old values of the rows starting at firstRow that are still present.
    for (int i = 0; i < int(before.size()); ++i) {
        const DailyTrend &o = before.at(i);
        const DailyTrend &n = m_rows.at(firstRow + i);
        if (o == n)
            continue;
        const int first = o.bookings != n.bookings ? BookingsColumn
                          : o.missed != n.missed   ? MissedColumn
                                                   : CancelledColumn;
        const int last = o.cancelled != n.cancelled ? CancelledColumn
                         : o.missed != n.missed     ? MissedColumn
                                                    : BookingsColumn;
        emit dataChanged(index(firstRow + i, first), index(firstRow + i, last),
                         {Qt::DisplayRole, Qt::EditRole});
    }
}

void BookingTrendsModel::setTrends(const QList<DailyTrend> &trends)
{
    if (trends == m_rows)
        return;
    const bool shapeKnown =
        !m_rows.isEmpty() && !trends.isEmpty() && isContiguous(m_rows) && isContiguous(trends);
    const QDate oldStart = shapeKnown ? m_rows.first().date : QDate();
    const QDate oldEnd = shapeKnown ? m_rows.last().date : QDate();
    const QDate newStart = shapeKnown ? trends.first().date : QDate();
    const QDate newEnd = shapeKnown ? trends.last().date : QDate();
    const bool overlaps = shapeKnown && newStart <= oldEnd && oldStart <= newEnd;

    if (!overlaps) {
        // Different days altogether (or an empty side): the row set changes shape.
        beginResetModel();
        m_rows = trends;
        endResetModel();
        return;
    }

    // Trim days that left the range, at either end.
    if (oldEnd > newEnd) {
        const int from = int(oldStart.daysTo(newEnd)) + 1;
        beginRemoveRows({}, from, int(m_rows.size()) - 1);
        m_rows.resize(from);
        endRemoveRows();
    }
    if (oldStart < newStart) {
        const int count = int(oldStart.daysTo(newStart));
        beginRemoveRows({}, 0, count - 1);
        m_rows.remove(0, count);
        endRemoveRows();
    }
    // Now m_rows covers max(oldStart,newStart)..min(oldEnd,newEnd); keep its old values.
    const QList<DailyTrend> kept = m_rows;
    const int front = oldStart > newStart ? int(newStart.daysTo(oldStart)) : 0;
    if (front > 0) {
        beginInsertRows({}, 0, front - 1);
        m_rows = trends.mid(0, front) + m_rows;
        endInsertRows();
    }
    if (m_rows.size() < trends.size()) {
        const int from = int(m_rows.size());
        beginInsertRows({}, from, int(trends.size()) - 1);
        m_rows.append(trends.mid(from));
        endInsertRows();
    }
    // The overlapping days: replace values, announce only the cells that changed.
    for (int i = 0; i < int(kept.size()); ++i)
        m_rows[front + i] = trends.at(front + i);
    emitChangedCells(kept, front);
}

} // namespace routiq
