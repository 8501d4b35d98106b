#include "factbuilder.h"
#include "metrics/metricscalculator.h"
#include "metrics/rangeresolver.h"

#include "testapp.h"

using namespace routiq;
using namespace routiq::test;

namespace {

// Two locations (1, 2) and two practitioners (10, 20); R = week of Mon 2026-03-02.
QList<AppointmentFact> twoLocations()
{
    return {
        // 201's first booking is at location 2 with practitioner 20, then one at 1 with 10.
        booking(23, 201, local("2026-03-02T09:00"), sydney(), 2, 20),
        attended(booking(24, 201, local("2026-03-03T09:00"), sydney(), 1, 10)),
        // 202 attends at location 1; the later booking is at location 2, after R.
        attended(booking(25, 202, local("2026-03-04T10:00"), sydney(), 1, 10)),
        booking(26, 202, local("2026-03-20T10:00"), sydney(), 2, 20),
        // 203 misses at location 1 with 20, and cancels one with 10.
        missed(booking(27, 203, local("2026-03-05T11:00"), sydney(), 1, 20)),
        cancelled(booking(28, 203, local("2026-03-05T12:00"), sydney(), 1, 10),
                  local("2026-03-05T08:00")),
        // 204 attends at location 2 (in Perth's zone) with 10, nothing later.
        attended(booking(29, 204, local("2026-03-06T10:00", perth()), perth(), 2, 10)),
    };
}

ClinicMetrics filtered(const MetricsFilter &filter)
{
    AppointmentIndex index;
    index.reset(twoLocations());
    const auto range = RangeResolver::withPreviousRange(QDate(2026, 3, 2), QDate(2026, 3, 8));
    return MetricsCalculator(index).compute(range, filter);
}

} // namespace

TEST_CASE("filters narrow every figure, while first bookings and later bookings stay clinic-wide")
{
    struct Expected
    {
        const char *name;
        MetricsFilter filter;
        int bookings, active, newPatients, missed, cancellations, attended;
        double missedPct, cancellationRate, rebookRate, dailyAverage;
        std::optional<double> visitAverage;
    };
    const Expected cases[] = {
        // whole clinic: 23, 24, 25, 27, 29; new 201, 202, 203, 204; rebooked: 25 only
        {"whole clinic", {}, 5, 4, 4, 1, 1, 3, 20.0, 16.7, 33.3, 1.0, 0.75},
        // location 1: 24, 25, 27; 201's first booking is at location 2 (reading 2);
        // 25 is rebooked by a booking at location 2 (reading 3)
        {"location 1", {1, {}}, 3, 3, 2, 1, 1, 2, 33.3, 25.0, 50.0, 1.0, 1.0},
        // practitioner 10: 24, 25, 29; 201's first booking was with 20
        {"practitioner 10", {{}, 10}, 3, 3, 2, 0, 1, 3, 0.0, 25.0, 33.3, 1.0, 1.5},
        {"location 1 and practitioner 10", {1, 10}, 2, 2, 1, 0, 1, 2, 0.0, 33.3, 50.0, 1.0, 2.0},
        // only 23: 201 is new here; no attended booking, so the visit average is 0, not null
        {"location 2 and practitioner 20", {2, 20}, 1, 1, 1, 0, 0, 0, 0.0, 0.0, 0.0, 1.0, 0.0},
        {"an unused practitioner", {{}, 99}, 0, 0, 0, 0, 0, 0, 0.0, 0.0, 0.0, 0.0, {}},
    };
    for (const Expected &e : cases) {
        INFO(e.name);
        const ClinicMetrics m = filtered(e.filter);
        CHECK(m.totalBookings == e.bookings);
        CHECK(m.activePatients == e.active);
        CHECK(m.newPatients == e.newPatients);
        CHECK(m.missedAppointments == e.missed);
        CHECK(m.cancellations == e.cancellations);
        CHECK(m.attendedAppointments == e.attended);
        CHECK(m.missedAppointmentsPercentage == e.missedPct);
        CHECK(m.cancellationRate == e.cancellationRate);
        CHECK(m.rebookRate == e.rebookRate);
        CHECK(m.dailyAverage == e.dailyAverage);
        CHECK(m.patientVisitAverage == e.visitAverage);
        CHECK_FALSE(m.totalBookingsChange.has_value()); // P is empty under every filter
    }
}

TEST_CASE("a filter narrows the previous range too")
{
    QList<AppointmentFact> facts = twoLocations();
    facts.append(booking(30, 205, local("2026-02-24T09:00"), sydney(), 2, 20)); // P, location 2
    facts.append(booking(31, 206, local("2026-02-25T09:00"), sydney(), 1, 10)); // P, location 1
    facts.append(booking(32, 207, local("2026-02-26T09:00"), sydney(), 1, 10)); // P, location 1
    AppointmentIndex index;
    index.reset(facts);
    const auto range = RangeResolver::withPreviousRange(QDate(2026, 3, 2), QDate(2026, 3, 8));
    const MetricsCalculator calculator(index);
    CHECK(calculator.compute(range, {}).totalBookingsChange == 66.7);       // 5 vs 3
    CHECK(calculator.compute(range, {1, {}}).totalBookingsChange == 50.0);  // 3 vs 2
    CHECK(calculator.compute(range, {2, {}}).totalBookingsChange == 100.0); // 2 vs 1
    CHECK(calculator.computePrevious(range, {1, {}}).totalBookings == 2);
}
