// The "All clinics" roll-up: combining clinics' figures must equal computing the definitions of
// metrics.md once over every clinic's appointments, with each patient known by clinic and id.
#include "factbuilder.h"
#include "metrics/appointmentindex.h"
#include "metrics/metricscalculator.h"
#include "metrics/metricsrollup.h"
#include "metrics/rangeresolver.h"

#include <catch2/catch.hpp>

#include <random>

using namespace routiq;
using namespace routiq::test;

namespace {

constexpr RecordId kSecondClinicOffset = 1'000'000;

// A clinic's appointments: 2 locations in 2 zones, 25 patients (the same ids in every clinic),
// five months with both DST changes of Sydney, every status.
QList<AppointmentFact> randomClinic(unsigned seed)
{
    std::mt19937_64 rng(seed);
    auto pick = [&rng](qint64 low, qint64 high) {
        return std::uniform_int_distribution<qint64>(low, high)(rng);
    };
    QList<AppointmentFact> facts;
    for (RecordId id = 1; id <= 400; ++id) {
        const RecordId location = pick(1, 2);
        const QTimeZone zone = location == 2 ? perth() : sydney();
        const QDateTime start = utc("2026-02-20T00:00:00Z").addSecs(pick(0, 150 * 48) * 1800);
        AppointmentFact f = booking(id, pick(1, 25), start, zone, location, pick(10, 12));
        const qint64 status = pick(0, 99);
        f.deleted = status < 4;
        if (status >= 4 && status < 20) {
            f.cancelled = true;
            if (pick(0, 3) > 0)
                f.cancelledAtUtcMSecs = f.startsAtUtcMSecs - pick(-3600, 60 * 3600) * 1000;
        }
        f.didNotArrive = pick(0, 9) == 0;
        f.arrived = !f.didNotArrive && pick(0, 1) == 0;
        facts.append(f);
    }
    return facts;
}

// The second clinic's rows as one index holding both clinics must see them: other people,
// other appointments, even where the PMS ids coincide.
QList<AppointmentFact> asSecondClinic(QList<AppointmentFact> facts)
{
    for (AppointmentFact &f : facts) {
        f.id += kSecondClinicOffset;
        f.patientId += kSecondClinicOffset;
    }
    return facts;
}

MetricsSnapshot snapshotOf(const QList<AppointmentFact> &facts, const ResolvedRange &range,
                           const QDateTime &lastUpdated)
{
    AppointmentIndex index;
    index.reset(facts);
    const MetricsCalculator calculator(index);
    MetricsSnapshot s;
    s.range = range;
    s.current = calculator.compute(range, {});
    s.previous = calculator.computePrevious(range, {});
    s.lastUpdated = lastUpdated;
    return s;
}

} // namespace

TEST_CASE("the roll-up of two clinics equals the definitions computed over both at once")
{
    for (unsigned seed : {1u, 7u, 2026u}) {
        const QList<AppointmentFact> a = randomClinic(seed);
        const QList<AppointmentFact> b = randomClinic(seed + 100);
        AppointmentIndex both;
        both.reset(a + asSecondClinic(b));
        const MetricsCalculator truth(both);

        const std::pair<QDate, QDate> ranges[] = {
            {QDate(2026, 4, 6), QDate(2026, 4, 12)},  // an ISO week (Sydney's DST ends 5 April)
            {QDate(2026, 5, 1), QDate(2026, 5, 31)},  // a calendar month
            {QDate(2026, 3, 20), QDate(2026, 6, 2)},  // a free range
            {QDate(2026, 12, 1), QDate(2026, 12, 7)}, // nothing booked at all
        };
        for (const auto &[start, end] : ranges) {
            INFO("seed " << seed << " from " << start.toString(Qt::ISODate).toStdString());
            const ResolvedRange range = RangeResolver::withPreviousRange(start, end);
            const QDateTime at = utc("2026-06-01T00:00:00Z");
            const MetricsSnapshot rolled = MetricsRollup::combine(
                {snapshotOf(a, range, at), snapshotOf(b, range, at)}, MetricsRequest{});

            CHECK(rolled.range == range);
            CHECK(rolled.current == truth.compute(range, {}));
            ClinicMetrics previous = truth.computePrevious(range, {});
            previous.totalBookingsChange.reset(); // the range before P is not computed
            CHECK(rolled.previous == previous);
        }
    }
}

TEST_CASE("a patient id seen in two clinics is two patients, and one within its clinic")
{
    const QTimeZone zone = sydney();
    // Patient 7 books twice in clinic A and once in clinic B; all first bookings are in R.
    const QList<AppointmentFact> a = {
        attended(booking(1, 7, local("2026-03-02T09:00", zone), zone)),
        booking(2, 7, local("2026-03-04T09:00", zone), zone),
    };
    const QList<AppointmentFact> b = {
        attended(booking(1, 7, local("2026-03-03T10:00", zone), zone))};
    const ResolvedRange range = RangeResolver::withPreviousRange({2026, 3, 2}, {2026, 3, 8});
    const MetricsSnapshot rolled = MetricsRollup::combine(
        {snapshotOf(a, range, {}), snapshotOf(b, range, {})}, MetricsRequest{});

    CHECK(rolled.current.totalBookings == 3);
    CHECK(rolled.current.activePatients == 2);
    CHECK(rolled.current.newPatients == 2);
    CHECK(rolled.current.attendedAppointments == 2);
    CHECK(rolled.current.rebookedAppointments == 1); // A's visit has a later booking, B's not
    CHECK(rolled.current.rebookRate == 50.0);
    CHECK(rolled.current.patientVisitAverage == 1.0);
    CHECK(rolled.current.dailyAverage == 1.0);                 // 3 bookings on 3 dates
    CHECK(rolled.current.totalBookingsChange == std::nullopt); // nothing in the week before
    REQUIRE(rolled.current.bookingTrends.size() == 7);
    CHECK(rolled.current.bookingTrends[1].bookings == 1);        // Tuesday: clinic B's visit
    REQUIRE(rolled.current.peakHours.size() == 3);               // Mon 9, Tue 10, Wed 9
    CHECK(rolled.current.peakHours[0] == PeakHourCell{1, 9, 1}); // ties: Monday 9 first
}

TEST_CASE("the roll-up is as fresh as its stalest clinic")
{
    const ResolvedRange range = RangeResolver::withPreviousRange({2026, 3, 2}, {2026, 3, 8});
    const QDateTime older = utc("2026-03-05T09:00:00Z");
    const QDateTime newer = utc("2026-03-05T09:30:00Z");
    CHECK(MetricsRollup::combine({snapshotOf({}, range, newer), snapshotOf({}, range, older)}, {})
              .lastUpdated == older);
    CHECK_FALSE(
        MetricsRollup::combine({snapshotOf({}, range, newer), snapshotOf({}, range, {})}, {})
            .lastUpdated.isValid());
    CHECK_FALSE(MetricsRollup::combine(QList<MetricsSnapshot>{}, {}).lastUpdated.isValid());
}
