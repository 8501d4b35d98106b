// The clinic cache's integrity check in the background (issue 17), through a real session:
// the simulator, the Cliniko adapter, the encrypted cache and the sync and metrics threads.
#include "e2etestsupport.h"
#include "testapp.h"

#include "core/clock.h"
#include "session/clinicsession.h"
#include "session/pmsadapterfactory.h"
#include "simulator/clinikosimulator.h"
#include "storage/cacheintegrity.h"
#include "storage/sqlciphersupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace routiq;

namespace {

struct Running
{
    QTemporaryDir dir;
    DatabaseKey key = DatabaseKey::generate();
    SystemClock clock;
    std::unique_ptr<ClinicSession> session;

    QString path() const { return dir.filePath(QStringLiteral("integrity.db")); }

    void start(const ClinikoSimulator &sim, const SyncWorker::IntegritySchedule &schedule)
    {
        ClinicConnection c;
        c.id = QStringLiteral("integrity");
        c.name = QStringLiteral("Integrity clinic");
        c.pmsKind = PmsKind::Cliniko;
        c.baseUrlOverride = sim.baseUrl().toString();
        c.contactEmail = QStringLiteral("tests@routiq.invalid");
        SyncEngine::Options options;
        options.keepPolling = false;
        session = std::make_unique<ClinicSession>(
            c, path(), key, PmsAdapterFactory::forConnection(c, sim.apiKey(), &clock), &clock,
            options);
        session->setIntegritySchedule(schedule);
        session->start();
    }
};

SyncWorker::IntegritySchedule onlyAfterUncleanOpen()
{
    return {0, -1, -1};
}

void damageMiddlePage(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    const qint64 pages = f.size() / 4096;
    REQUIRE(pages > 8);
    REQUIRE(f.seek((pages / 2) * 4096 + 200));
    QByteArray noise(400, '\0');
    for (char &c : noise)
        c = char(QRandomGenerator::global()->bounded(256));
    REQUIRE(f.write(noise) == noise.size());
}

} // namespace

TEST_CASE("an unclean shutdown makes the session check the cache in the background, and a clean "
          "one does not")
{
    test::ensureCoreApp();
    REQUIRE(SqlCipherSupport::ensureDriverAvailable().isNull());
    ClinikoSimulator sim(test::smallClinic());
    sim.setRateLimitEnabled(false);
    REQUIRE(sim.start());

    Running run;
    run.start(sim, onlyAfterUncleanOpen());
    QSignalSpy finished(run.session.get(), &ClinicSession::syncFinished);
    QSignalSpy checked(run.session.get(), &ClinicSession::integrityChecked);
    REQUIRE(finished.wait(120000));
    CHECK(checked.isEmpty()); // a new cache: nothing was due
    run.session.reset();      // a clean close
    CHECK_FALSE(CacheIntegrity::uncleanMarkerPresent(run.path()));

    SECTION("after a clean close no check runs")
    {
        run.start(sim, onlyAfterUncleanOpen());
        QSignalSpy again(run.session.get(), &ClinicSession::syncFinished);
        QSignalSpy checks(run.session.get(), &ClinicSession::integrityChecked);
        REQUIRE(again.wait(120000)); // the check would have run right after the open
        CHECK(checks.isEmpty());
    }
    SECTION("after an unclean one the check runs and passes")
    {
        REQUIRE(CacheIntegrity::writeMarker(run.path())); // what a killed writer leaves
        run.start(sim, onlyAfterUncleanOpen());
        QSignalSpy checks(run.session.get(), &ClinicSession::integrityChecked);
        REQUIRE(checks.wait(60000));
        CHECK(checks.at(0).at(0).value<RoutiqError>().isNull());
        run.session.reset();
        CHECK_FALSE(CacheIntegrity::uncleanMarkerPresent(run.path()));
    }
}

TEST_CASE("a damaged cache found by the background check is set aside, synced again from "
          "scratch, and the user is told")
{
    test::ensureCoreApp();
    REQUIRE(SqlCipherSupport::ensureDriverAvailable().isNull());
    ClinikoSimulator sim(test::smallClinic());
    sim.setRateLimitEnabled(false);
    REQUIRE(sim.start());

    Running run;
    run.start(sim, onlyAfterUncleanOpen());
    {
        QSignalSpy finished(run.session.get(), &ClinicSession::syncFinished);
        REQUIRE(finished.wait(120000));
    }
    run.session.reset();
    damageMiddlePage(run.path());
    REQUIRE(CacheIntegrity::writeMarker(run.path()));

    run.start(sim, onlyAfterUncleanOpen());
    QSignalSpy notices(run.session.get(), &ClinicSession::notice);
    QSignalSpy finished(run.session.get(), &ClinicSession::syncFinished);
    QSignalSpy checked(run.session.get(), &ClinicSession::integrityChecked);
    REQUIRE(checked.wait(60000));
    CHECK(checked.at(0).at(0).value<RoutiqError>().code == QStringLiteral("CACHE_CORRUPT"));
    while (notices.isEmpty())
        REQUIRE(notices.wait(60000));
    const RoutiqError notice = notices.at(0).at(0).value<RoutiqError>();
    CHECK(notice.code == QStringLiteral("CACHE_SET_ASIDE"));
    CHECK(notice.details.startsWith(run.path() + QStringLiteral(".unreadable-")));
    CHECK(QFileInfo::exists(notice.details));
    CHECK_FALSE(notice.message.isEmpty());

    // The restarted sync downloads everything again into a fresh cache.
    const auto okPass = [&finished] {
        for (const QList<QVariant> &args : finished)
            if (args.at(0).toBool())
                return true;
        return false;
    };
    while (!okPass())
        REQUIRE(finished.wait(120000));
    run.session.reset();
    CHECK(test::compareCacheWithClinic(run.path(), run.key, sim.clinic()).toStdString() == "");
}

TEST_CASE("routiq-cli clinic check reports a sound cache, and sets a damaged one aside")
{
    test::ensureCoreApp();
    ClinikoSimulator sim(test::smallClinic());
    sim.setRateLimitEnabled(false);
    REQUIRE(sim.start());
    QTemporaryDir dir;
    test::Cli cli{dir.filePath(QStringLiteral("data"))};
    REQUIRE(cli.signInAsNewAdmin());
    REQUIRE(cli.addClinic(QStringLiteral("north"), QStringLiteral("cliniko"), sim.baseUrl(),
                          sim.apiKey()));
    QString out, err;
    const QStringList check{QStringLiteral("clinic"), QStringLiteral("check"),
                            QStringLiteral("--clinic"), QStringLiteral("north")};
    CHECK(cli.run(check, &out, &err) == 1); // nothing synced yet
    CHECK(test::Cli::errorCode(err) == QStringLiteral("CACHE_NOT_READY"));
    REQUIRE(cli.run({QStringLiteral("sync"), QStringLiteral("--clinic"), QStringLiteral("north")},
                    &out, &err) == 0);

    REQUIRE(cli.run(check, &out, &err) == 0);
    QJsonObject result = QJsonDocument::fromJson(out.toUtf8()).object();
    CHECK(result.value(QStringLiteral("clinicId")).toString() == QStringLiteral("north"));
    CHECK(result.value(QStringLiteral("status")).toString() == QStringLiteral("ok"));

    const QString path = QDir(cli.dataDir).filePath(QStringLiteral("clinics/north.db"));
    REQUIRE(QFileInfo::exists(path));
    damageMiddlePage(path);
    CHECK(cli.run(check, &out, &err) == 1);
    result = QJsonDocument::fromJson(out.toUtf8()).object();
    CHECK(result.value(QStringLiteral("status")).toString() == QStringLiteral("damaged"));
    const QString aside = result.value(QStringLiteral("setAside")).toString();
    CHECK(aside.startsWith(path + QStringLiteral(".unreadable-")));
    CHECK(QFileInfo::exists(aside));
    CHECK_FALSE(QFileInfo::exists(path));
    // The next sync downloads the clinic again.
    CHECK(cli.run({QStringLiteral("sync"), QStringLiteral("--clinic"), QStringLiteral("north")},
                  &out, &err) == 0);
    CHECK(cli.run(check, &out, &err) == 0);
}
