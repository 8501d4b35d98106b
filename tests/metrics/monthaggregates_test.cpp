// Long ranges add up the index's month blocks (MonthAggregates, D23): on seeded random clinics
// with DST changes, random ranges, filters and change sets, every figure must equal the plain
// day-by-day scan (MetricsCalculator::Strategy::ScanOnly).
#include "core/clock.h"
#include "factbuilder.h"
#include "metrics/metricscalculator.h"
#include "metrics/metricsengine.h"
#include "metrics/rangeresolver.h"

#include "testapp.h"

#include <QCoreApplication>

#include <random>

using namespace routiq;
using namespace routiq::test;

namespace {

// Three years around two Sydney DST changes a year; two Sydney locations and one in Perth, four
// practitioners of whom one works at two locations; a few hundred patients, so that first
// bookings, rebookings and repeat patients across months all occur.
class RandomClinic
{
public:
    explicit RandomClinic(quint64 seed) : m_rng(seed) {}

    QDate firstDay() const { return QDate(2024, 1, 1); }
    QDate lastDay() const { return QDate(2026, 12, 31); }

    AppointmentFact make(RecordId id)
    {
        // A quarter of the appointments fall in a DST week (the first Sundays of April and
        // October) so that edges and blocks meet 23- and 25-hour days.
        QDate day;
        if (pick(0, 3) == 0) {
            const int year = int(pick(2024, 2026));
            QDate sunday(year, pick(0, 1) ? 4 : 10, 1);
            while (sunday.dayOfWeek() != 7)
                sunday = sunday.addDays(1);
            day = sunday.addDays(pick(-3, 3));
        } else {
            day = firstDay().addDays(pick(0, firstDay().daysTo(lastDay())));
        }
        static const RecordId locations[] = {1, 2, 3};
        const RecordId location = locations[pick(0, 2)];
        const RecordId practitioner = location == 3 ? 40 : pick(0, 2) == 0 ? 30 : 10 * location;
        const QTimeZone zone = location == 3 ? perth() : sydney();
        // Whole hours 00:00..23:00 local, so that a DST gap or fold is hit now and then.
        const QDateTime start(day, QTime(int(pick(0, 23)), int(pick(0, 3)) * 15), zone);
        AppointmentFact f = booking(id, pick(1, 400), start.toUTC(), zone, location, practitioner);
        switch (pick(0, 19)) {
        case 0:
            f = deleted(f);
            break;
        case 1:
        case 2:
            f = cancelled(f, start.toUTC().addSecs(-pick(0, 48) * 3600));
            break;
        case 3:
            f = cancelled(f);
            break;
        case 4:
            f = missed(f);
            break;
        case 5:
            break; // unmarked
        default:
            f = attended(f);
        }
        return f;
    }

    qint64 pick(qint64 low, qint64 high)
    {
        return std::uniform_int_distribution<qint64>(low, high)(m_rng);
    }

    MetricsFilter filter()
    {
        MetricsFilter f;
        switch (pick(0, 3)) {
        case 1:
            f.locationId = pick(1, 3);
            break;
        case 2:
            f.practitionerId = pick(1, 4) * 10;
            break;
        case 3:
            f.locationId = pick(1, 2);
            f.practitionerId = 30;
            break;
        default:
            break;
        }
        return f;
    }

    // Random ranges, many of them starting or ending on a month's first or last day or in a
    // DST week.
    std::pair<QDate, QDate> range()
    {
        const QDate from = firstDay().addDays(-40);
        QDate start = from.addDays(pick(0, from.daysTo(lastDay())));
        if (pick(0, 2) == 0)
            start = QDate(start.year(), start.month(), 1);
        QDate end = start.addDays(pick(0, 2) == 0 ? pick(0, 120) : pick(0, 1200));
        if (pick(0, 2) == 0)
            end = QDate(end.year(), end.month(), end.daysInMonth());
        if (pick(0, 4) == 0)
            end = end.addDays(-1);
        if (end < start)
            end = start;
        return {start, end};
    }

private:
    std::mt19937_64 m_rng;
};

void requireSameFigures(const AppointmentIndex &index, RandomClinic &clinic, int ranges)
{
    const MetricsCalculator blocks(index);
    const MetricsCalculator scan(index, MetricsCalculator::Strategy::ScanOnly);
    for (int i = 0; i < ranges; ++i) {
        const auto [start, end] = clinic.range();
        const MetricsFilter filter = clinic.filter();
        const ResolvedRange range = RangeResolver::withPreviousRange(start, end);
        INFO("range " << start.toString(Qt::ISODate).toStdString() << " .. "
                      << end.toString(Qt::ISODate).toStdString() << ", location "
                      << filter.locationId.value_or(0) << ", practitioner "
                      << filter.practitionerId.value_or(0));
        const ClinicMetrics fast = blocks.compute(range, filter);
        const ClinicMetrics plain = scan.compute(range, filter);
        // Field by field first, so that a failure names the figure.
        REQUIRE(fast.totalBookings == plain.totalBookings);
        REQUIRE(fast.activePatients == plain.activePatients);
        REQUIRE(fast.newPatients == plain.newPatients);
        REQUIRE(fast.rebookedAppointments == plain.rebookedAppointments);
        REQUIRE(fast.lateCancellations == plain.lateCancellations);
        REQUIRE(fast.bookingTrends == plain.bookingTrends);
        REQUIRE(fast.peakHours == plain.peakHours);
        REQUIRE(fast == plain);
        REQUIRE(blocks.computePrevious(range, filter) == scan.computePrevious(range, filter));
        REQUIRE(blocks.countBookings(start, end, filter) == scan.countBookings(start, end, filter));
    }
}

} // namespace

TEST_CASE("long ranges from month blocks equal the day-by-day scan on random clinics with "
          "filters, DST weeks and month edges")
{
    for (quint64 seed : {1ULL, 2ULL, 3ULL}) {
        RandomClinic clinic(seed);
        QList<AppointmentFact> facts;
        for (RecordId id = 1; id <= 6000; ++id)
            facts.append(clinic.make(id));
        AppointmentIndex index;
        index.reset(facts);
        REQUIRE(index.builtMonthCount() == 0);
        requireSameFigures(index, clinic, 150);
        // The blocks were really used (a scan-only run would build none).
        REQUIRE(index.builtMonthCount() > 12);
    }
}

TEST_CASE("month blocks follow change sets: upserts, moves across months, first bookings and "
          "rebookings that change, and deletions")
{
    RandomClinic clinic(42);
    QList<AppointmentFact> facts;
    for (RecordId id = 1; id <= 5000; ++id)
        facts.append(clinic.make(id));
    AppointmentIndex index;
    index.reset(facts);
    requireSameFigures(index, clinic, 40); // every month built once
    RecordId nextId = 5001;
    for (int round = 0; round < 25; ++round) {
        QList<AppointmentFact> upserted;
        QList<RecordId> removed;
        for (int i = 0; i < 12; ++i) {
            // An existing id sent again with new content (anywhere, any patient), a new one, a
            // deletion by id and a fact marked deleted.
            AppointmentFact moved = clinic.make(clinic.pick(1, nextId - 1));
            moved.id = clinic.pick(1, nextId - 1);
            upserted.append(moved);
            upserted.append(clinic.make(nextId++));
            removed.append(clinic.pick(1, nextId - 1));
            AppointmentFact gone = clinic.make(clinic.pick(1, nextId - 1));
            gone.deleted = true;
            upserted.append(gone);
        }
        index.apply(upserted, removed);
        requireSameFigures(index, clinic, 8);
    }
}

TEST_CASE("after loading the facts the engine builds every month's blocks behind its first "
          "snapshot, one month per event-loop turn")
{
    ensureCoreApp();
    RandomClinic clinic(7);
    QList<AppointmentFact> facts;
    for (RecordId id = 1; id <= 2000; ++id)
        facts.append(clinic.make(id));
    ManualClock clock(QDateTime(QDate(2026, 6, 10), QTime(1, 0), Qt::UTC));
    MetricsEngine engine(&clock, sydney());
    int snapshots = 0;
    QObject::connect(&engine, &MetricsEngine::snapshotReady, [&] { ++snapshots; });
    engine.loadFacts(facts);
    // The first snapshot is out before any block is built.
    REQUIRE(snapshots == 1);
    REQUIRE(engine.index().builtMonthCount() == 0);
    const auto [first, last] = engine.index().dayRange();
    const QDate a = QDate::fromJulianDay(first), b = QDate::fromJulianDay(last);
    const int months = (b.year() - a.year()) * 12 + b.month() - a.month() + 1;
    for (int turn = 0; turn < months + 5; ++turn)
        QCoreApplication::processEvents();
    REQUIRE(engine.index().builtMonthCount() == months);
}

TEST_CASE("an index built chunk by chunk gives the same figures as one built from the whole "
          "list, duplicate ids across chunks included")
{
    RandomClinic clinic(11);
    QList<AppointmentFact> facts;
    for (RecordId id = 1; id <= 4000; ++id)
        facts.append(clinic.make(id));
    // Ids sent again later with new content: the later one wins, as in reset().
    for (int i = 0; i < 300; ++i)
        facts.append(clinic.make(clinic.pick(1, 4000)));
    AppointmentIndex whole;
    whole.reset(facts);
    AppointmentIndex chunked;
    chunked.beginReset();
    for (qsizetype at = 0; at < facts.size(); at += 777)
        chunked.addFacts(facts.mid(at, 777));
    chunked.finishReset();
    REQUIRE(chunked.factCount() == whole.factCount());
    REQUIRE(chunked.patientCount() == whole.patientCount());
    const MetricsCalculator a(whole, MetricsCalculator::Strategy::ScanOnly);
    const MetricsCalculator b(chunked);
    for (int i = 0; i < 60; ++i) {
        const auto [start, end] = clinic.range();
        const MetricsFilter filter = clinic.filter();
        const ResolvedRange range = RangeResolver::withPreviousRange(start, end);
        REQUIRE(a.compute(range, filter) == b.compute(range, filter));
    }
}
