// The first snapshot after a cold start (issue 17) is computed from part of the history: the
// days of R, P and the range before P, plus each patient's first and latest booking. It must
// equal the full engine's snapshot figure for figure, on random clinics with DST weeks, ties,
// filters and patients whose first or latest booking lies outside those days.
#include "factbuilder.h"
#include "metrics/firstsnapshot.h"
#include "metrics/metricsengine.h"
#include "metrics/rangeresolver.h"

#include "core/clock.h"
#include "testapp.h"

#include <QHash>

#include <random>

using namespace routiq;
using namespace routiq::test;

namespace {

class Random
{
public:
    explicit Random(unsigned seed) : m_rng(seed) {}
    qint64 pick(qint64 low, qint64 high)
    {
        return std::uniform_int_distribution<qint64>(low, high)(m_rng);
    }

    // Two years around both DST changes of 2026 in Sydney; few patients, so that most have
    // bookings outside any one range (first visits long before, rebookings long after).
    AppointmentFact fact(RecordId id)
    {
        const RecordId location = pick(1, 3);
        const QTimeZone zone = location == 3 ? perth() : sydney();
        const qint64 halfHours = pick(0, 2 * 365 * 48);
        QDateTime start = utc("2025-06-01T00:00:00Z").addSecs(halfHours * 1800);
        // Patients join over time (so ranges hold first visits), few enough to come back.
        RecordId patient = pick(1, 20 + halfHours * 100 / (2 * 365 * 48));
        if (m_previous && pick(0, 9) == 0) { // the same patient at the same instant: a tie
            start = QDateTime::fromMSecsSinceEpoch(m_previous->startsAtUtcMSecs, Qt::UTC);
            patient = m_previous->patientId;
        }
        AppointmentFact f = booking(id, patient, start, zone, location, pick(10, 13));
        m_previous = f;
        const int status = int(pick(0, 99));
        f.deleted = status < 5;
        if (status >= 5 && status < 20) {
            f.cancelled = true;
            if (pick(0, 9) < 7)
                f.cancelledAtUtcMSecs = f.startsAtUtcMSecs - pick(-7200, 72 * 3600) * 1000;
        }
        f.didNotArrive = pick(0, 9) == 0;
        f.arrived = !f.didNotArrive && pick(0, 1) == 0;
        return f;
    }

    MetricsRequest request()
    {
        MetricsRequest r;
        r.clinicId = QStringLiteral("c");
        const QDate day = QDate(2025, 6, 1).addDays(pick(0, 2 * 365));
        switch (pick(0, 4)) {
        case 0: // a week holding a DST change (Sydney: 5 April, 4 October 2026)
            r.startDate = pick(0, 1) ? QDate(2026, 3, 30) : QDate(2026, 9, 28);
            r.endDate = r.startDate.addDays(6);
            break;
        case 1:
            r.startDate = day.addDays(1 - day.dayOfWeek());
            r.endDate = r.startDate.addDays(6);
            break;
        case 2:
            r.startDate = QDate(day.year(), day.month(), 1);
            r.endDate = QDate(day.year(), day.month(), day.daysInMonth());
            break;
        case 3:
            r.startDate = day;
            r.endDate = day.addDays(pick(0, 90));
            break;
        default: // no dates: the current week or month of "today"
            r.period = pick(0, 1) ? MetricsRequest::Period::Week : MetricsRequest::Period::Month;
        }
        const qint64 filter = pick(0, 4);
        if (filter == 1 || filter == 3)
            r.locationId = pick(1, 3);
        if (filter == 2 || filter == 3)
            r.practitionerId = pick(10, 13);
        if (filter == 4)
            r.locationId = 99; // nothing there
        return r;
    }

private:
    std::mt19937_64 m_rng;
    std::optional<AppointmentFact> m_previous;
};

// What FirstSnapshotReader reads from the cache, worked out from the whole history.
PartialHistory partialOf(const QList<AppointmentFact> &all, const ResolvedRange &range)
{
    PartialHistory h = FirstSnapshot::daysNeeded(range);
    QHash<RecordId, AppointmentIndex::PatientSummary> summaries;
    QHash<RecordId, bool> seen;
    for (const AppointmentFact &f : all) {
        if (f.deleted || f.cancelled)
            continue;
        auto it = summaries.find(f.patientId);
        if (it == summaries.end()) {
            summaries.insert(f.patientId, {f.startsAtUtcMSecs, f.id, f.startsAtUtcMSecs});
            continue;
        }
        if (f.startsAtUtcMSecs < it->firstStartsAtUtcMSecs ||
            (f.startsAtUtcMSecs == it->firstStartsAtUtcMSecs && f.id < it->firstId)) {
            it->firstStartsAtUtcMSecs = f.startsAtUtcMSecs;
            it->firstId = f.id;
        }
        it->latestStartsAtUtcMSecs = std::max(it->latestStartsAtUtcMSecs, f.startsAtUtcMSecs);
    }
    for (const AppointmentFact &f : all) {
        const QDate day = QDate::fromJulianDay(f.localJulianDay);
        if (day < h.firstDay || day > h.lastDay)
            continue;
        h.facts.append(f);
        if (!f.deleted && !f.cancelled)
            h.patients.insert(f.patientId, summaries.value(f.patientId));
    }
    return h;
}

} // namespace

TEST_CASE("the first snapshot from part of the history equals the full engine's snapshot on "
          "random clinics, DST weeks and filters")
{
    int compared = 0;
    int withNewPatients = 0;
    int withRebookings = 0;
    for (unsigned seed : {1u, 7u, 42u, 2026u, 31337u}) {
        Random random(seed);
        QList<AppointmentFact> all;
        for (RecordId id = 1; id <= 1500; ++id)
            all.append(random.fact(id * 7 % 2003));     // ids not in time order
        ManualClock clock(utc("2026-04-02T03:00:00Z")); // inside the week of April's DST change
        MetricsEngine engine(&clock, sydney());
        std::optional<MetricsSnapshot> full;
        QObject::connect(&engine, &MetricsEngine::snapshotReady,
                         [&full](const MetricsSnapshot &s) { full = s; });
        engine.loadFacts(all);
        for (int i = 0; i < 60; ++i) {
            const MetricsRequest request = random.request();
            const auto range =
                RangeResolver::resolve(request, clock.nowUtc().toTimeZone(sydney()).date());
            REQUIRE(range);
            full.reset();
            engine.setRequest(request);
            REQUIRE(full);
            INFO("seed " << seed << " range "
                         << range->startDate.toString(Qt::ISODate).toStdString() << ".."
                         << range->endDate.toString(Qt::ISODate).toStdString() << " location "
                         << request.locationId.value_or(0) << " practitioner "
                         << request.practitionerId.value_or(0));
            MetricsSnapshot fast =
                FirstSnapshot::compute(partialOf(all, *range), request, *range, {},
                                       clock.nowUtc().toTimeZone(sydney()).date());
            CHECK(fast.generation == 0);
            fast.generation = full->generation;
            CHECK(fast.current.newPatients == full->current.newPatients);
            CHECK(fast.current.rebookedAppointments == full->current.rebookedAppointments);
            CHECK(fast.previous.newPatients == full->previous.newPatients);
            CHECK(fast.previous.totalBookingsChange == full->previous.totalBookingsChange);
            CHECK(fast == *full);
            ++compared;
            withNewPatients += full->current.newPatients > 0;
            withRebookings +=
                full->current.rebookedAppointments > 0 &&
                full->current.rebookedAppointments < full->current.attendedAppointments;
        }
    }
    // The edge cases were really there: first bookings inside ranges, and attended bookings
    // both with and without a later one.
    CHECK(compared == 300);
    CHECK(withNewPatients > 30);
    CHECK(withRebookings > 10);
}

TEST_CASE("a patient's first and latest booking outside the days read still decide newPatients "
          "and rebookRate")
{
    // Patient 1: first visit long before R (not new in R), a later booking long after R
    // (rebooked). Patient 2: first booking in R at a tie with a lower id outside the filter.
    const QList<AppointmentFact> all{
        attended(booking(5, 1, utc("2026-01-05T00:00:00Z"))),
        attended(booking(6, 1, utc("2026-03-03T00:00:00Z"))),
        booking(7, 1, utc("2026-09-01T00:00:00Z")),
        attended(booking(20, 2, utc("2026-03-04T00:00:00Z"), sydney(), 1, 10)),
        booking(19, 2, utc("2026-03-04T00:00:00Z"), sydney(), 2, 11),
        attended(booking(30, 3, utc("2026-03-05T00:00:00Z"))),
    };
    const ResolvedRange range =
        RangeResolver::withPreviousRange(QDate(2026, 3, 2), QDate(2026, 3, 8));
    MetricsRequest request;
    request.startDate = range.startDate;
    request.endDate = range.endDate;
    request.locationId = 1;
    const PartialHistory partial = partialOf(all, range);
    CHECK(partial.facts.size() == 4); // only the four in R, not 5 and 7
    const MetricsSnapshot fast = FirstSnapshot::compute(partial, request, range, {});
    CHECK(fast.current.newPatients == 1);          // patient 3 only: 2's first is id 19, at 2
    CHECK(fast.current.attendedAppointments == 3); // 6, 20, 30
    CHECK(fast.current.rebookedAppointments == 1); // 6 (booking 7); 20 and 30 have none later
}
