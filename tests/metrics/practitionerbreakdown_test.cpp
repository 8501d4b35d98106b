// "Practitioners side by side" must give each practitioner exactly what the same request
// narrowed to that practitioner gives (docs/metrics.md), on random clinics; and the to-date
// comparison must be the figures of its two partial ranges.
#include "factbuilder.h"
#include "metrics/metricscalculator.h"
#include "metrics/practitionerbreakdown.h"
#include "metrics/rangeresolver.h"
#include "metrics/todatecomparison.h"

#include "testapp.h"

#include <random>
#include <set>

using namespace routiq;
using namespace routiq::test;

namespace {

QList<AppointmentFact> randomClinic(std::mt19937 &rng, int count)
{
    std::uniform_int_distribution<int> day(0, 120), minute(7 * 60, 19 * 60), patient(1, 60),
        practitioner(1, 7), location(1, 3), kind(0, 9);
    QList<AppointmentFact> facts;
    const QDateTime origin = local("2026-02-01T00:00");
    for (int i = 1; i <= count; ++i) {
        const QDateTime start = origin.addDays(day(rng)).addSecs(60LL * minute(rng));
        AppointmentFact f =
            booking(i, patient(rng), start, sydney(), location(rng), 100 + practitioner(rng));
        switch (kind(rng)) {
        case 0:
            f = missed(f);
            break;
        case 1:
            f = cancelled(f, start.addSecs(-3600LL * day(rng)));
            break;
        case 2:
            f = deleted(f);
            break;
        case 3:
        case 4:
        case 5:
            f = attended(f);
            break;
        default:
            break;
        }
        facts.append(f);
    }
    return facts;
}

} // namespace

TEST_CASE("every practitioner's row equals the request narrowed to that practitioner")
{
    std::mt19937 rng(20261202);
    for (int round = 0; round < 40; ++round) {
        AppointmentIndex index;
        const QList<AppointmentFact> facts = randomClinic(rng, 600);
        index.reset(facts);
        std::uniform_int_distribution<int> startDay(0, 110), length(0, 35), pickLocation(0, 3);
        const QDate start = QDate(2026, 2, 1).addDays(startDay(rng));
        const ResolvedRange range =
            RangeResolver::withPreviousRange(start, start.addDays(length(rng)));
        const int loc = pickLocation(rng);
        const std::optional<RecordId> location =
            loc == 0 ? std::nullopt : std::optional<RecordId>(loc);

        const QList<PractitionerMetrics> rows =
            PractitionerBreakdown::compute(index, range, location);
        const MetricsCalculator calculator(index);
        std::set<RecordId> seen;
        for (const PractitionerMetrics &row : rows) {
            const MetricsFilter narrowed{location, row.practitionerId};
            CHECK(row.current == calculator.compute(range, narrowed));
            CHECK(row.previous == calculator.computePrevious(range, narrowed));
            seen.insert(row.practitionerId);
        }
        // Listed exactly when they have a booking or cancellation in R or P (deleted ones
        // count nowhere).
        std::set<RecordId> expected;
        for (const AppointmentFact &f : facts) {
            const QDate d = QDate::fromJulianDay(f.localJulianDay);
            const bool inRange = (d >= range.startDate && d <= range.endDate) ||
                                 (d >= range.previousStartDate && d <= range.previousEndDate);
            if (!f.deleted && inRange && (!location || f.locationId == *location))
                expected.insert(f.practitionerId);
        }
        CHECK(seen == expected);
        for (qsizetype i = 1; i < rows.size(); ++i) {
            const auto &a = rows[i - 1];
            const auto &b = rows[i];
            CHECK((a.current.totalBookings > b.current.totalBookings ||
                   (a.current.totalBookings == b.current.totalBookings &&
                    a.practitionerId < b.practitionerId)));
        }
    }
}

TEST_CASE("to date compares R's days up to today with as many days from the start of P")
{
    // A week: Monday 2026-03-02 .. Sunday 03-08, today Wednesday -> Mon..Wed of both weeks.
    const ResolvedRange week =
        RangeResolver::withPreviousRange(QDate(2026, 3, 2), QDate(2026, 3, 8));
    const auto w = ToDateComparison::ranges(week, QDate(2026, 3, 4));
    REQUIRE(w);
    CHECK(w->startDate == QDate(2026, 3, 2));
    CHECK(w->endDate == QDate(2026, 3, 4));
    CHECK(w->previousStartDate == QDate(2026, 2, 23));
    CHECK(w->previousEndDate == QDate(2026, 2, 25));
    // A month: March 31st against February, capped at February's 28 days.
    const ResolvedRange march =
        RangeResolver::withPreviousRange(QDate(2026, 3, 1), QDate(2026, 3, 31));
    const auto m = ToDateComparison::ranges(march, QDate(2026, 3, 31));
    REQUIRE(m);
    CHECK(m->previousStartDate == QDate(2026, 2, 1));
    CHECK(m->previousEndDate == QDate(2026, 2, 28));
    CHECK(ToDateComparison::ranges(march, QDate(2026, 3, 10))->previousEndDate ==
          QDate(2026, 2, 10));
    // Today outside R: no to-date figures.
    CHECK_FALSE(ToDateComparison::ranges(march, QDate(2026, 4, 1)));
    CHECK_FALSE(ToDateComparison::ranges(march, QDate(2026, 2, 28)));
}

TEST_CASE("to-date figures are the figures of the two partial ranges")
{
    std::mt19937 rng(7);
    AppointmentIndex index;
    index.reset(randomClinic(rng, 800));
    const MetricsCalculator calculator(index);
    const ResolvedRange march =
        RangeResolver::withPreviousRange(QDate(2026, 3, 1), QDate(2026, 3, 31));
    const MetricsFilter filter{std::nullopt, 103};
    const auto t = ToDateComparison::compute(calculator, march, filter, QDate(2026, 3, 12));
    REQUIRE(t);
    ClinicMetrics current = calculator.computeRange(QDate(2026, 3, 1), QDate(2026, 3, 12), filter);
    const ClinicMetrics previous =
        calculator.computeRange(QDate(2026, 2, 1), QDate(2026, 2, 12), filter);
    current.totalBookingsChange =
        MetricsCalculator::change(current.totalBookings, previous.totalBookings);
    CHECK(t->current == current);
    CHECK(t->previous == previous);
    CHECK(t->current.totalBookings > 0);
}
