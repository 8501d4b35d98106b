#include "factbuilder.h"
#include "metrics/metricscalculator.h"
#include "metrics/rangeresolver.h"

#include "testapp.h"

using namespace routiq;
using namespace routiq::test;

namespace {

ClinicMetrics metricsOf(const QList<AppointmentFact> &facts, QDate start, QDate end)
{
    AppointmentIndex index;
    index.reset(facts);
    return MetricsCalculator(index).compute(RangeResolver::withPreviousRange(start, end), {});
}

} // namespace

TEST_CASE("the fact builder sees Sydney's 25-hour and 23-hour days")
{
    // DST ends Sunday 2026-04-05 03:00 AEDT (16:00 UTC the day before): 02:00-03:00 twice.
    const AppointmentFact firstTwoThirty = booking(1, 1, utc("2026-04-04T15:30:00Z"));
    const AppointmentFact secondTwoThirty = booking(2, 1, utc("2026-04-04T16:30:00Z"));
    CHECK(firstTwoThirty.localJulianDay == QDate(2026, 4, 5).toJulianDay());
    CHECK(firstTwoThirty.localHour == 2);
    CHECK(secondTwoThirty.localHour == 2);
    CHECK(secondTwoThirty.localWeekday == 7);
    // DST starts Sunday 2026-10-04 02:00 AEST: there is no 02:xx that day.
    CHECK(booking(3, 1, utc("2026-10-03T15:30:00Z")).localHour == 1);
    CHECK(booking(4, 1, utc("2026-10-03T16:30:00Z")).localHour == 3);
}

TEST_CASE("a week holding the April DST change counts its 25-hour Sunday whole")
{
    const QList<AppointmentFact> facts = {
        booking(1, 1, utc("2026-03-29T12:30:00Z")), // Sun 2026-03-29 23:30 AEDT: in P
        booking(2, 2, utc("2026-03-29T13:30:00Z")), // Mon 2026-03-30 00:30 AEDT: first day of R
        booking(3, 3, utc("2026-04-04T14:30:00Z")), // Sun 01:30 AEDT
        booking(4, 4, utc("2026-04-04T15:30:00Z")), // Sun 02:30 AEDT
        booking(5, 5, utc("2026-04-04T16:30:00Z")), // Sun 02:30 AEST, the hour again
        booking(6, 6, utc("2026-04-05T13:30:00Z")), // Sun 23:30 AEST: still R (hour 25 of 25)
        booking(7, 7, utc("2026-04-05T14:30:00Z")), // Mon 2026-04-06 00:30 AEST: after R
    };
    const ClinicMetrics m = metricsOf(facts, QDate(2026, 3, 30), QDate(2026, 4, 5));
    CHECK(m.totalBookings == 5);
    CHECK(m.totalBookingsChange == 400.0);
    CHECK(m.activePatients == 5);
    CHECK(m.newPatients == 5);
    CHECK(m.dailyAverage == 2.5); // 5 bookings on 2 days
    REQUIRE(m.bookingTrends.size() == 7);
    CHECK(m.bookingTrends[0] == DailyTrend{QDate(2026, 3, 30), 1, 0, 0});
    CHECK(m.bookingTrends[6] == DailyTrend{QDate(2026, 4, 5), 4, 0, 0});
    const QList<PeakHourCell> peaks = {{7, 2, 2}, {1, 0, 1}, {7, 1, 1}, {7, 23, 1}};
    CHECK(m.peakHours == peaks);
}

TEST_CASE("a week holding the October DST change counts its 23-hour Sunday whole")
{
    const QList<AppointmentFact> facts = {
        booking(1, 1, utc("2026-10-03T15:30:00Z")), // Sun 2026-10-04 01:30 AEST
        booking(2, 2, utc("2026-10-03T16:30:00Z")), // Sun 03:30 AEDT (02:xx does not exist)
        booking(3, 3, utc("2026-10-04T12:30:00Z")), // Sun 23:30 AEDT: last hour of R
        booking(4, 4, utc("2026-10-04T13:30:00Z")), // Mon 2026-10-05 00:30 AEDT: after R
        booking(5, 5, utc("2026-09-27T13:59:00Z")), // Sun 2026-09-27 23:59 AEST: in P
    };
    const ClinicMetrics m = metricsOf(facts, QDate(2026, 9, 28), QDate(2026, 10, 4));
    CHECK(m.totalBookings == 3);
    CHECK(m.totalBookingsChange == 200.0);
    CHECK(m.bookingTrends[6] == DailyTrend{QDate(2026, 10, 4), 3, 0, 0});
    const QList<PeakHourCell> peaks = {{7, 1, 1}, {7, 3, 1}, {7, 23, 1}};
    CHECK(m.peakHours == peaks);
}

TEST_CASE("late cancellation measures real elapsed time across a DST change")
{
    // April: cancelled at 10:00 AEDT Saturday for 10:00 AEST Sunday: 24 h on the wall, 25 h real.
    const QDateTime aprilStart = local("2026-04-05T10:00");
    const QDateTime aprilCancel = local("2026-04-04T10:00");
    REQUIRE(aprilCancel.secsTo(aprilStart) == 25 * 3600);
    // October: the same wall clocks are 23 h apart: late.
    const QDateTime octoberStart = local("2026-10-04T10:00");
    const QDateTime octoberCancel = local("2026-10-03T10:00");
    REQUIRE(octoberCancel.secsTo(octoberStart) == 23 * 3600);

    const ClinicMetrics april = metricsOf({cancelled(booking(1, 1, aprilStart), aprilCancel)},
                                          QDate(2026, 3, 30), QDate(2026, 4, 5));
    CHECK(april.cancellations == 1);
    CHECK(april.lateCancellations == 0);
    const ClinicMetrics october = metricsOf({cancelled(booking(1, 1, octoberStart), octoberCancel)},
                                            QDate(2026, 9, 28), QDate(2026, 10, 4));
    CHECK(october.cancellations == 1);
    CHECK(october.lateCancellations == 1);
}
