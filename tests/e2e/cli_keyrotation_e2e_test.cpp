// Key rotation and unattended agents (issue 15): `routiq-cli rekey` killed with SIGKILL after
// its first file and resumed, agent slots in the keychain and under a master key file — all
// through routiq-cli processes, the real keychain and real SQLCipher files.
#include "e2etestsupport.h"
#include "keyslotstestsupport.h"
#include "testapp.h"
#include "testfolder.h"

#include "core/clock.h"
#include "demo/demoenvironment.h"
#include "secrets/keyslotcrypto.h"
#include "secrets/keyslotstore.h"
#include "secrets/keyvault.h"
#include "security/auditanchor.h"
#include "session/appcontext.h"
#include "session/folderkeys.h"
#include "simulator/clinikosimulator.h"
#include "storage/appdatabase.h"
#include "storage/clinicdatabasereader.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace routiq;
using routiq::test::kNorth;
using routiq::test::metricsArgs;
using routiq::test::opensCache;
using routiq::test::SyncedFolder;

TEST_CASE("an agent slot lets sync run without a password on this OS account, audited, until it "
          "is removed")
{
    test::ensureCoreApp();
    SyncedFolder folder;
    REQUIRE(folder.setUp());
    QString out, err;
    REQUIRE(folder.cli.run({QStringLiteral("agent-slot"), QStringLiteral("add")}, &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("whoever can read it can read")));

    test::Cli agent{folder.cli.dataDir}; // no --user, no password
    const QStringList sync{QStringLiteral("sync"), QStringLiteral("--clinic"), kNorth};
    CHECK(agent.run(sync, &out, &err) == 0);
    CHECK(err.contains(QStringLiteral("agent slot")));
    // Only the unattended sync: other commands still need a sign-in.
    CHECK(agent.run(metricsArgs(), &out, &err) == 2);
    CHECK(test::Cli::errorCode(err) == QStringLiteral("LOGIN_REQUIRED"));

    // What the opt-in means: the secret in the keychain opens the data key.
    const auto context = test::openFolder(folder.cli.dataDir);
    REQUIRE(context);
    bool read = false;
    std::optional<QByteArray> secret;
    context->vault().readSlotSecret(QStringLiteral("agent:admin"),
                                    [&](const std::optional<QByteArray> &s, const RoutiqError &) {
                                        secret = s;
                                        read = true;
                                    });
    REQUIRE(QTest::qWaitFor([&] { return read; }, 15000));
    REQUIRE(secret);
    SystemClock clock;
    FolderKeys keys(context.get(), &clock);
    const DataKey key =
        keys.openSecretSlot(KeySlot::Kind::Agent, QStringLiteral("agent:admin"), *secret, nullptr);
    CHECK(opensCache(folder.cachePath(), key.databaseKey(DataKey::clinicPurpose(kNorth))));

    CHECK(folder.cli.run({QStringLiteral("audit"), QStringLiteral("list")}, &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("key_slot.change")));
    CHECK(out.contains(QStringLiteral("agent-slot")));

    REQUIRE(folder.cli.run({QStringLiteral("agent-slot"), QStringLiteral("remove")}) == 0);
    CHECK(agent.run(sync, &out, &err) == 2);
    CHECK(test::Cli::errorCode(err) == QStringLiteral("LOGIN_REQUIRED"));
}

TEST_CASE("a rekey killed after its first file resumes and ends with every file and slot on a "
          "new data key")
{
    test::ensureCoreApp();
    SyncedFolder folder;
    REQUIRE(folder.setUp());
    const QString south = QStringLiteral("south");
    REQUIRE(folder.cli.addClinic(south, QStringLiteral("cliniko"), folder.sim.baseUrl(),
                                 folder.sim.apiKey()));
    REQUIRE(folder.cli.run({QStringLiteral("sync"), QStringLiteral("--clinic"), south}) == 0);
    const QString samPassword =
        folder.cli.addUser(QStringLiteral("sam"), QStringLiteral("staff"), {kNorth});
    REQUIRE_FALSE(samPassword.isEmpty());
    QString out, err;
    REQUIRE(folder.cli.run(metricsArgs(), &out, &err) == 0);
    const int bookings = QJsonDocument::fromJson(out.toUtf8())
                             .object()
                             .value(QStringLiteral("totalBookings"))
                             .toInt();
    DatabaseKey oldNorthKey;
    QByteArray auditKey;
    {
        const auto context = test::unlockFolder(folder.cli.dataDir, QStringLiteral("admin"),
                                                test::cliAdminPassword());
        REQUIRE(context);
        oldNorthKey = test::cacheKey(*context, kNorth);
        auditKey = context->auditKey();
    }
    REQUIRE(auditKey.size() == 32);
    REQUIRE(opensCache(folder.cachePath(), oldNorthKey));

    // Killed (SIGKILL) right after the first file was re-keyed.
    qputenv("ROUTIQ_TEST_REKEY_PAUSE_AFTER_FILES", "1");
    QObject owner;
    QProcess *rekey = folder.cli.start({QStringLiteral("rekey")}, &owner);
    qunsetenv("ROUTIQ_TEST_REKEY_PAUSE_AFTER_FILES");
    QByteArray printed;
    REQUIRE(QTest::qWaitFor(
        [&] {
            printed += rekey->readAllStandardOutput();
            return printed.contains("rekey paused after 1 file") ||
                   rekey->state() == QProcess::NotRunning;
        },
        120000));
    REQUIRE(printed.contains("rekey paused after 1 file"));
    rekey->kill();
    REQUIRE(rekey->waitForFinished(30000));
    CHECK(rekey->exitStatus() == QProcess::CrashExit);

    // Half-done: nothing opens until the rekey is finished; nothing was set aside.
    CHECK(folder.cli.run(metricsArgs(), &out, &err) == 1);
    CHECK(test::Cli::errorCode(err) == QStringLiteral("REKEY_UNFINISHED"));
    const QStringList cachesBefore = QDir(QFileInfo(folder.cachePath()).absolutePath())
                                         .entryList({QStringLiteral("*.db")}, QDir::Files);
    CHECK(cachesBefore.size() == 2);

    REQUIRE(folder.cli.run({QStringLiteral("rekey")}, &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("New data key")));

    // Everything on the new key: the same figures, every slot works, the old key opens nothing.
    REQUIRE(folder.cli.run(metricsArgs(), &out, &err) == 0);
    CHECK(QJsonDocument::fromJson(out.toUtf8())
              .object()
              .value(QStringLiteral("totalBookings"))
              .toInt() == bookings);
    CHECK(folder.cli.run({QStringLiteral("sync"), QStringLiteral("--clinic"), south}) == 0);
    test::Cli sam{folder.cli.dataDir};
    sam.user = QStringLiteral("sam");
    sam.passwordFile = samPassword;
    CHECK(sam.run(metricsArgs(), &out, &err) == 0);
    CHECK_FALSE(opensCache(folder.cachePath(), oldNorthKey));
    {
        const auto context = test::unlockFolder(folder.cli.dataDir, QStringLiteral("admin"),
                                                test::cliAdminPassword());
        REQUIRE(context);
        CHECK_FALSE(context->hasUnfinishedRekey());
        CHECK(opensCache(folder.cachePath(), test::cacheKey(*context, kNorth)));
        CHECK(opensCache(AppDatabase::clinicDatabasePath(folder.cli.dataDir, south),
                         test::cacheKey(*context, south)));
        CHECK_FALSE(test::cacheKey(*context, kNorth) == oldNorthKey);
        // The audit key is stored inside routiq.db, not derived from the data key: unchanged.
        CHECK(context->auditKey() == auditKey);
    }
    CHECK(QDir(QFileInfo(folder.cachePath()).absolutePath())
              .entryList({QStringLiteral("*.rekey"), QStringLiteral("*.unreadable-*")}, QDir::Files)
              .isEmpty());
    CHECK(folder.cli.run({QStringLiteral("audit"), QStringLiteral("list")}, &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("rekey resumed")));
    CHECK(out.contains(QStringLiteral("rekey finished")));
    // So every entry from before the rekey still verifies, and the anchor and the keychain
    // counter (folder-id service) with them.
    CHECK(folder.cli.run({QStringLiteral("audit"), QStringLiteral("verify")}, &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("every link and MAC verified")));
    // The recovery key was sealed to the new data key too.
    CHECK_FALSE(folder.cli.recoveryKey.isEmpty());
}

TEST_CASE("with a master key file the agent slot's secret is in the vault, and sync runs "
          "unattended only with that file")
{
    test::ensureCoreApp();
    QTemporaryDir home;
    const QString master = home.filePath(QStringLiteral("master.key"));
    {
        QFile f(master);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(KeySlotCrypto::randomSecret().toHex() + '\n');
        f.close();
        REQUIRE(f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    }
    ClinikoSimulator sim(test::smallClinic(20, 80));
    sim.setRateLimitEnabled(false);
    REQUIRE(sim.start());
    test::Cli cli{home.filePath(QStringLiteral("data"))};
    cli.globalArgs = {QStringLiteral("--master-key-file"), master};
    REQUIRE(cli.signInAsNewAdmin());
    REQUIRE(cli.addClinic(kNorth, QStringLiteral("cliniko"), sim.baseUrl(), sim.apiKey()));
    QString out, err;
    REQUIRE(cli.run({QStringLiteral("agent-slot"), QStringLiteral("add")}, &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("master key file")));

    test::Cli agent{cli.dataDir};
    agent.globalArgs = cli.globalArgs;
    const QStringList sync{QStringLiteral("sync"), QStringLiteral("--clinic"), kNorth};
    CHECK(agent.run(sync, &out, &err) == 0);
    agent.globalArgs.clear(); // the OS keychain holds no such secret
    CHECK(agent.run(sync, &out, &err) == 1);
    CHECK(test::Cli::errorCode(err) == QStringLiteral("AGENT_SLOT_UNAVAILABLE"));
}
