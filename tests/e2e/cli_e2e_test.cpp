#include "e2etestsupport.h"
#include "testapp.h"
#include "testfolder.h"

#include "session/appcontext.h"

#include "secrets/keychainsecretstore.h"
#include "secrets/keyvault.h"
#include "simulator/clinikosimulator.h"
#include "simulator/nookalsimulator.h"
#include "storage/appdatabase.h"
#include "storage/sqlciphersupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

using namespace routiq;

namespace {

// The clinic's database key of a folder the CLI made, as the admin's sign-in derives it.
DatabaseKey clinicKey(const QString &dataDir, const QString &clinicId)
{
    const auto context =
        test::unlockFolder(dataDir, QStringLiteral("admin"), test::cliAdminPassword());
    return context ? test::cacheKey(*context, clinicId) : DatabaseKey();
}

} // namespace

TEST_CASE("routiq-cli adds a clinic, syncs it and prints metrics from the cache")
{
    test::ensureCoreApp();
    ClinikoSimulator sim(test::smallClinic(30, 200));
    sim.setRateLimitEnabled(false);
    REQUIRE(sim.start());
    QTemporaryDir dir;
    QFile key(dir.filePath(QStringLiteral("key.txt")));
    REQUIRE(key.open(QIODevice::WriteOnly));
    key.write(sim.apiKey().toUtf8());
    key.close();
    test::Cli cli{dir.filePath(QStringLiteral("data"))};
    REQUIRE(cli.signInAsNewAdmin());

    QString out, err;
    REQUIRE(cli.run({QStringLiteral("clinic"), QStringLiteral("add"), QStringLiteral("--id"),
                     QStringLiteral("north"), QStringLiteral("--name"), QStringLiteral("North"),
                     QStringLiteral("--pms"), QStringLiteral("cliniko"),
                     QStringLiteral("--api-key-file"), key.fileName(), QStringLiteral("--base-url"),
                     sim.baseUrl().toString(), QStringLiteral("--contact-email"),
                     QStringLiteral("t@routiq.invalid"), QStringLiteral("--retention-years"),
                     QStringLiteral("7")},
                    &out, &err) == 0);
    CHECK(cli.run({QStringLiteral("clinic"), QStringLiteral("add"), QStringLiteral("--id"),
                   QStringLiteral("south"), QStringLiteral("--name"), QStringLiteral("South"),
                   QStringLiteral("--pms"), QStringLiteral("cliniko"),
                   QStringLiteral("--api-key-file"), key.fileName(),
                   QStringLiteral("--retention-years"), QStringLiteral("seven")},
                  &out, &err) == 2);
    CHECK(test::Cli::errorCode(err) == QStringLiteral("BAD_REQUEST"));
    CHECK(cli.run({QStringLiteral("clinic"), QStringLiteral("list"), QStringLiteral("--json")},
                  &out) == 0);
    CHECK(out.contains(QStringLiteral("\"north\"")));
    CHECK(QJsonDocument::fromJson(out.toUtf8())
              .array()
              .at(0)
              .toObject()
              .value(QStringLiteral("retentionYears"))
              .toInt() == 7);
    CHECK_FALSE(out.contains(QStringLiteral("\"south\""))); // refused, nothing stored
    // No secret is ever on disk in the data folder in plain text.
    for (const QString &f : QDir(cli.dataDir).entryList(QDir::Files)) {
        QFile file(QDir(cli.dataDir).filePath(f));
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK_FALSE(file.readAll().contains(sim.apiKey().toUtf8()));
    }

    const int synced = cli.run(
        {QStringLiteral("sync"), QStringLiteral("--clinic"), QStringLiteral("north")}, &out, &err);
    INFO(err.toStdString());
    REQUIRE(synced == 0);
    CHECK(cli.run({QStringLiteral("metrics"), QStringLiteral("--clinic"), QStringLiteral("north"),
                   QStringLiteral("--period"), QStringLiteral("month")},
                  &out, &err) == 0);
    const QJsonObject json = QJsonDocument::fromJson(out.toUtf8()).object();
    for (const char *field :
         {"totalBookings", "totalBookingsChange", "activePatients", "newPatients", "dailyAverage",
          "missedAppointments", "missedAppointmentsPercentage", "bookingTrends", "peakHours",
          "request", "lastUpdated"})
        CHECK(json.contains(QLatin1String(field)));
    CHECK(json.value(QStringLiteral("totalBookings")).toInt() > 0);
    CHECK(json.value(QStringLiteral("request"))
              .toObject()
              .value(QStringLiteral("period"))
              .toString() == QStringLiteral("month"));

    // Bad requests are JSON errors with a non-zero exit.
    CHECK(cli.run({QStringLiteral("metrics"), QStringLiteral("--clinic"), QStringLiteral("north"),
                   QStringLiteral("--start"), QStringLiteral("2026-02-10"), QStringLiteral("--end"),
                   QStringLiteral("2026-02-01")},
                  &out, &err) != 0);
    CHECK(QJsonDocument::fromJson(err.toUtf8()).object().value(QStringLiteral("code")).toString() ==
          QStringLiteral("BAD_REQUEST"));
    CHECK(cli.run({QStringLiteral("metrics"), QStringLiteral("--clinic"), QStringLiteral("north"),
                   QStringLiteral("--period"), QStringLiteral("fortnight")},
                  &out, &err) != 0);
    CHECK(cli.run({QStringLiteral("metrics"), QStringLiteral("--clinic"), QStringLiteral("north"),
                   QStringLiteral("--location"), QStringLiteral("12345")},
                  &out, &err) != 0);

    REQUIRE(cli.run({QStringLiteral("clinic"), QStringLiteral("remove"), QStringLiteral("--id"),
                     QStringLiteral("north")}) == 0);
    CHECK_FALSE(
        QFile::exists(AppDatabase::clinicDatabasePath(cli.dataDir, QStringLiteral("north"))));
}

TEST_CASE("a sync killed at random points resumes and ends with exactly the clinic's data")
{
    test::ensureCoreApp();
    REQUIRE(SqlCipherSupport::ensureDriverAvailable().isNull());
    ClinikoSimulator sim(test::smallClinic(240, 1500));
    sim.setRateLimitEnabled(false);
    REQUIRE(sim.start());
    QTemporaryDir dir;
    QFile key(dir.filePath(QStringLiteral("key.txt")));
    REQUIRE(key.open(QIODevice::WriteOnly));
    key.write(sim.apiKey().toUtf8());
    key.close();
    test::Cli cli{dir.filePath(QStringLiteral("data"))};
    REQUIRE(cli.signInAsNewAdmin());
    REQUIRE(cli.run({QStringLiteral("clinic"), QStringLiteral("add"), QStringLiteral("--id"),
                     QStringLiteral("k"), QStringLiteral("--name"), QStringLiteral("K"),
                     QStringLiteral("--pms"), QStringLiteral("cliniko"),
                     QStringLiteral("--api-key-file"), key.fileName(), QStringLiteral("--base-url"),
                     sim.baseUrl().toString(), QStringLiteral("--contact-email"),
                     QStringLiteral("t@routiq.invalid")}) == 0);

    QRandomGenerator random(20261125);
    int killed = 0;
    for (int trial = 0; trial < 4; ++trial) {
        QObject owner;
        QProcess *p = cli.start(
            {QStringLiteral("sync"), QStringLiteral("--clinic"), QStringLiteral("k")}, &owner);
        QSignalSpy done(p, &QProcess::finished);
        // SIGKILL after a random moment of the backfill: no chance to finish a transaction.
        QTimer::singleShot(int(random.bounded(150, 1200)), p, [p] { p->kill(); });
        REQUIRE(done.wait(180000));
        killed += p->exitStatus() == QProcess::CrashExit;
    }
    INFO("killed " << killed << " of 4 runs mid-sync");
    CHECK(killed >= 1);

    QString out, err;
    REQUIRE(cli.run({QStringLiteral("sync"), QStringLiteral("--clinic"), QStringLiteral("k")}, &out,
                    &err) == 0);
    const DatabaseKey dbKey = clinicKey(cli.dataDir, QStringLiteral("k"));
    REQUIRE(dbKey.isValid());
    CHECK(
        test::compareCacheWithClinic(
            AppDatabase::clinicDatabasePath(cli.dataDir, QStringLiteral("k")), dbKey, sim.clinic())
            .toStdString() == "");
}

TEST_CASE("routiq-cli creates the first admin, lets only admins manage users and verifies the "
          "audit chain")
{
    test::ensureCoreApp();
    QTemporaryDir dir;
    auto write = [&](const char *name, const char *text) {
        QFile f(dir.filePath(QLatin1String(name)));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(text);
        return f.fileName();
    };
    const QString adminPw = write("admin.pw", "correct horse battery");
    const QString staffPw = write("staff.pw", "staff password 123");
    test::Cli cli{dir.filePath(QStringLiteral("data"))};
    QString out, err;

    qputenv("ROUTIQ_NEW_PASSWORD_FILE", adminPw.toUtf8());
    CHECK(cli.run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--name"),
                   QStringLiteral("sam"), QStringLiteral("--role"), QStringLiteral("staff")},
                  &out, &err) == 2); // the first account must be the admin
    REQUIRE(cli.run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--name"),
                     QStringLiteral("admin"), QStringLiteral("--role"), QStringLiteral("admin")},
                    &out, &err) == 0);
    qputenv("ROUTIQ_NEW_PASSWORD_FILE", staffPw.toUtf8());
    qputenv("ROUTIQ_PASSWORD_FILE", adminPw.toUtf8());
    REQUIRE(cli.run({QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("user"),
                     QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("sam"),
                     QStringLiteral("--role"), QStringLiteral("staff")},
                    &out, &err) == 0);
    qputenv("ROUTIQ_PASSWORD_FILE", staffPw.toUtf8());
    CHECK(cli.run({QStringLiteral("--user"), QStringLiteral("sam"), QStringLiteral("user"),
                   QStringLiteral("list")},
                  &out, &err) != 0);
    CHECK(QJsonDocument::fromJson(err.toUtf8()).object().value(QStringLiteral("code")).toString() ==
          QStringLiteral("ACCESS_DENIED"));
    qunsetenv("ROUTIQ_PASSWORD_FILE");
    qunsetenv("ROUTIQ_NEW_PASSWORD_FILE");

    // The log is inside the encrypted app database: verifying it needs a sign-in.
    CHECK(cli.run({QStringLiteral("audit"), QStringLiteral("verify")}, &out, &err) == 2);
    cli.user = QStringLiteral("admin");
    cli.passwordFile = adminPw;
    REQUIRE(cli.run({QStringLiteral("audit"), QStringLiteral("verify")}, &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("intact")));
}

TEST_CASE("routiq-cli connects a Nookal clinic through the same commands")
{
    test::ensureCoreApp();
    NookalSimulator sim(test::smallClinic(30, 200));
    REQUIRE(sim.start());
    QTemporaryDir dir;
    QFile key(dir.filePath(QStringLiteral("key.txt")));
    REQUIRE(key.open(QIODevice::WriteOnly));
    key.write(sim.apiKey().toUtf8());
    key.close();
    test::Cli cli{dir.filePath(QStringLiteral("data"))};
    REQUIRE(cli.signInAsNewAdmin());
    QString out, err;
    REQUIRE(cli.run({QStringLiteral("clinic"), QStringLiteral("add"), QStringLiteral("--id"),
                     QStringLiteral("south"), QStringLiteral("--name"), QStringLiteral("South"),
                     QStringLiteral("--pms"), QStringLiteral("nookal"),
                     QStringLiteral("--api-key-file"), key.fileName(), QStringLiteral("--base-url"),
                     sim.baseUrl().toString()},
                    &out, &err) == 0);
    REQUIRE(cli.run({QStringLiteral("sync"), QStringLiteral("--clinic"), QStringLiteral("south")},
                    &out, &err) == 0);
    REQUIRE(cli.run({QStringLiteral("metrics"), QStringLiteral("--clinic"), QStringLiteral("south"),
                     QStringLiteral("--period"), QStringLiteral("month")},
                    &out, &err) == 0);
    CHECK(QJsonDocument::fromJson(out.toUtf8())
              .object()
              .value(QStringLiteral("totalBookings"))
              .toInt() > 0);
}

TEST_CASE("metrics on a clinic whose first sync failed say it is not synced instead of zeros")
{
    test::ensureCoreApp();
    ClinikoSimulator sim(test::smallClinic(10, 40));
    REQUIRE(sim.start());
    QTemporaryDir dir;
    test::Cli cli{dir.filePath(QStringLiteral("data"))};
    REQUIRE(cli.signInAsNewAdmin());
    QString out, err;
    REQUIRE(cli.addClinic(QStringLiteral("north"), QStringLiteral("cliniko"), sim.baseUrl(),
                          QStringLiteral("a-key-the-pms-rejects")));
    CHECK(cli.run({QStringLiteral("sync"), QStringLiteral("--clinic"), QStringLiteral("north")},
                  &out, &err) != 0);
    CHECK(cli.run({QStringLiteral("metrics"), QStringLiteral("--clinic"), QStringLiteral("north")},
                  &out, &err) == 1);
    CHECK(test::Cli::errorCode(err) == QStringLiteral("CACHE_EMPTY"));
    CHECK_FALSE(out.contains(QStringLiteral("totalBookings")));
}

TEST_CASE("two data folders with a clinic of the same id keep their own API keys")
{
    test::ensureCoreApp();
    ClinikoSimulator sim(test::smallClinic(10, 40));
    REQUIRE(sim.start());
    QTemporaryDir first, second;
    test::Cli wrong{first.filePath(QStringLiteral("data"))};
    test::Cli right{second.filePath(QStringLiteral("data"))};
    REQUIRE(wrong.signInAsNewAdmin());
    REQUIRE(right.signInAsNewAdmin());
    // The same id in both folders; only the second folder has a key the PMS accepts.
    REQUIRE(wrong.addClinic(QStringLiteral("north"), QStringLiteral("cliniko"), sim.baseUrl(),
                            QStringLiteral("a-key-the-pms-rejects")));
    REQUIRE(right.addClinic(QStringLiteral("north"), QStringLiteral("cliniko"), sim.baseUrl(),
                            sim.apiKey()));
    QString out, err;
    CHECK(right.run({QStringLiteral("sync"), QStringLiteral("--clinic"), QStringLiteral("north")},
                    &out, &err) == 0);
    CHECK(wrong.run({QStringLiteral("sync"), QStringLiteral("--clinic"), QStringLiteral("north")},
                    &out, &err) != 0);
    CHECK_FALSE(clinicKey(wrong.dataDir, QStringLiteral("north")) ==
                clinicKey(right.dataDir, QStringLiteral("north")));
}
