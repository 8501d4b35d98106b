#pragma once

#include "domain/ids.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace routiq {

// A practitioner's working hours: wall-clock intervals per ISO weekday (Mon = 1 .. Sun = 7),
// in minutes after local midnight. Several intervals on one day are allowed ("Mon 08:00-12:00,
// Mon 13:00-17:00"); they may not overlap. Capacity is wall-clock time: a DST change at 02:00
// does not shorten an 08:00-17:00 day.
struct WorkingInterval
{
    int weekday = 1;     // ISO
    int startMinute = 0; // 0..1439
    int endMinute = 0;   // startMinute < endMinute <= 1440

    friend bool operator==(const WorkingInterval &, const WorkingInterval &) = default;
};

class WorkingHours
{
public:
    WorkingHours() = default;
    explicit WorkingHours(QList<WorkingInterval> intervals);

    // "Mon 08:00-17:00, Tue 08:00-12:30" (English weekday abbreviations, 24-hour times,
    // comma-separated; "24:00" ends a day). Null with `error` set on anything else.
    static std::optional<WorkingHours> parse(const QString &text, QString *error);
    // The canonical text parse() reads back: weekday order, then start time.
    QString toString() const;

    bool isEmpty() const { return m_intervals.isEmpty(); }
    const QList<WorkingInterval> &intervals() const { return m_intervals; }
    // Minutes of work on `date`'s weekday.
    int minutesOn(QDate date) const;
    int minutesOn(int isoWeekday) const;

    friend bool operator==(const WorkingHours &, const WorkingHours &) = default;

private:
    QList<WorkingInterval> m_intervals; // sorted by (weekday, start)
};

// Every practitioner of one clinic that has hours set.
using WorkingHoursMap = QHash<RecordId, WorkingHours>;

} // namespace routiq

Q_DECLARE_METATYPE(routiq::WorkingHours)
