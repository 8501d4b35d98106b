#include "workinghours.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace routiq {

namespace {

const char *const kDays[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

QString tr(const char *text)
{
    return QCoreApplication::translate("routiq::WorkingHours", text);
}

int weekdayOf(const QString &name)
{
    for (int i = 0; i < 7; ++i)
        if (name.compare(QLatin1String(kDays[i]), Qt::CaseInsensitive) == 0)
            return i + 1;
    return 0;
}

// Minutes after midnight, or -1 when not a time of day ("24:00" ends a day).
int minuteOf(const QString &hh, const QString &mm)
{
    const int h = hh.toInt();
    const int m = mm.toInt();
    if (m > 59 || h > 24 || (h == 24 && m != 0))
        return -1;
    return h * 60 + m;
}

QString clock(int minute)
{
    return QStringLiteral("%1:%2")
        .arg(minute / 60, 2, 10, QLatin1Char('0'))
        .arg(minute % 60, 2, 10, QLatin1Char('0'));
}

bool lessThan(const WorkingInterval &a, const WorkingInterval &b)
{
    return a.weekday != b.weekday ? a.weekday < b.weekday : a.startMinute < b.startMinute;
}

} // namespace

WorkingHours::WorkingHours(QList<WorkingInterval> intervals) : m_intervals(std::move(intervals))
{
    std::sort(m_intervals.begin(), m_intervals.end(), lessThan);
}

std::optional<WorkingHours> WorkingHours::parse(const QString &text, QString *error)
{
    static const QRegularExpression item(QStringLiteral(
        "^\\s*([A-Za-z]{3})\\s+(\\d{1,2}):(\\d{2})\\s*-\\s*(\\d{1,2}):(\\d{2})\\s*$"));
    QList<WorkingInterval> intervals;
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (part.trimmed().isEmpty())
            continue;
        const QRegularExpressionMatch m = item.match(part);
        const int weekday = m.hasMatch() ? weekdayOf(m.captured(1)) : 0;
        const int start = m.hasMatch() ? minuteOf(m.captured(2), m.captured(3)) : -1;
        const int end = m.hasMatch() ? minuteOf(m.captured(4), m.captured(5)) : -1;
        if (weekday == 0 || start < 0 || end < 0) {
            *error =
                tr("'%1' is not a day and time range like 'Mon 08:00-17:00'.").arg(part.trimmed());
            return std::nullopt;
        }
        if (start >= end) {
            *error = tr("'%1' ends before it starts.").arg(part.trimmed());
            return std::nullopt;
        }
        intervals.append({weekday, start, end});
    }
    if (intervals.isEmpty()) {
        *error = tr("No working hours given: use e.g. 'Mon 08:00-17:00, Tue 08:00-12:30'.");
        return std::nullopt;
    }
    WorkingHours hours(intervals);
    const QList<WorkingInterval> &sorted = hours.m_intervals;
    for (qsizetype i = 1; i < sorted.size(); ++i)
        if (sorted[i].weekday == sorted[i - 1].weekday &&
            sorted[i].startMinute < sorted[i - 1].endMinute) {
            *error =
                tr("Two ranges on %1 overlap.").arg(QLatin1String(kDays[sorted[i].weekday - 1]));
            return std::nullopt;
        }
    return hours;
}

QString WorkingHours::toString() const
{
    QStringList parts;
    for (const WorkingInterval &i : m_intervals)
        parts.append(QLatin1String(kDays[i.weekday - 1]) + QLatin1Char(' ') + clock(i.startMinute) +
                     QLatin1Char('-') + clock(i.endMinute));
    return parts.join(QStringLiteral(", "));
}

int WorkingHours::minutesOn(int isoWeekday) const
{
    int total = 0;
    for (const WorkingInterval &i : m_intervals)
        if (i.weekday == isoWeekday)
            total += i.endMinute - i.startMinute;
    return total;
}

int WorkingHours::minutesOn(QDate date) const
{
    return minutesOn(date.dayOfWeek());
}

} // namespace routiq
