#include "metricscalculator.h"

#include "exactdecimal.h"
#include "rangeresolver.h"

#include <algorithm>
#include <array>
#include <vector>

namespace routiq {

namespace {

constexpr qint64 msecsPerDay = 24LL * 60 * 60 * 1000;

bool isLateCancellation(const AppointmentIndex::Entry &e)
{
    // Real elapsed time between two UTC instants; exactly 24 h is not late.
    return e.hasCancellationTime() && e.startsAtUtcMSecs - e.cancelledAtUtcMSecs < msecsPerDay;
}

} // namespace

std::optional<double> MetricsCalculator::change(int current, int previous)
{
    if (previous == 0)
        return std::nullopt;
    return ExactDecimal::roundedPercentage(qint64(current) - previous, previous, 1);
}

ClinicMetrics MetricsCalculator::compute(const ResolvedRange &range,
                                         const MetricsFilter &filter) const
{
    ClinicMetrics m = computeRange(range.startDate, range.endDate, filter);
    m.totalBookingsChange = change(
        m.totalBookings, countBookings(range.previousStartDate, range.previousEndDate, filter));
    return m;
}

ClinicMetrics MetricsCalculator::computePrevious(const ResolvedRange &range,
                                                 const MetricsFilter &filter) const
{
    const ResolvedRange previous =
        RangeResolver::withPreviousRange(range.previousStartDate, range.previousEndDate);
    return compute(previous, filter);
}

int MetricsCalculator::countBookings(QDate start, QDate end, const MetricsFilter &filter) const
{
    int count = 0;
    m_index.forEachDay(start.toJulianDay(), end.toJulianDay(),
                       [&](qint64, const std::vector<AppointmentIndex::Entry> &facts) {
                           for (const AppointmentIndex::Entry &f : facts)
                               if (!f.cancelled && filter.matches(f))
                                   ++count;
                       });
    return count;
}

ClinicMetrics MetricsCalculator::computeRange(QDate start, QDate end,
                                              const MetricsFilter &filter) const
{
    ClinicMetrics m;
    if (!start.isValid() || !end.isValid() || end < start)
        return m;
    const qint64 firstDay = start.toJulianDay();
    const qint64 lastDay = end.toJulianDay();

    m.bookingTrends.reserve(lastDay - firstDay + 1);
    for (qint64 d = firstDay; d <= lastDay; ++d)
        m.bookingTrends.append(DailyTrend{QDate::fromJulianDay(d), 0, 0, 0});

    std::array<std::array<int, 24>, 7> cells{};
    std::vector<RecordId> patients;
    int rebooked = 0;

    m_index.forEachDay(firstDay, lastDay,
                       [&](qint64 julianDay, const std::vector<AppointmentIndex::Entry> &facts) {
                           DailyTrend &day = m.bookingTrends[qsizetype(julianDay - firstDay)];
                           for (const AppointmentIndex::Entry &f : facts) {
                               if (!filter.matches(f))
                                   continue;
                               if (f.cancelled) {
                                   ++m.cancellations;
                                   ++day.cancelled;
                                   if (isLateCancellation(f))
                                       ++m.lateCancellations;
                                   continue;
                               }
                               ++m.totalBookings;
                               ++day.bookings;
                               patients.push_back(f.patientId);
                               if (f.didNotArrive) {
                                   ++m.missedAppointments;
                                   ++day.missed;
                               }
                               if (f.arrived) {
                                   ++m.attendedAppointments;
                                   if (m_index.hasLaterBooking(f.patientId, f.startsAtUtcMSecs))
                                       ++rebooked;
                               }
                               if (f.localWeekday >= 1 && f.localWeekday <= 7 && f.localHour >= 0 &&
                                   f.localHour <= 23)
                                   ++cells[f.localWeekday - 1][f.localHour];
                               if (m_index.isFirstBooking(f))
                                   ++m.newPatients;
                           }
                       });

    std::sort(patients.begin(), patients.end());
    m.activePatients = int(std::unique(patients.begin(), patients.end()) - patients.begin());

    const auto bookedDays = std::count_if(m.bookingTrends.cbegin(), m.bookingTrends.cend(),
                                          [](const DailyTrend &t) { return t.bookings > 0; });
    m.dailyAverage =
        bookedDays == 0 ? 0 : ExactDecimal::roundedQuotient(m.totalBookings, bookedDays, 2);
    m.missedAppointmentsPercentage =
        m.totalBookings == 0
            ? 0
            : ExactDecimal::roundedPercentage(m.missedAppointments, m.totalBookings, 1);
    const qint64 cancellationBase = qint64(m.totalBookings) + m.cancellations;
    m.cancellationRate =
        cancellationBase == 0
            ? 0
            : ExactDecimal::roundedPercentage(m.cancellations, cancellationBase, 1);
    if (m.newPatients > 0)
        m.patientVisitAverage =
            ExactDecimal::roundedQuotient(m.attendedAppointments, m.newPatients, 2);
    m.rebookedAppointments = rebooked;
    m.rebookRate = m.attendedAppointments == 0
                       ? 0
                       : ExactDecimal::roundedPercentage(rebooked, m.attendedAppointments, 1);

    for (int wd = 0; wd < 7; ++wd)
        for (int h = 0; h < 24; ++h)
            if (cells[wd][h] > 0)
                m.peakHours.append(PeakHourCell{wd + 1, h, cells[wd][h]});
    // Appended in (dayOfWeek, hour) order, so a stable sort by bookings keeps the tie order.
    std::stable_sort(
        m.peakHours.begin(), m.peakHours.end(),
        [](const PeakHourCell &a, const PeakHourCell &b) { return a.bookings > b.bookings; });
    return m;
}

} // namespace routiq
