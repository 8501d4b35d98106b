#include "secrets/keychainsecretstore.h"
#include "secrets/keyvault.h"
#include "secrets/vaultfilesecretstore.h"
#include "storagefixtures.h"
#include "testapp.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace routiq;
using namespace routiq::test;

namespace {

void requireKeyring()
{
    ensureCoreApp();
    if (qEnvironmentVariable("ROUTIQ_IN_KEYRING") != QLatin1String("1"))
        FAIL("keychain tests need the throw-away keyring: run them with scripts/test "
             "(tests/support/with-keyring)");
}

struct KeyResult
{
    bool done = false;
    DatabaseKey key;
    RoutiqError error;
};

KeyVault::KeyCallback collect(KeyResult *r)
{
    return [r](const DatabaseKey &key, const RoutiqError &error) {
        r->done = true;
        r->key = key;
        r->error = error;
    };
}

QString uniqueClinic()
{
    return QStringLiteral("test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool waitFor(const bool &flag)
{
    return QTest::qWaitFor([&] { return flag; }, 15000);
}

void writeMasterKey(const QString &path, QFileDevice::Permissions permissions)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(DatabaseKey::generate().toHex().toLatin1() + '\n');
    f.close();
    REQUIRE(f.setPermissions(permissions));
}

} // namespace

TEST_CASE("a clinic's database key is derived from the data key, per clinic, and never asked of "
          "the keychain")
{
    requireKeyring();
    const QString clinic = uniqueClinic();
    KeychainSecretStore store(QStringLiteral("Routiq:test-") + clinic);
    KeyVault vault(&store);
    KeyResult locked;
    vault.databaseKey(clinic, collect(&locked));
    REQUIRE(waitFor(locked.done));
    CHECK(locked.error.code == QStringLiteral("DATA_LOCKED"));
    CHECK_FALSE(locked.key.isValid());

    const DataKey dataKey = DataKey::generate();
    vault.setDataKey(dataKey);
    KeyResult first, again, other;
    vault.databaseKey(clinic, collect(&first));
    vault.databaseKey(clinic, collect(&again));
    vault.databaseKey(clinic + QStringLiteral("-b"), collect(&other));
    REQUIRE(waitFor(first.done));
    REQUIRE(waitFor(again.done));
    REQUIRE(waitFor(other.done));
    REQUIRE(first.error.isNull());
    CHECK(first.key.isValid());
    CHECK(first.key == again.key);
    CHECK_FALSE(first.key == other.key);
    CHECK(first.key == dataKey.databaseKey(DataKey::clinicPurpose(clinic)));
    CHECK_FALSE(first.key.bytes() == dataKey.bytes());

    KeyVault otherFolder(&store);
    otherFolder.setDataKey(DataKey::generate());
    KeyResult foreign;
    otherFolder.databaseKey(clinic, collect(&foreign));
    REQUIRE(waitFor(foreign.done));
    CHECK_FALSE(foreign.key == first.key);
}

TEST_CASE("an API key round-trips through the keychain sealed under the data key, and a missing "
          "one says so")
{
    requireKeyring();
    const QString clinic = uniqueClinic();
    KeychainSecretStore store(QStringLiteral("Routiq:test-") + clinic);
    KeyVault vault(&store);
    bool done = false;
    QString value;
    RoutiqError error;
    auto read = [&](KeyVault &v) {
        done = false;
        v.apiKey(clinic, [&](const QString &text, const RoutiqError &e) {
            done = true;
            value = text;
            error = e;
        });
        REQUIRE(waitFor(done));
    };
    read(vault);
    CHECK(error.code == QStringLiteral("DATA_LOCKED"));
    vault.setDataKey(DataKey::generate());
    read(vault);
    CHECK(error.code == QStringLiteral("API_KEY_MISSING"));

    done = false;
    vault.setApiKey(clinic, QStringLiteral("MS0xMjM0-secret-au1"), [&](const RoutiqError &e) {
        done = true;
        error = e;
    });
    REQUIRE(waitFor(done));
    REQUIRE(error.isNull());
    read(vault);
    CHECK(error.isNull());
    CHECK(value == QStringLiteral("MS0xMjM0-secret-au1"));

    // What the keychain holds is sealed: no API key in it, and another data key cannot read it.
    std::optional<QByteArray> raw;
    done = false;
    store.read(KeyVault::apiKeyName(clinic),
               [&](const std::optional<QByteArray> &v, const RoutiqError &) {
                   raw = v;
                   done = true;
               });
    REQUIRE(waitFor(done));
    REQUIRE(raw);
    CHECK_FALSE(raw->contains("MS0xMjM0-secret-au1"));
    KeyVault stranger(&store);
    stranger.setDataKey(DataKey::generate());
    read(stranger);
    CHECK(error.code == QStringLiteral("API_KEY_UNREADABLE"));
    CHECK(value.isEmpty());
}

TEST_CASE("removing a clinic's secrets deletes its API key from the keychain")
{
    requireKeyring();
    const QString clinic = uniqueClinic();
    KeychainSecretStore store(QStringLiteral("Routiq:test-") + clinic);
    KeyVault vault(&store);
    vault.setDataKey(DataKey::generate());
    bool done = false;
    RoutiqError error;
    vault.setApiKey(clinic, QStringLiteral("k"), [&](const RoutiqError &e) {
        done = true;
        error = e;
    });
    REQUIRE(waitFor(done));

    done = false;
    vault.removeClinicSecrets(clinic, [&](const RoutiqError &e) {
        done = true;
        error = e;
    });
    REQUIRE(waitFor(done));
    CHECK(error.isNull());
    std::optional<QByteArray> stored = QByteArray("sentinel");
    done = false;
    store.read(KeyVault::apiKeyName(clinic),
               [&](const std::optional<QByteArray> &v, const RoutiqError &e) {
                   done = true;
                   stored = v;
                   error = e;
               });
    REQUIRE(waitFor(done));
    CHECK(error.isNull());
    CHECK_FALSE(stored.has_value());

    done = false;
    vault.removeClinicSecrets(clinic, [&](const RoutiqError &e) {
        done = true;
        error = e;
    });
    REQUIRE(waitFor(done));
    CHECK(error.isNull()); // removing what is already gone is fine
}

TEST_CASE(
    "with no keychain reachable, asking for a secret fails with KEYCHAIN_UNAVAILABLE and how to "
    "fix it")
{
    ensureCoreApp();
    QProcess probe;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
               QStringLiteral("unix:path=/nonexistent/routiq-no-bus"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    probe.setProcessEnvironment(env);
    probe.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    probe.start(QStringLiteral(ROUTIQ_TEST_BIN_DIR "/storage_test_helper"),
                {QStringLiteral("keychain-probe")});
    REQUIRE(probe.waitForFinished(60000));
    CHECK(probe.exitCode() == 1);
    const QJsonObject result = QJsonDocument::fromJson(probe.readAllStandardOutput()).object();
    CHECK(result.value(QStringLiteral("code")).toString() ==
          QStringLiteral("KEYCHAIN_UNAVAILABLE"));
    CHECK(result.value(QStringLiteral("message"))
              .toString()
              .contains(QStringLiteral("master key file")));
    CHECK_FALSE(result.value(QStringLiteral("gotKey")).toBool());
}

TEST_CASE("the headless vault keeps keys sealed under the master key file and reopens with it only")
{
    ensureCoreApp();
    QTemporaryDir home;
    const QString dataDir = home.filePath(QStringLiteral("data"));
    QDir().mkpath(dataDir);
    const QString masterPath = home.filePath(QStringLiteral("master.key"));
    writeMasterKey(masterPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    RoutiqError error;
    auto store = VaultFileSecretStore::open(masterPath, dataDir, &error);
    REQUIRE(store);
    KeyVault vault(store.get());
    const DataKey dataKey = DataKey::generate();
    vault.setDataKey(dataKey);
    KeyResult first;
    vault.databaseKey(QStringLiteral("north"), collect(&first));
    REQUIRE(waitFor(first.done));
    REQUIRE(first.error.isNull());
    bool done = false;
    vault.setApiKey(QStringLiteral("north"), QStringLiteral("api-secret-value"),
                    [&](const RoutiqError &e) {
                        done = true;
                        error = e;
                    });
    REQUIRE(waitFor(done));
    REQUIRE(error.isNull());

    const QString vaultPath = QDir(dataDir).filePath(VaultFileSecretStore::vaultFileName());
    const QByteArray sealed = readAll(vaultPath);
    CHECK_FALSE(sealed.contains(first.key.toHex().toLatin1()));
    CHECK_FALSE(sealed.contains(first.key.bytes().toBase64()));
    CHECK_FALSE(sealed.contains(dataKey.bytes().toBase64()));
    CHECK_FALSE(sealed.contains("api-secret-value"));
    CHECK(QFile::permissions(vaultPath) == (QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                            QFileDevice::ReadUser | QFileDevice::WriteUser));

    store.reset();
    auto reopened = VaultFileSecretStore::open(masterPath, dataDir, &error);
    REQUIRE(reopened);
    KeyVault again(reopened.get());
    again.setDataKey(dataKey);
    QString apiKey;
    done = false;
    again.apiKey(QStringLiteral("north"), [&](const QString &v, const RoutiqError &e) {
        apiKey = v;
        error = e;
        done = true;
    });
    REQUIRE(waitFor(done));
    CHECK(apiKey == QStringLiteral("api-secret-value"));
    reopened.reset();

    const QString otherMaster = home.filePath(QStringLiteral("other.key"));
    writeMasterKey(otherMaster, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    CHECK_FALSE(VaultFileSecretStore::open(otherMaster, dataDir, &error));
    CHECK(error.code == QStringLiteral("MASTER_KEY_MISMATCH"));
}

TEST_CASE("the headless vault refuses a master key file others can read, inside the data folder, "
          "or malformed")
{
    ensureCoreApp();
    QTemporaryDir home;
    const QString dataDir = home.filePath(QStringLiteral("data"));
    QDir().mkpath(dataDir);
    RoutiqError error;

    const QString open = home.filePath(QStringLiteral("open.key"));
    writeMasterKey(open, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                             QFileDevice::ReadOther);
    CHECK_FALSE(VaultFileSecretStore::open(open, dataDir, &error));
    CHECK(error.code == QStringLiteral("MASTER_KEY_FILE_REJECTED"));
    CHECK(error.message.contains(QStringLiteral("chmod 600")));

    const QString inside = QDir(dataDir).filePath(QStringLiteral("master.key"));
    writeMasterKey(inside, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    CHECK_FALSE(VaultFileSecretStore::open(inside, dataDir, &error));
    CHECK(error.message.contains(QStringLiteral("data folder")));

    const QString shortKey = home.filePath(QStringLiteral("short.key"));
    {
        QFile f(shortKey);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("too short");
        f.close();
        REQUIRE(f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    }
    CHECK_FALSE(VaultFileSecretStore::open(shortKey, dataDir, &error));
    CHECK_FALSE(
        VaultFileSecretStore::open(home.filePath(QStringLiteral("missing.key")), dataDir, &error));
    CHECK(error.code == QStringLiteral("MASTER_KEY_FILE_REJECTED"));
    CHECK_FALSE(QFile::exists(QDir(dataDir).filePath(VaultFileSecretStore::vaultFileName())));
}
