#include "factbuilder.h"
#include "metrics/metricscalculator.h"
#include "metrics/rangeresolver.h"

#include "testapp.h"

using namespace routiq;
using namespace routiq::test;

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

ClinicMetrics metricsOf(const QList<AppointmentFact> &facts, const char *start, const char *end,
                        const MetricsFilter &filter = {})
{
    AppointmentIndex index;
    index.reset(facts);
    return MetricsCalculator(index).compute(RangeResolver::withPreviousRange(d(start), d(end)),
                                            filter);
}

// R = the week of Mon 2026-03-02 (Sydney, AEDT); P = 2026-02-23 .. 2026-03-01.
QList<AppointmentFact> weekWithEveryStatus()
{
    return {
        attended(booking(1, 100, local("2026-03-02T09:00"))),
        booking(2, 100, local("2026-03-04T09:00")), // unmarked: a booking, a later one for 1
        missed(booking(3, 101, local("2026-03-02T09:30"))),
        cancelled(booking(4, 102, local("2026-03-02T10:00")), local("2026-02-28T10:00")),
        // cancelled and DNA: a cancellation, not missed; cancelled 2 h before: late
        missed(cancelled(booking(5, 103, local("2026-03-03T14:00")), local("2026-03-03T12:00"))),
        deleted(attended(booking(6, 104, local("2026-03-03T14:00")))), // counts nowhere
        attended(booking(7, 105, local("2026-03-06T09:00"))),
        attended(booking(8, 105, local("2026-02-27T09:00"))), // 105's first booking is in P
        attended(booking(9, 106, local("2026-03-06T09:15"))),
        // 106's first appointment was cancelled: 106 is still new in R
        cancelled(booking(10, 106, local("2026-02-20T09:00")), local("2026-02-19T09:00")),
    };
}

} // namespace

TEST_CASE("every figure of a week with every status matches the hand count")
{
    const ClinicMetrics m = metricsOf(weekWithEveryStatus(), "2026-03-02", "2026-03-08");
    CHECK(m.totalBookings == 5);           // 1, 2, 3, 7, 9
    CHECK(m.totalBookingsChange == 400.0); // P has only 8: (5 - 1) / 1
    CHECK(m.activePatients == 4);          // 100, 101, 105, 106
    CHECK(m.newPatients == 3);             // 100, 101, 106 (105 first came in P)
    CHECK(m.dailyAverage == 1.67);         // 5 bookings / 3 booked days
    CHECK(m.missedAppointments == 1);      // 3 (5 is a cancellation)
    CHECK(m.missedAppointmentsPercentage == 20.0);
    CHECK(m.cancellations == 2);         // 4, 5
    CHECK(m.cancellationRate == 28.6);   // 2 / 7
    CHECK(m.lateCancellations == 1);     // 5
    CHECK(m.attendedAppointments == 3);  // 1, 7, 9
    CHECK(m.patientVisitAverage == 1.0); // 3 / 3
    CHECK(m.rebookRate == 33.3);         // only 1 has a later booking (2)

    const QList<DailyTrend> trends = {
        {d("2026-03-02"), 2, 1, 1}, {d("2026-03-03"), 0, 0, 1}, {d("2026-03-04"), 1, 0, 0},
        {d("2026-03-05"), 0, 0, 0}, {d("2026-03-06"), 2, 0, 0}, {d("2026-03-07"), 0, 0, 0},
        {d("2026-03-08"), 0, 0, 0},
    };
    CHECK(m.bookingTrends == trends);
    const QList<PeakHourCell> peaks = {{1, 9, 2}, {5, 9, 2}, {3, 9, 1}};
    CHECK(m.peakHours == peaks);
}

TEST_CASE("the previous range's figures are computed by the same rules")
{
    AppointmentIndex index;
    index.reset(weekWithEveryStatus());
    const auto range = RangeResolver::withPreviousRange(d("2026-03-02"), d("2026-03-08"));
    const ClinicMetrics p = MetricsCalculator(index).computePrevious(range, {});
    CHECK(p.totalBookings == 1);
    CHECK_FALSE(p.totalBookingsChange.has_value()); // the week before P is empty
    CHECK(p.newPatients == 1);                      // 105
    CHECK(p.cancellations == 0);                    // 10 is on 2026-02-20, before P
    CHECK(p.bookingTrends.size() == 7);
    CHECK(p.bookingTrends.first().date == d("2026-02-23"));
}

TEST_CASE("a range without bookings gives zeros, empty peaks and null change and visit average")
{
    const ClinicMetrics m = metricsOf(weekWithEveryStatus(), "2026-05-04", "2026-05-10");
    CHECK(m.totalBookings == 0);
    CHECK_FALSE(m.totalBookingsChange.has_value());
    CHECK(m.activePatients == 0);
    CHECK(m.newPatients == 0);
    CHECK(m.dailyAverage == 0.0);
    CHECK(m.missedAppointmentsPercentage == 0.0);
    CHECK(m.cancellationRate == 0.0);
    CHECK(m.rebookRate == 0.0);
    CHECK_FALSE(m.patientVisitAverage.has_value());
    CHECK(m.peakHours.isEmpty());
    REQUIRE(m.bookingTrends.size() == 7);
    for (const DailyTrend &t : m.bookingTrends)
        CHECK((t.bookings == 0 && t.missed == 0 && t.cancelled == 0));
}

TEST_CASE("an empty previous range makes totalBookingsChange null, a fall gives a negative change")
{
    const ClinicMetrics first = metricsOf(weekWithEveryStatus(), "2026-02-23", "2026-03-01");
    CHECK(first.totalBookings == 1);
    CHECK_FALSE(first.totalBookingsChange.has_value());
    const ClinicMetrics after = metricsOf(weekWithEveryStatus(), "2026-03-09", "2026-03-15");
    CHECK(after.totalBookingsChange == -100.0);
}

TEST_CASE("a 23:30 UTC appointment belongs to the next local day in Sydney")
{
    const QList<AppointmentFact> facts = {booking(1, 1, utc("2026-03-01T23:30:00Z"))};
    const ClinicMetrics m = metricsOf(facts, "2026-03-02", "2026-03-08");
    CHECK(m.totalBookings == 1);
    CHECK(m.bookingTrends.first() == DailyTrend{d("2026-03-02"), 1, 0, 0});
    CHECK(m.peakHours == QList<PeakHourCell>{{1, 10, 1}}); // Monday 10:30 AEDT
    CHECK(metricsOf(facts, "2026-03-01", "2026-03-01").totalBookings == 0);
}

TEST_CASE("a cancellation exactly 24 hours ahead is not late, 23 h 59 min is")
{
    const QDateTime start = local("2026-03-04T09:00");
    const QList<AppointmentFact> facts = {
        cancelled(booking(1, 1, start), start.addSecs(-24 * 3600)),
        cancelled(booking(2, 2, start), start.addSecs(-(23 * 3600 + 59 * 60))),
        cancelled(booking(3, 3, start), start.addMSecs(-(24LL * 3600 * 1000 - 1))),
        cancelled(booking(4, 4, start)), // no cancellation time: cancelled, never late
        cancelled(booking(5, 5, start), start.addSecs(3600)), // after the start: 0 h ahead
        cancelled(booking(6, 6, start), start.addDays(-3)),
    };
    const ClinicMetrics m = metricsOf(facts, "2026-03-02", "2026-03-08");
    CHECK(m.cancellations == 6);
    CHECK(m.lateCancellations == 3); // 2, 3, 5
    CHECK(m.totalBookings == 0);
    CHECK(m.cancellationRate == 100.0);
}

TEST_CASE("first bookings tie on the instant by the lower appointment id")
{
    const QDateTime t = local("2026-03-04T09:00");
    SECTION("the lower id in R wins over a higher id at the same instant in another location")
    {
        const QList<AppointmentFact> facts = {booking(20, 7, t, sydney(), 2),
                                              booking(9, 7, t, sydney(), 1)};
        CHECK(metricsOf(facts, "2026-03-02", "2026-03-08", {1, {}}).newPatients == 1);
        CHECK(metricsOf(facts, "2026-03-02", "2026-03-08", {2, {}}).newPatients == 0);
        CHECK(metricsOf(facts, "2026-03-02", "2026-03-08").newPatients == 1);
    }
    SECTION("ids compare as numbers, not as text")
    {
        const QList<AppointmentFact> facts = {booking(100, 7, t, sydney(), 2),
                                              booking(99, 7, t, sydney(), 1)};
        CHECK(metricsOf(facts, "2026-03-02", "2026-03-08", {1, {}}).newPatients == 1);
    }
}

TEST_CASE("a later booking must start strictly later in UTC, across zones, in any state")
{
    const QDateTime t = local("2026-03-04T09:00");
    SECTION("a booking at the same instant is not later")
    {
        const QList<AppointmentFact> facts = {attended(booking(1, 7, t)), booking(2, 7, t)};
        CHECK(metricsOf(facts, "2026-03-02", "2026-03-08").rebookRate == 0.0);
    }
    SECTION("a booking one millisecond later in Perth is later, though its wall clock is earlier")
    {
        AppointmentFact later = booking(2, 7, t.addMSecs(1), perth(), 2);
        const QList<AppointmentFact> facts = {attended(booking(1, 7, t)), later};
        CHECK(metricsOf(facts, "2026-03-02", "2026-03-08").rebookRate == 100.0);
    }
    SECTION("a missed later booking counts, a cancelled or deleted one does not")
    {
        const QList<AppointmentFact> dna = {attended(booking(1, 7, t)),
                                            missed(booking(2, 7, t.addDays(30)))};
        CHECK(metricsOf(dna, "2026-03-02", "2026-03-08").rebookRate == 100.0);
        const QList<AppointmentFact> gone = {attended(booking(1, 7, t)),
                                             cancelled(booking(2, 7, t.addDays(30))),
                                             deleted(booking(3, 7, t.addDays(31)))};
        CHECK(metricsOf(gone, "2026-03-02", "2026-03-08").rebookRate == 0.0);
    }
}

TEST_CASE("rounded figures use the exact ratio: 107 bookings on 40 days average 2.68")
{
    // 2.675 exactly; a double computation would print 2.67.
    QList<AppointmentFact> facts;
    RecordId id = 1;
    const QDate first = d("2026-01-01");
    for (int day = 0; day < 40; ++day) {
        const int count = day < 27 ? 3 : 2; // 27 * 3 + 13 * 2 = 107
        for (int i = 0; i < count; ++i) {
            const QDateTime start(first.addDays(day), QTime(9 + i, 0), sydney());
            facts.append(booking(id, id, start.toUTC()));
            ++id;
        }
    }
    const ClinicMetrics m = metricsOf(facts, "2026-01-01", "2026-02-09");
    CHECK(m.totalBookings == 107);
    CHECK(m.dailyAverage == 2.68);
}

TEST_CASE("deleted appointments count nowhere, whatever else they are marked")
{
    const QDateTime t = local("2026-03-04T09:00");
    const QList<AppointmentFact> facts = {
        deleted(missed(booking(1, 1, t))),
        deleted(cancelled(booking(2, 2, t), t.addSecs(-60))),
        deleted(attended(booking(3, 3, t))),
        deleted(booking(4, 4, t.addDays(-100))), // not 5's first booking either
        booking(5, 4, t),
    };
    const ClinicMetrics m = metricsOf(facts, "2026-03-02", "2026-03-08");
    CHECK(m.totalBookings == 1);
    CHECK(m.cancellations == 0);
    CHECK(m.missedAppointments == 0);
    CHECK(m.attendedAppointments == 0);
    CHECK(m.activePatients == 1);
    CHECK(m.newPatients == 1);
}

TEST_CASE("peak hours sort by bookings descending, then weekday, then hour")
{
    QList<AppointmentFact> facts;
    RecordId id = 1;
    auto add = [&](const char *wall, int times) {
        for (int i = 0; i < times; ++i, ++id)
            facts.append(booking(id, id, local(wall)));
    };
    add("2026-03-08T16:00", 3); // Sun 16
    add("2026-03-03T08:00", 1); // Tue 8
    add("2026-03-02T17:00", 1); // Mon 17
    add("2026-03-02T08:00", 1); // Mon 8
    add("2026-03-04T12:00", 3); // Wed 12
    add("2026-03-04T12:45", 1); // Wed 12 again: a long hour counts by its start
    const ClinicMetrics m = metricsOf(facts, "2026-03-02", "2026-03-08");
    const QList<PeakHourCell> expected = {{3, 12, 4}, {7, 16, 3}, {1, 8, 1}, {1, 17, 1}, {2, 8, 1}};
    CHECK(m.peakHours == expected);
}
