// The real sync engine backfills one simulated Cliniko clinic into each store; the figures
// computed over the facts read back are the same (issue 16: one code path for the figures).
#include "clinikotestclinic.h"
#include "core/clock.h"
#include "metrics/appointmentindex.h"
#include "metrics/metricscalculator.h"
#include "metrics/rangeresolver.h"
#include "pms/cliniko/clinikoadapter.h"
#include "storerigs.h"
#include "sync/syncengine.h"
#include "testapp.h"

#include <QSignalSpy>

#include <algorithm>

using namespace routiq;
using namespace routiq::test;

namespace {

void backfill(ClinikoSimulator &simulator, StoreRig &rig)
{
    SystemClock adapterClock;
    ManualClock engineClock(testNow());
    ClinikoAdapter adapter(configFor(simulator), adapterClock);
    SyncEngine::Options options;
    options.keepPolling = false;
    SyncEngine engine(&adapter, &rig.store(), &engineClock, options);
    QSignalSpy finished(&engine, &SyncEngine::finished);
    QSignalSpy failed(&engine, &SyncEngine::failed);
    engine.start();
    REQUIRE((finished.count() > 0 || finished.wait(120'000)));
    INFO(rig.label().toStdString()
         << ": "
         << (failed.isEmpty() ? QString() : failed.first().first().value<RoutiqError>().details)
                .toStdString());
    REQUIRE(finished.first().first().toBool());
}

QList<AppointmentFact> sortedFacts(StoreRig &rig)
{
    RoutiqError error;
    QList<AppointmentFact> facts = rig.openReader()->loadFacts(&error);
    REQUIRE(error.isNull());
    std::sort(facts.begin(), facts.end(),
              [](const AppointmentFact &a, const AppointmentFact &b) { return a.id < b.id; });
    return facts;
}

} // namespace

TEST_CASE("a backfill through the sync engine gives the same facts and figures on the server as "
          "in the clinic cache")
{
    ensureCoreApp();
    ClinikoSimulator simulator(ClinicGenerator::generate(smallClinic()));
    simulator.setFixedNow(testNow());
    simulator.setRateLimitEnabled(false);
    REQUIRE(simulator.start());

    const QTimeZone zone("Australia/Sydney");
    auto cache = CacheStore::make(zone);
    auto server = ServerStore::make(zone);
    backfill(simulator, *cache);
    backfill(simulator, *server);

    const QList<AppointmentFact> cached = sortedFacts(*cache);
    const QList<AppointmentFact> shared = sortedFacts(*server);
    REQUIRE(cached.size() > 500);
    REQUIRE(cached.size() == shared.size());
    const auto mismatch = std::mismatch(cached.cbegin(), cached.cend(), shared.cbegin());
    INFO("first differing appointment: " << (mismatch.first == cached.cend() ? RecordId(0)
                                                                             : mismatch.first->id));
    CHECK(mismatch.first == cached.cend());
    for (ResourceKind kind : {ResourceKind::Locations, ResourceKind::Practitioners,
                              ResourceKind::Patients, ResourceKind::Appointments}) {
        const auto a = cache->store().checkpoint(kind);
        const auto b = server->store().checkpoint(kind);
        REQUIRE(a);
        REQUIRE(b);
        CHECK(a->backfillComplete);
        CHECK(a->highWaterMark == b->highWaterMark);
        CHECK(a->backfillComplete == b->backfillComplete);
    }

    // The figures, each store's facts through the same engine code.
    AppointmentIndex fromCache;
    fromCache.reset(cached);
    AppointmentIndex fromServer;
    fromServer.reset(shared);
    const QDate today = testNow().toTimeZone(zone).date();
    for (const auto &[start, end] :
         {std::pair{today.addDays(-30), today}, std::pair{today.addDays(-7), today.addDays(7)},
          std::pair{today.addDays(-45), today.addDays(-16)}}) {
        const ResolvedRange range = RangeResolver::withPreviousRange(start, end);
        const ClinicMetrics a = MetricsCalculator(fromCache).compute(range, {});
        const ClinicMetrics b = MetricsCalculator(fromServer).compute(range, {});
        INFO(start.toString(Qt::ISODate).toStdString()
             << " .. " << end.toString(Qt::ISODate).toStdString());
        CHECK(a.totalBookings > 0);
        CHECK(a == b);
    }
}
