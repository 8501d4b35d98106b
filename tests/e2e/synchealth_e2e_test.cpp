// Issue 18, sync health: the tracker behind View › Sync health and the stale-data alert, on the
// real pipeline (simulator on loopback, adapter, encrypted cache, sync thread). Stopping the PMS
// makes the passes fail with a reference each, and once the data is older than the threshold
// on the injected clock the alert is raised.
#include "e2etestsupport.h"
#include "testapp.h"

#include "core/clock.h"
#include "session/clinicsession.h"
#include "session/pmsadapterfactory.h"
#include "session/synchealthtracker.h"
#include "simulator/clinikosimulator.h"
#include "storage/sqlciphersupport.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <atomic>

using namespace routiq;

namespace {

// The sync thread reads it while the test moves it on: an atomic, unlike ManualClock.
class SteppedClock final : public Clock
{
public:
    SteppedClock() : m_ms(QDateTime::currentMSecsSinceEpoch()) {}
    QDateTime nowUtc() const override { return QDateTime::fromMSecsSinceEpoch(m_ms, Qt::UTC); }
    void advanceSecs(qint64 secs) { m_ms += secs * 1000; }

private:
    std::atomic<qint64> m_ms;
};

} // namespace

TEST_CASE("stopping the PMS makes sync health list the failed passes with their references and, "
          "past the threshold on the clock, raises the stale-data alert")
{
    test::ensureCoreApp();
    REQUIRE(SqlCipherSupport::ensureDriverAvailable().isNull());
    auto sim = std::make_unique<ClinikoSimulator>(test::smallClinic());
    sim->setRateLimitEnabled(false);
    REQUIRE(sim->start());
    ClinicConnection c;
    c.id = QStringLiteral("north");
    c.name = QStringLiteral("North clinic");
    c.pmsKind = PmsKind::Cliniko;
    c.baseUrlOverride = sim->baseUrl().toString();
    c.contactEmail = QStringLiteral("tests@routiq.invalid");

    QTemporaryDir dir;
    SteppedClock clock;
    RateLimiter::Config unlimited;
    unlimited.enabled = false;
    SyncEngine::Options options;
    options.pollIntervalMs = 100;
    options.retryAfterFailureMs = 100;
    ClinicSession session(c, dir.filePath(QStringLiteral("north.db")), DatabaseKey::generate(),
                          PmsAdapterFactory::forConnection(c, sim->apiKey(), &clock, unlimited),
                          &clock, options);
    SyncHealthTracker tracker(clock, nullptr);
    tracker.setRetryDelays(options.retryAfterFailureMs, options.retryAfterAuthFailureMs);
    REQUIRE(tracker.staleAfterSecs() == 15 * 60); // the default
    tracker.watch(&session);
    QSignalSpy passes(&session, &ClinicSession::passCompleted);
    QSignalSpy failures(&session, &ClinicSession::failed);
    QSignalSpy stale(&tracker, &SyncHealthTracker::staleChanged);
    session.start();
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 60000 && (passes.isEmpty() || !passes.last().at(1).toBool()))
        passes.wait(1000);
    REQUIRE_FALSE(passes.isEmpty());
    REQUIRE(passes.last().at(1).toBool());

    const SyncHealth healthy = *tracker.snapshot(c.id);
    CHECK(healthy.clinicName == c.name);
    CHECK(healthy.pms == QStringLiteral("cliniko"));
    REQUIRE(healthy.resources.size() == 5);
    for (const SyncHealth::Resource &r : healthy.resources) {
        INFO(r.name.toStdString());
        CHECK(r.lastSuccessUtc.isValid());
    }
    CHECK(healthy.recentFailures.isEmpty());
    REQUIRE(healthy.dataAgeSecs);
    CHECK(*healthy.dataAgeSecs < 60);
    tracker.refresh();
    CHECK(tracker.staleClinics().isEmpty());

    // Stop the PMS. Its retries wait on the clock: move it on until a pass has failed.
    sim.reset();
    timer.restart();
    while (failures.isEmpty() && timer.elapsed() < 60000) {
        clock.advanceSecs(5);
        failures.wait(200);
    }
    REQUIRE_FALSE(failures.isEmpty());
    const SyncHealth failing = *tracker.snapshot(c.id);
    REQUIRE_FALSE(failing.recentFailures.isEmpty());
    const SyncHealth::Failure &f = failing.recentFailures.first();
    CHECK(f.code.startsWith(QStringLiteral("CLINIKO_")));
    CHECK(f.reference.size() == 8);
    CHECK(failures.first().at(0).value<RoutiqError>().details.contains(f.reference));
    tracker.refresh();
    CHECK(tracker.staleClinics().isEmpty()); // not yet 15 minutes

    // Past the threshold: the alert is raised once, names the clinic, and says what to do.
    clock.advanceSecs(16 * 60);
    tracker.refresh();
    REQUIRE(stale.size() == 1);
    CHECK(stale.at(0).at(0).toStringList() == QStringList{c.id});
    CHECK(tracker.staleClinics() == QStringList{c.id});
    CHECK(tracker.staleText().contains(c.name));
    tracker.refresh();
    CHECK(stale.size() == 1); // no second alert for the same stale clinic
    const SyncHealth old = *tracker.snapshot(c.id);
    REQUIRE(old.dataAgeSecs);
    CHECK(*old.dataAgeSecs > 15 * 60);
    session.stop();
}
