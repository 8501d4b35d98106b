// The API key given to `routiq-cli clinic add`: read from a file (with a warning when other
// users can read it) or from standard input, and copied into the keychain.
#include "e2etestsupport.h"
#include "testapp.h"
#include "testfolder.h"

#include "secrets/keychainsecretstore.h"
#include "secrets/keyslotstore.h"
#include "secrets/keyvault.h"
#include "session/appcontext.h"
#include "simulator/clinikosimulator.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace routiq;

namespace {

QStringList addArgs(const QString &id, const QString &keyFile, const QUrl &baseUrl)
{
    return {QStringLiteral("clinic"),
            QStringLiteral("add"),
            QStringLiteral("--id"),
            id,
            QStringLiteral("--name"),
            id,
            QStringLiteral("--pms"),
            QStringLiteral("cliniko"),
            QStringLiteral("--api-key-file"),
            keyFile,
            QStringLiteral("--base-url"),
            baseUrl.toString(),
            QStringLiteral("--contact-email"),
            QStringLiteral("t@routiq.invalid")};
}

QString writeKey(const QString &path, const QString &key, QFileDevice::Permissions permissions)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(key.toUtf8());
    f.close();
    REQUIRE(f.setPermissions(permissions));
    return path;
}

// The API key the folder keeps for `clinic`, as the app reads it back: sealed under the data
// key in the folder-id keychain service, so it is read through an unlocked folder's vault.
// Also checks that the keychain never holds it in the clear.
QString storedApiKey(const QString &dataDir, const QString &clinic)
{
    RoutiqError error;
    const auto keySlots = KeySlotStore::open(dataDir, &error);
    REQUIRE(keySlots);
    KeychainSecretStore store(KeychainSecretStore::serviceFor(keySlots->folderId()));
    bool answered = false;
    std::optional<QByteArray> raw;
    store.read(KeyVault::apiKeyName(clinic),
               [&](const std::optional<QByteArray> &value, const RoutiqError &) {
                   answered = true;
                   raw = value;
               });
    REQUIRE(test::spinUntil([&] { return answered; }, 30'000));
    REQUIRE(raw);
    const auto context =
        test::unlockFolder(dataDir, QStringLiteral("admin"), test::cliAdminPassword());
    REQUIRE(context);
    answered = false;
    QString key;
    context->vault().apiKey(clinic, [&](const QString &value, const RoutiqError &) {
        answered = true;
        key = value;
    });
    REQUIRE(test::spinUntil([&] { return answered; }, 30'000));
    CHECK_FALSE(raw->contains(key.toUtf8()));
    return key;
}

} // namespace

TEST_CASE("clinic add warns when others can read the API key file and says to delete it")
{
    test::ensureCoreApp();
    ClinikoSimulator sim(test::smallClinic(5, 20));
    REQUIRE(sim.start());
    QTemporaryDir dir;
    test::Cli admin{dir.filePath(QStringLiteral("data"))};
    REQUIRE(admin.signInAsNewAdmin());
    const auto owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

    const QString loose = writeKey(dir.filePath(QStringLiteral("loose.key")), sim.apiKey(),
                                   owner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    QString out, err;
    REQUIRE(admin.run(addArgs(QStringLiteral("north"), loose, sim.baseUrl()), &out, &err) == 0);
    CHECK(err.contains(QStringLiteral("warning")));
    CHECK(err.contains(QStringLiteral("can be read by other users")));
    CHECK(err.contains(loose));
    CHECK_FALSE(err.contains(sim.apiKey()));
    CHECK(out.contains(QStringLiteral("delete '%1'").arg(loose)));
    CHECK(QFile::exists(loose)); // copied, not moved

    const QString tight = writeKey(dir.filePath(QStringLiteral("tight.key")), sim.apiKey(), owner);
    REQUIRE(admin.run(addArgs(QStringLiteral("south"), tight, sim.baseUrl()), &out, &err) == 0);
    CHECK_FALSE(err.contains(QStringLiteral("warning")));
    CHECK(storedApiKey(admin.dataDir, QStringLiteral("south")) == sim.apiKey());
}

TEST_CASE("clinic add reads the API key from standard input with --api-key-file -")
{
    test::ensureCoreApp();
    ClinikoSimulator sim(test::smallClinic(5, 20));
    REQUIRE(sim.start());
    QTemporaryDir dir;
    test::Cli admin{dir.filePath(QStringLiteral("data"))};
    REQUIRE(admin.signInAsNewAdmin());

    const auto runWithStdin = [&](const QString &id, const QByteArray &input, QString *err) {
        QObject owner;
        QProcess *p = admin.start(addArgs(id, QStringLiteral("-"), sim.baseUrl()), &owner);
        REQUIRE(p->waitForStarted(30'000));
        p->write(input);
        p->closeWriteChannel();
        QSignalSpy done(p, &QProcess::finished);
        REQUIRE((p->state() == QProcess::NotRunning || done.wait(180'000)));
        *err = QString::fromUtf8(p->readAllStandardError());
        return p->exitCode();
    };
    QString err;
    REQUIRE(runWithStdin(QStringLiteral("north"), sim.apiKey().toUtf8() + "\n", &err) == 0);
    CHECK(storedApiKey(admin.dataDir, QStringLiteral("north")) == sim.apiKey());
    REQUIRE(admin.run({QStringLiteral("sync"), QStringLiteral("--clinic"),
                       QStringLiteral("north")}) == 0);

    CHECK(runWithStdin(QStringLiteral("south"), QByteArray(), &err) == 2);
    CHECK(test::Cli::errorCode(err) == QStringLiteral("BAD_REQUEST"));
    CHECK(err.contains(QStringLiteral("standard input")));
}

TEST_CASE("clinic test, set-key and rename go through the same service: a wrong new key is "
          "refused after a test and the old one stays, and staff are refused")
{
    test::ensureCoreApp();
    ClinikoSimulator sim(test::smallClinic(5, 20));
    REQUIRE(sim.start());
    QTemporaryDir dir;
    test::Cli admin{dir.filePath(QStringLiteral("data"))};
    REQUIRE(admin.signInAsNewAdmin());
    const auto owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    const QString good = writeKey(dir.filePath(QStringLiteral("good.key")), sim.apiKey(), owner);
    REQUIRE(admin.run(addArgs(QStringLiteral("north"), good, sim.baseUrl())) == 0);

    QString out, err;
    REQUIRE(admin.run({QStringLiteral("clinic"), QStringLiteral("test"), QStringLiteral("--id"),
                       QStringLiteral("north")},
                      &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("Connection works")));
    CHECK(out.contains(QStringLiteral("Practitioners: ")));

    const QString badKey = QStringLiteral("definitely-wrong-key-au1");
    const QString bad = writeKey(dir.filePath(QStringLiteral("bad.key")), badKey, owner);
    CHECK(admin.run({QStringLiteral("clinic"), QStringLiteral("set-key"), QStringLiteral("--id"),
                     QStringLiteral("north"), QStringLiteral("--api-key-file"), bad},
                    &out, &err) == 1);
    CHECK(test::Cli::errorCode(err) == QStringLiteral("CLINIKO_AUTH_REJECTED"));
    CHECK(err.contains(QStringLiteral("did not accept this API key")));
    CHECK_FALSE(err.contains(badKey));
    CHECK(admin.run({QStringLiteral("clinic"), QStringLiteral("set-key"), QStringLiteral("--id"),
                     QStringLiteral("north"), QStringLiteral("--api-key-file"), good},
                    &out, &err) == 0);

    REQUIRE(admin.run({QStringLiteral("clinic"), QStringLiteral("rename"), QStringLiteral("--id"),
                       QStringLiteral("north"), QStringLiteral("--name"),
                       QStringLiteral("North Physio")}) == 0);
    REQUIRE(admin.run({QStringLiteral("clinic"), QStringLiteral("list")}, &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("North Physio")));

    test::Cli staff = admin;
    staff.passwordFile =
        admin.addUser(QStringLiteral("sam"), QStringLiteral("staff"), {QStringLiteral("north")});
    staff.user = QStringLiteral("sam");
    CHECK(staff.run({QStringLiteral("clinic"), QStringLiteral("rename"), QStringLiteral("--id"),
                     QStringLiteral("north"), QStringLiteral("--name"), QStringLiteral("Mine")},
                    &out, &err) == 1);
    CHECK(test::Cli::errorCode(err) == QStringLiteral("ACCESS_DENIED"));
    CHECK(staff.run({QStringLiteral("clinic"), QStringLiteral("set-key"), QStringLiteral("--id"),
                     QStringLiteral("north"), QStringLiteral("--api-key-file"), good},
                    &out, &err) == 1);
    CHECK(test::Cli::errorCode(err) == QStringLiteral("ACCESS_DENIED"));
    CHECK(storedApiKey(admin.dataDir, QStringLiteral("north")) == sim.apiKey());
    REQUIRE(admin.run({QStringLiteral("audit"), QStringLiteral("list")}, &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("access.denied")));
    CHECK(out.contains(QStringLiteral("api_key.change")));
}
