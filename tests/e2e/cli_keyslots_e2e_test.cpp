// The data folder opens only with a sign-in (issue 15): the attack of deleting the app database
// and making a new admin, every keychain secret tried on every database file, the recovery key,
// a moved folder, a disabled user's restored slot — all through routiq-cli processes, the real
// keychain and real SQLCipher files.
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
#include "session/appschema.h"
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

namespace {

// Every item in the test's Secret Service, through secret-tool (libsecret-tools).
struct KeychainItem
{
    QString service;
    QString name;
    QByteArray secret;
};
QList<KeychainItem> keychainItems()
{
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"),
               {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("--unlock"),
                QStringLiteral("xdg:schema"), QStringLiteral("org.qt.keychain")});
    if (!tool.waitForFinished(30000))
        return {};
    // secret-tool prints each item's path, label (QtKeychain: the service) and secret on
    // stdout and its attributes on stderr, items in the same order.
    QList<KeychainItem> items;
    for (const QByteArray &line : tool.readAllStandardOutput().split('\n')) {
        if (line.startsWith('['))
            items.append(KeychainItem());
        else if (!items.isEmpty() && line.startsWith("label = "))
            items.last().service = QString::fromUtf8(line.mid(8));
        else if (!items.isEmpty() && line.startsWith("secret = "))
            items.last().secret = line.mid(9);
    }
    qsizetype index = 0;
    for (const QByteArray &line : tool.readAllStandardError().split('\n'))
        if (line.startsWith("attribute.user = ") && index < items.size())
            items[index++].name = QString::fromUtf8(line.mid(17));
    return items;
}

// Every way a stored secret could be a key: raw, base64 (QtKeychain stores binary as base64),
// hex, or a data key to derive the cache and app keys from.
QList<DatabaseKey> keyCandidates(const QByteArray &stored, const QString &clinicId)
{
    QList<QByteArray> raws{stored, QByteArray::fromBase64(stored), QByteArray::fromHex(stored)};
    QList<DatabaseKey> out;
    for (const QByteArray &raw : raws) {
        out.append(DatabaseKey::fromBytes(raw));
        out.append(DatabaseKey::fromHex(QString::fromLatin1(raw)));
        const DataKey asData = DataKey::fromBytes(raw);
        out.append(asData.databaseKey(DataKey::clinicPurpose(clinicId)));
        out.append(asData.databaseKey(DataKey::appDatabasePurpose()));
    }
    return out;
}

} // namespace

TEST_CASE("deleting the app database and making a new first admin gives nothing of the old "
          "cache")
{
    test::ensureCoreApp();
    SyncedFolder folder;
    REQUIRE(folder.setUp());
    const QString data = folder.cli.dataDir;
    const QByteArray cacheBefore = [&] {
        QFile f(folder.cachePath());
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    REQUIRE_FALSE(cacheBefore.isEmpty());

    // 1. Delete routiq.db* and the audit anchor.
    for (const QString &f : QDir(data).entryList(
             {QStringLiteral("routiq.db*"), QString::fromLatin1(AuditAnchor::kFileName)},
             QDir::Files))
        REQUIRE(QFile::remove(QDir(data).filePath(f)));

    // 2. "user add" as a first admin: the folder still has key slots and a cache, so no.
    test::Cli attacker{data};
    attacker.newPasswordFile =
        attacker.writePasswordFile(QStringLiteral("x"), QStringLiteral("attacker password"));
    QString out, err;
    const QStringList addX{QStringLiteral("user"),   QStringLiteral("add"),
                           QStringLiteral("--name"), QStringLiteral("x"),
                           QStringLiteral("--role"), QStringLiteral("admin")};
    CHECK(attacker.run(addX, &out, &err) != 0);
    CHECK_FALSE(out.contains(QStringLiteral("Created")));
    CHECK(test::Cli::recoveryKeyIn(out).isEmpty());

    // The admin's own password no longer gives a new empty app database either.
    CHECK(folder.cli.run(metricsArgs(), &out, &err) != 0);
    CHECK(test::Cli::errorCode(err) == QStringLiteral("APP_DATABASE_MISSING"));
    CHECK_FALSE(QFile::exists(AppDatabase::defaultFilePath(data)));

    // Deleting the key slots too: a cache is still there, so still no new key.
    REQUIRE(QFile::remove(KeySlotStore::filePath(data)));
    CHECK(attacker.run(addX, &out, &err) != 0);
    CHECK(test::Cli::errorCode(err) == QStringLiteral("NO_KEY_SLOT"));

    // 3. clinic add --id north and metrics as "x": there is no x, nothing is shown.
    attacker.user = QStringLiteral("x");
    attacker.passwordFile = attacker.newPasswordFile;
    CHECK_FALSE(attacker.addClinic(kNorth, QStringLiteral("cliniko"), folder.sim.baseUrl(),
                                   folder.sim.apiKey()));
    CHECK(attacker.run(metricsArgs(), &out, &err) != 0);
    CHECK_FALSE(out.contains(QStringLiteral("totalBookings")));
    CHECK(test::Cli::errorCode(err) == QStringLiteral("NO_KEY_SLOT"));
    CHECK(err.contains(QStringLiteral("cannot be read")));

    // The cache was neither opened nor replaced nor set aside.
    QFile cache(folder.cachePath());
    REQUIRE(cache.open(QIODevice::ReadOnly));
    CHECK(cache.readAll() == cacheBefore);
}

TEST_CASE("no secret Routiq keeps in the keychain opens a cache or the app database")
{
    test::ensureCoreApp();
    SyncedFolder folder;
    REQUIRE(folder.setUp());
    REQUIRE_FALSE(
        folder.cli.addUser(QStringLiteral("sam"), QStringLiteral("staff"), {kNorth}).isEmpty());
    const QString data = folder.cli.dataDir;
    const auto context =
        test::unlockFolder(data, QStringLiteral("admin"), test::cliAdminPassword());
    REQUIRE(context);
    const QString service = QStringLiteral("Routiq:") + context->folderId();
    // The control: the key a sign-in derives does open the cache, so the check below can fail.
    REQUIRE(opensCache(folder.cachePath(), test::cacheKey(*context, kNorth)));

    const QList<KeychainItem> items = keychainItems();
    int ours = 0;
    for (const KeychainItem &item : items) {
        if (!item.service.startsWith(QStringLiteral("Routiq:")))
            continue;
        ours += item.service == service ? 1 : 0;
        INFO(item.service.toStdString() << " " << item.name.toStdString());
        CHECK_FALSE(item.name.contains(QStringLiteral("db-key")));
        for (const DatabaseKey &key : keyCandidates(item.secret, kNorth)) {
            CHECK_FALSE(opensCache(folder.cachePath(), key));
            if (key.isValid()) {
                RoutiqError error;
                CHECK_FALSE(AppDatabase::open(AppDatabase::defaultFilePath(data), key,
                                              AppSchema::migrator(), &error));
            }
        }
        CHECK_FALSE(item.secret.contains(folder.sim.apiKey().toUtf8()));
        CHECK_FALSE(QByteArray::fromBase64(item.secret).contains(folder.sim.apiKey().toUtf8()));
    }
    CHECK(ours >= 1); // the clinic's (sealed) API key: the search saw this folder's entries
}

TEST_CASE("the recovery key replaces a forgotten admin password, and without it the folder says "
          "its data cannot be read")
{
    test::ensureCoreApp();
    SyncedFolder folder;
    REQUIRE(folder.setUp());
    REQUIRE_FALSE(folder.cli.recoveryKey.isEmpty());
    const QString data = folder.cli.dataDir;

    // The admin forgot the password.
    test::Cli forgetful{data};
    forgetful.user = QStringLiteral("admin");
    forgetful.passwordFile =
        forgetful.writePasswordFile(QStringLiteral("guess"), QStringLiteral("was it this one"));
    QString out, err;
    CHECK(forgetful.run(metricsArgs(), &out, &err) == 1);
    CHECK(test::Cli::errorCode(err) == QStringLiteral("INVALID_CREDENTIALS"));

    auto recover = [&](const QString &key, const QString &newPassword) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ROUTIQ_DATA_DIR"), data);
        env.insert(QStringLiteral("ROUTIQ_RECOVERY_KEY_FILE"),
                   forgetful.writePasswordFile(QStringLiteral("recovery"), key));
        env.insert(QStringLiteral("ROUTIQ_NEW_PASSWORD_FILE"),
                   forgetful.writePasswordFile(QStringLiteral("new"), newPassword));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(ROUTIQ_TEST_BIN_DIR "/routiq-cli"),
                {QStringLiteral("recover"), QStringLiteral("--name"), QStringLiteral("admin")});
        REQUIRE(p.waitForFinished(60000));
        out = QString::fromUtf8(p.readAllStandardOutput());
        err = QString::fromUtf8(p.readAllStandardError());
        return p.exitCode();
    };
    // Without the right key: refused, in plain words, with the way out.
    CHECK(recover(QStringLiteral("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH"),
                  QStringLiteral("a new password 1")) == 1);
    CHECK(err.contains(QStringLiteral("cannot be read")));
    CHECK(err.contains(QStringLiteral("PMS")));
    CHECK(recover(QStringLiteral("not a key"), QStringLiteral("a new password 1")) == 1);

    // With it (typed in lower case with spaces): a new password and slot for the admin.
    QString typed = folder.cli.recoveryKey.toLower();
    typed.replace(u'-', u' ');
    REQUIRE(recover(typed, QStringLiteral("a new password 1")) == 0);
    forgetful.passwordFile =
        forgetful.writePasswordFile(QStringLiteral("guess"), QStringLiteral("a new password 1"));
    CHECK(forgetful.run(metricsArgs(), &out, &err) == 0);
    CHECK(QJsonDocument::fromJson(out.toUtf8())
              .object()
              .value(QStringLiteral("totalBookings"))
              .toInt() > 0);
    CHECK(folder.cli.run(metricsArgs(), &out, &err) == 1); // the old password is gone
    CHECK(forgetful.run({QStringLiteral("audit"), QStringLiteral("list")}, &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("recovery-key")));

    // The recovery key still works a second time (it is a slot of its own, not used up).
    CHECK(recover(folder.cli.recoveryKey, QStringLiteral("a third password")) == 0);
}

TEST_CASE("a data folder moved to another path keeps its keys and its data")
{
    test::ensureCoreApp();
    SyncedFolder folder;
    REQUIRE(folder.setUp());
    QString out, err;
    REQUIRE(folder.cli.run(metricsArgs(), &out, &err) == 0);
    const QJsonObject before = QJsonDocument::fromJson(out.toUtf8()).object();

    const QString moved = folder.dir.filePath(QStringLiteral("renamed-elsewhere"));
    REQUIRE(QDir().rename(folder.cli.dataDir, moved));
    test::Cli there = folder.cli;
    there.dataDir = moved;
    REQUIRE(there.run(metricsArgs(), &out, &err) == 0);
    const QJsonObject after = QJsonDocument::fromJson(out.toUtf8()).object();
    CHECK(after.value(QStringLiteral("totalBookings")).toInt() ==
          before.value(QStringLiteral("totalBookings")).toInt());
    CHECK(there.run({QStringLiteral("sync"), QStringLiteral("--clinic"), kNorth}, &out, &err) ==
          0); // the API key came along too
}

TEST_CASE("a disabled user's key slot restored from an old copy does not open the data")
{
    test::ensureCoreApp();
    SyncedFolder folder;
    REQUIRE(folder.setUp());
    const QString samPassword =
        folder.cli.addUser(QStringLiteral("sam"), QStringLiteral("staff"), {kNorth});
    REQUIRE_FALSE(samPassword.isEmpty());
    test::Cli sam{folder.cli.dataDir};
    sam.user = QStringLiteral("sam");
    sam.passwordFile = samPassword;
    QString out, err;
    REQUIRE(sam.run(metricsArgs(), &out, &err) == 0);

    // A copy of the slots file while sam's slot is valid.
    const QString slotsFile = KeySlotStore::filePath(folder.cli.dataDir);
    const QString copy = folder.dir.filePath(QStringLiteral("keyslots-old.db"));
    REQUIRE(QFile::copy(slotsFile, copy));

    REQUIRE(folder.cli.run({QStringLiteral("user"), QStringLiteral("disable"),
                            QStringLiteral("--name"), QStringLiteral("sam")}) == 0);
    CHECK(sam.run(metricsArgs(), &out, &err) == 1);
    CHECK(test::Cli::errorCode(err) == QStringLiteral("INVALID_CREDENTIALS"));

    // Restore the old copy of the slots: the slot unwraps, but its generation is not the one
    // the encrypted app database holds for sam any more.
    REQUIRE(QFile::remove(slotsFile));
    REQUIRE(QFile::copy(copy, slotsFile));
    CHECK(sam.run(metricsArgs(), &out, &err) == 1);
    CHECK_FALSE(out.contains(QStringLiteral("totalBookings")));
    // Enabling sam again does not revive the old slot either: only a new password does.
    REQUIRE(folder.cli.run({QStringLiteral("user"), QStringLiteral("enable"),
                            QStringLiteral("--name"), QStringLiteral("sam")}) == 0);
    CHECK(sam.run(metricsArgs(), &out, &err) == 1);
    CHECK(folder.cli.run({QStringLiteral("audit"), QStringLiteral("list")}, &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("key slot revoked")));

    test::Cli admin = folder.cli;
    admin.newPasswordFile =
        admin.writePasswordFile(QStringLiteral("sam-new"), QStringLiteral("sam's new password"));
    REQUIRE(admin.run({QStringLiteral("user"), QStringLiteral("set-password"),
                       QStringLiteral("--name"), QStringLiteral("sam")}) == 0);
    sam.passwordFile = admin.newPasswordFile;
    // The new slot opens the folder; an admin's reset then asks sam for their own password
    // (`user passwd`) before anything else works.
    CHECK(sam.run(metricsArgs(), &out, &err) == 1);
    CHECK(err.contains(QStringLiteral("user passwd")));
    sam.newPasswordFile =
        sam.writePasswordFile(QStringLiteral("sam-own"), QStringLiteral("sam's own password"));
    REQUIRE(sam.run({QStringLiteral("user"), QStringLiteral("passwd")}) == 0);
    sam.passwordFile = sam.newPasswordFile;
    CHECK(sam.run(metricsArgs(), &out, &err) == 0);
}

TEST_CASE("the demo refuses a folder with real accounts, and real clinics cannot take the demo's "
          "ids")
{
    test::ensureCoreApp();
    QTemporaryDir dir;
    test::Cli cli{dir.filePath(QStringLiteral("data"))};
    REQUIRE(cli.signInAsNewAdmin());
    ClinikoSimulator sim(test::smallClinic(10, 20));
    REQUIRE(sim.start());
    QString out, err;
    CHECK_FALSE(cli.addClinic(DemoEnvironment::clinikoClinicId(), QStringLiteral("cliniko"),
                              sim.baseUrl(), sim.apiKey()));
    CHECK_FALSE(cli.addClinic(DemoEnvironment::nookalClinicId(), QStringLiteral("nookal"),
                              sim.baseUrl(), QStringLiteral("nookal-key")));

    DemoEnvironment demo;
    RoutiqError error;
    bool answered = false;
    demo.start(cli.dataDir, [&](const RoutiqError &e) {
        error = e;
        answered = true;
    });
    REQUIRE(QTest::qWaitFor([&] { return answered; }, 30000));
    CHECK(error.code == QStringLiteral("DEMO_FOLDER_HAS_ACCOUNTS"));

    // Its own, empty folder works, twice (the second run opens the demo's slot again).
    for (int run = 0; run < 2; ++run) {
        DemoEnvironment own;
        answered = false;
        own.start(dir.filePath(QStringLiteral("demo")), [&](const RoutiqError &e) {
            error = e;
            answered = true;
        });
        REQUIRE(QTest::qWaitFor([&] { return answered; }, 30000));
        INFO(error.message.toStdString());
        CHECK(error.isNull());
        REQUIRE(own.context());
        CHECK(own.context()->isUnlocked());
        CHECK(own.context()->folderState().demoSlot);
        CHECK_FALSE(own.context()->folderState().accountSlots);
    }
}

TEST_CASE("the default demo folder of an earlier build, without a demo key, is moved aside and "
          "the demo starts afresh")
{
    test::ensureCoreApp();
    // Only inside the test keyring's throw-away XDG folders: never a real user's demo folder.
    REQUIRE(qEnvironmentVariable("ROUTIQ_IN_KEYRING") == QLatin1String("1"));
    const QString dir = QDir(DemoEnvironment::defaultDataDirectory()).absolutePath();
    REQUIRE(QDir().mkpath(dir));
    QFile old(AppDatabase::defaultFilePath(dir));
    REQUIRE(old.open(QIODevice::WriteOnly));
    old.write("an app database under a key this build never had");
    old.close();

    DemoEnvironment demo;
    RoutiqError error;
    bool answered = false;
    demo.start(dir, [&](const RoutiqError &e) {
        error = e;
        answered = true;
    });
    REQUIRE(QTest::qWaitFor([&] { return answered; }, 30000));
    INFO(error.message.toStdString());
    CHECK(error.isNull());
    REQUIRE(demo.context());
    CHECK(demo.context()->isUnlocked());
    QDir parent(QFileInfo(dir).absolutePath());
    const QStringList aside =
        parent.entryList({QFileInfo(dir).fileName() + QStringLiteral(".earlier-*")}, QDir::Dirs);
    REQUIRE(aside.size() == 1);
    QFile kept(QDir(parent.filePath(aside.first())).filePath(QStringLiteral("routiq.db")));
    REQUIRE(kept.open(QIODevice::ReadOnly));
    CHECK(kept.readAll().startsWith("an app database")); // moved, not deleted
}
