#include "e2etestsupport.h"
#include "testapp.h"

#include "core/clock.h"
#include "domain/syncstore.h"
#include "session/clinicsession.h"
#include "session/cliniczone.h"
#include "session/pmsadapterfactory.h"
#include "simulator/clinikosimulator.h"
#include "storage/clinicdatabasereader.h"
#include "storage/sqlciphersupport.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace routiq;

namespace {

ClinicConnection connectionFor(const ClinikoSimulator &sim)
{
    ClinicConnection c;
    c.id = QStringLiteral("e2e");
    c.name = QStringLiteral("E2E clinic");
    c.pmsKind = PmsKind::Cliniko;
    c.baseUrlOverride = sim.baseUrl().toString();
    c.contactEmail = QStringLiteral("tests@routiq.invalid");
    return c;
}

struct Running
{
    QTemporaryDir dir;
    DatabaseKey key = DatabaseKey::generate();
    SystemClock clock;
    std::unique_ptr<ClinicSession> session;

    QString path() const { return dir.filePath(QStringLiteral("e2e.db")); }

    void start(const ClinikoSimulator &sim, SyncEngine::Options options)
    {
        const ClinicConnection c = connectionFor(sim);
        session = std::make_unique<ClinicSession>(
            c, path(), key, PmsAdapterFactory::forConnection(c, sim.apiKey(), &clock), &clock,
            options);
        session->start();
    }
};

// Waits (on the event loop, no sleeping) until `spy` has a call matching `pred`.
template <typename Pred>
bool waitFor(QSignalSpy &spy, Pred pred, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    int seen = 0;
    while (timer.elapsed() < timeoutMs) {
        for (; seen < spy.count(); ++seen)
            if (pred(spy.at(seen)))
                return true;
        spy.wait(qMax<int>(1, int(timeoutMs - timer.elapsed())));
    }
    for (; seen < spy.count(); ++seen)
        if (pred(spy.at(seen)))
            return true;
    return false;
}

} // namespace

TEST_CASE(
    "a full sync from the simulator makes the cache equal to the clinic, hidden rows included")
{
    test::ensureCoreApp();
    REQUIRE(SqlCipherSupport::ensureDriverAvailable().isNull());
    ClinikoSimulator sim(test::smallClinic());
    sim.setRateLimitEnabled(false);
    REQUIRE(sim.start());

    Running run;
    SyncEngine::Options options;
    options.keepPolling = false;
    run.start(sim, options);
    QSignalSpy finished(run.session.get(), &ClinicSession::syncFinished);
    QSignalSpy failed(run.session.get(), &ClinicSession::failed);
    REQUIRE(finished.wait(120000));
    CHECK(finished.at(0).at(0).toBool());
    CHECK(failed.isEmpty());
    run.session->stop();

    CHECK(test::compareCacheWithClinic(run.path(), run.key, sim.clinic()).toStdString() == "");
    // The hidden rows really are there: the clinic has cancelled, archived and DNA rows.
    int cancelled = 0, archived = 0;
    for (const SimAppointment &a : sim.clinic().appointments) {
        cancelled += a.isCancelled();
        archived += a.isArchived();
    }
    CHECK(cancelled > 0);
    CHECK(archived > 0);
}

TEST_CASE("a booking and a cancellation at the PMS are committed and in the metrics within 5 s")
{
    test::ensureCoreApp();
    REQUIRE(SqlCipherSupport::ensureDriverAvailable().isNull());
    ClinikoSimulator sim(test::smallClinic(30, 200));
    REQUIRE(sim.start()); // the 200/min limit stays on: live polling must live within it

    Running run;
    run.start(sim, SyncEngine::Options{});
    QSignalSpy passes(run.session.get(), &ClinicSession::passCompleted);
    QSignalSpy commits(run.session.get(), &ClinicSession::changesCommitted);
    QSignalSpy snapshots(run.session.get(), &ClinicSession::snapshotReady);
    REQUIRE(waitFor(
        passes, [](const QList<QVariant> &a) { return a.at(1).toBool(); }, 120000));
    // The next snapshot (each pass republishes with its time) has every backfilled row.
    snapshots.clear();
    REQUIRE(waitFor(
        snapshots, [](const QList<QVariant> &) { return true; }, 30000));
    const int bookingsBefore =
        snapshots.last().at(0).value<MetricsSnapshot>().current.totalBookings;

    // A new booking today, in the account zone (in this week at any time), for an existing patient
    // and practitioner.
    const SimAppointment model = test::appointmentInAccountZone(sim.clinic());
    REQUIRE(model.id != 0);
    // Starting now: today in the week shown whatever the time (an hour ahead may be next week).
    const QDateTime startsAt = QDateTime::currentDateTimeUtc();
    QElapsedTimer latency;
    latency.start();
    const RecordId id = sim.addAppointment(model.patientId, model.practitionerId, model.businessId,
                                           model.appointmentTypeId, startsAt);
    REQUIRE(id != 0);
    const auto containsId = [id](const QList<QVariant> &args) {
        return args.at(0).value<ChangeSet>().upsertedAppointmentIds.contains(id);
    };
    REQUIRE(waitFor(commits, containsId, 5000));
    const qint64 commitMs = latency.elapsed();
    REQUIRE(waitFor(
        snapshots,
        [bookingsBefore](const QList<QVariant> &a) {
            return a.at(0).value<MetricsSnapshot>().current.totalBookings == bookingsBefore + 1;
        },
        5000));
    const qint64 metricsMs = latency.elapsed();
    INFO("change -> commit " << commitMs << " ms, -> metrics " << metricsMs << " ms");
    CHECK(commitMs < 5000);
    CHECK(metricsMs < 5000);

    latency.restart();
    REQUIRE(sim.cancelAppointment(id));
    REQUIRE(waitFor(
        snapshots,
        [bookingsBefore](const QList<QVariant> &a) {
            return a.at(0).value<MetricsSnapshot>().current.totalBookings == bookingsBefore;
        },
        5000));
    CHECK(latency.elapsed() < 5000);
    CHECK(sim.countStatus(429) == 0);
    run.session->stop();
}

TEST_CASE("an unreachable PMS fails the pass with a typed error and keeps what is cached")
{
    test::ensureCoreApp();
    REQUIRE(SqlCipherSupport::ensureDriverAvailable().isNull());
    ClinikoSimulator sim(test::smallClinic(20, 100));
    sim.setRateLimitEnabled(false);
    REQUIRE(sim.start());

    Running run;
    SyncEngine::Options once;
    once.keepPolling = false;
    run.start(sim, once);
    QSignalSpy finished(run.session.get(), &ClinicSession::syncFinished);
    REQUIRE(finished.wait(120000));
    run.session->stop();

    // The PMS now answers with a server error page on every request.
    sim.injectFault(SimulatorFault::Kind::ServerError, 1000);
    run.start(sim, once);
    QSignalSpy failedAgain(run.session.get(), &ClinicSession::failed);
    QSignalSpy finishedAgain(run.session.get(), &ClinicSession::syncFinished);
    REQUIRE(finishedAgain.wait(120000));
    CHECK_FALSE(finishedAgain.at(0).at(0).toBool());
    REQUIRE_FALSE(failedAgain.isEmpty());
    const auto error = failedAgain.at(0).at(0).value<RoutiqError>();
    CHECK(error.code.startsWith(QStringLiteral("CLINIKO_")));
    run.session->stop();
    sim.clearFaults();
    CHECK(test::compareCacheWithClinic(run.path(), run.key, sim.clinic()).toStdString() == "");
}

TEST_CASE("a clinic's retention setting blanks the names of patients unseen that long when its "
          "cache opens, and keeps every appointment")
{
    test::ensureCoreApp();
    REQUIRE(SqlCipherSupport::ensureDriverAvailable().isNull());
    ClinikoSimulator sim(test::smallClinic(30, 80));
    sim.setRateLimitEnabled(false);
    REQUIRE(sim.start());
    Running r;
    r.start(sim, SyncEngine::Options{});
    QSignalSpy done(r.session.get(), &ClinicSession::passCompleted);
    REQUIRE(waitFor(
        done, [](const QList<QVariant> &args) { return args.at(1).toBool(); }, 60000));
    r.session->stop();

    AppointmentListQuery all;
    all.from = QDate::currentDate().addDays(-40);
    all.to = QDate::currentDate().addDays(20);
    const auto namedRows = [&] {
        RoutiqError error;
        auto reader = ClinicDatabaseReader::open(r.path(), r.key, &error);
        REQUIRE(reader);
        const QList<AppointmentListRow> rows = reader->appointments(all, &error);
        REQUIRE(error.isNull());
        return std::make_pair(rows.size(),
                              std::count_if(rows.begin(), rows.end(), [](const auto &row) {
                                  return !row.patientName.trimmed().isEmpty();
                              }));
    };
    const auto before = namedRows();
    REQUIRE(before.first > 0);
    REQUIRE(before.second == before.first);

    // Five years on, with a two-year retention: nobody was seen in the last two years.
    ManualClock later(QDateTime::currentDateTimeUtc().addYears(5));
    ClinicConnection c = connectionFor(sim);
    c.patientNameRetentionYears = 2;
    RoutiqError error, notice;
    {
        const auto store = ClinicZone::storeFactory(r.path(), r.key, c, &later)(&error, &notice);
        REQUIRE(store);
    }
    const auto after = namedRows();
    CHECK(after.first == before.first); // the figures keep every appointment
    CHECK(after.second == 0);
}
