#include "peakhoursmodel.h"

#include <QLocale>

namespace routiq {

PeakHoursModel::PeakHoursModel(QObject *parent) : QAbstractTableModel(parent) {}

int PeakHoursModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kDays;
}

int PeakHoursModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kHours;
}

QVariant PeakHoursModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int n = m_grid[size_t(index.row())][size_t(index.column())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return n;
    case Qt::ToolTipRole:
        return tr("%1, %2:00\u2013%3:00: %n booking(s)", nullptr, n)
            .arg(QLocale().dayName(index.row() + 1, QLocale::LongFormat))
            .arg(index.column(), 2, 10, QLatin1Char('0'))
            .arg((index.column() + 1) % 24, 2, 10, QLatin1Char('0'));
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignCenter);
    default:
        return {};
    }
}

QVariant PeakHoursModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section >= 0 && section < kDays
                   ? QVariant(QLocale().dayName(section + 1, QLocale::ShortFormat))
                   : QVariant();
    return section >= 0 && section < kHours
               ? QVariant(QStringLiteral("%1").arg(section, 2, 10, QLatin1Char('0')))
               : QVariant();
}

int PeakHoursModel::bookings(int dayOfWeek, int hour) const
{
    if (dayOfWeek < 1 || dayOfWeek > kDays || hour < 0 || hour >= kHours)
        return 0;
    return m_grid[size_t(dayOfWeek - 1)][size_t(hour)];
}

int PeakHoursModel::maxBookings() const
{
    int max = 0;
    for (const auto &day : m_grid)
        for (int n : day)
            max = qMax(max, n);
    return max;
}

int PeakHoursModel::totalBookings() const
{
    int total = 0;
    for (const auto &day : m_grid)
        for (int n : day)
            total += n;
    return total;
}

void PeakHoursModel::setCells(const QList<PeakHourCell> &cells)
{
    Grid next{};
    for (const PeakHourCell &c : cells)
        if (c.dayOfWeek >= 1 && c.dayOfWeek <= kDays && c.hour >= 0 && c.hour < kHours)
            next[size_t(c.dayOfWeek - 1)][size_t(c.hour)] += c.bookings;

    // One dataChanged per run of changed cells within a day row.
    for (int d = 0; d < kDays; ++d) {
        int runStart = -1;
        for (int h = 0; h <= kHours; ++h) {
            const bool changed =
                h < kHours && m_grid[size_t(d)][size_t(h)] != next[size_t(d)][size_t(h)];
            if (changed && runStart < 0)
                runStart = h;
            if (!changed && runStart >= 0) {
                for (int k = runStart; k < h; ++k)
                    m_grid[size_t(d)][size_t(k)] = next[size_t(d)][size_t(k)];
                emit dataChanged(index(d, runStart), index(d, h - 1),
                                 {Qt::DisplayRole, Qt::EditRole, Qt::ToolTipRole});
                runStart = -1;
            }
        }
    }
}

} // namespace routiq
