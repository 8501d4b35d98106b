#include "monthaggregates.h"

#include "appointmentindex.h"

#include <QDate>

#include <algorithm>

namespace routiq {

namespace {

constexpr qint64 msecsPerDay = 24LL * 60 * 60 * 1000;

} // namespace

qint64 MonthAggregates::firstDayOfMonth(qint64 julianDay)
{
    const QDate d = QDate::fromJulianDay(julianDay);
    return QDate(d.year(), d.month(), 1).toJulianDay();
}

qint64 MonthAggregates::lastDayOfMonth(qint64 julianDay)
{
    const QDate d = QDate::fromJulianDay(julianDay);
    return QDate(d.year(), d.month(), d.daysInMonth()).toJulianDay();
}

const MonthAggregates::Month &MonthAggregates::month(const AppointmentIndex &index, qint64 firstDay)
{
    const auto it = m_months.find(firstDay);
    if (it != m_months.end())
        return it->second;
    return m_months.emplace(firstDay, build(index, firstDay)).first->second;
}

MonthAggregates::Month MonthAggregates::build(const AppointmentIndex &index, qint64 firstDay)
{
    Month month;
    month.firstDay = firstDay;
    month.lastDay = lastDayOfMonth(firstDay);
    const std::size_t dayCount = std::size_t(month.lastDay - month.firstDay + 1);
    // A clinic has a few dozen pairs: a linear search from the last one used is enough.
    std::size_t last = 0;
    auto blockFor = [&](RecordId locationId, RecordId practitionerId) -> Block & {
        if (last < month.blocks.size() && month.blocks[last].locationId == locationId &&
            month.blocks[last].practitionerId == practitionerId)
            return month.blocks[last];
        for (last = 0; last < month.blocks.size(); ++last)
            if (month.blocks[last].locationId == locationId &&
                month.blocks[last].practitionerId == practitionerId)
                return month.blocks[last];
        Block &b = month.blocks.emplace_back();
        b.locationId = locationId;
        b.practitionerId = practitionerId;
        b.days.resize(dayCount);
        return b;
    };
    // The same rules as MetricsCalculator's scan, fact by fact.
    index.forEachDay(month.firstDay, month.lastDay,
                     [&](qint64 day, const std::vector<AppointmentIndex::Entry> &facts) {
                         const std::size_t offset = std::size_t(day - month.firstDay);
                         for (const AppointmentIndex::Entry &f : facts) {
                             Block &b = blockFor(f.locationId, f.practitionerId);
                             DayCounts &counts = b.days[offset];
                             if (f.cancelled) {
                                 ++b.cancellations;
                                 ++counts.cancelled;
                                 if (f.hasCancellationTime() &&
                                     f.startsAtUtcMSecs - f.cancelledAtUtcMSecs < msecsPerDay)
                                     ++b.lateCancellations;
                                 continue;
                             }
                             ++b.bookings;
                             ++counts.bookings;
                             b.patients.push_back(index.denseNumberOf(f.patientId));
                             if (f.didNotArrive) {
                                 ++b.missed;
                                 ++counts.missed;
                             }
                             if (f.arrived) {
                                 ++b.attended;
                                 if (index.hasLaterBooking(f.patientId, f.startsAtUtcMSecs))
                                     ++b.rebooked;
                             }
                             if (f.localWeekday >= 1 && f.localWeekday <= 7 && f.localHour >= 0 &&
                                 f.localHour <= 23)
                                 ++b.cells[std::size_t((f.localWeekday - 1) * 24 + f.localHour)];
                             if (index.isFirstBooking(f))
                                 ++b.newPatients;
                         }
                     });
    for (Block &b : month.blocks) {
        std::sort(b.patients.begin(), b.patients.end());
        b.patients.erase(std::unique(b.patients.begin(), b.patients.end()), b.patients.end());
        b.patients.shrink_to_fit();
    }
    return month;
}

} // namespace routiq
