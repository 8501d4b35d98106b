// `routiq-cli clinic remove` leaves nothing of the clinic behind: no grant that a clinic
// re-added under the same id would inherit, no set-aside copy of its cache, no keychain entry
// (its API key; its cache key is derived from the data key, never stored).
#include "e2etestsupport.h"
#include "testapp.h"
#include "testfolder.h"

#include "secrets/keychainsecretstore.h"
#include "secrets/keyslotstore.h"
#include "secrets/keyvault.h"
#include "session/appcontext.h"
#include "simulator/clinikosimulator.h"
#include "storage/appdatabase.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace routiq;

namespace {

// The data folder's keychain service, named by the folder id kept in keyslots.db.
QString keychainServiceOf(const QString &dataDir)
{
    RoutiqError error;
    const auto keySlots = KeySlotStore::open(dataDir, &error);
    REQUIRE(keySlots);
    return KeychainSecretStore::serviceFor(keySlots->folderId());
}

// The clinics column of `user list` for `name`.
QString clinicsOf(const test::Cli &admin, const QString &name)
{
    QString out;
    REQUIRE(admin.run({QStringLiteral("user"), QStringLiteral("list")}, &out) == 0);
    for (const QString &line : out.split(QLatin1Char('\n'))) {
        const QStringList words = line.simplified().split(QLatin1Char(' '));
        if (words.value(0) == name)
            return words.value(3);
    }
    FAIL("no account " << name.toStdString() << " in: " << out.toStdString());
    return {};
}

// Whether the data folder's keychain service holds `entry` (the throw-away test keyring).
bool keychainHas(const QString &dataDir, const QString &entry)
{
    KeychainSecretStore store(keychainServiceOf(dataDir));
    bool answered = false, found = false;
    RoutiqError error;
    store.read(entry, [&](const std::optional<QByteArray> &value, const RoutiqError &e) {
        answered = true;
        found = value.has_value();
        error = e;
    });
    REQUIRE(test::spinUntil([&] { return answered; }, 30'000));
    REQUIRE(error.isNull());
    return found;
}

void touch(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("an old copy of the cache");
}

} // namespace

TEST_CASE("clinic remove deletes the clinic's grants, its set-aside copies and its keychain "
          "entries")
{
    test::ensureCoreApp();
    ClinikoSimulator sim(test::smallClinic(5, 20));
    sim.setRateLimitEnabled(false);
    REQUIRE(sim.start());
    QTemporaryDir dir;
    test::Cli admin{dir.filePath(QStringLiteral("data"))};
    REQUIRE(admin.signInAsNewAdmin());
    REQUIRE(admin.addClinic(QStringLiteral("north"), QStringLiteral("cliniko"), sim.baseUrl(),
                            sim.apiKey()));
    REQUIRE(admin.addClinic(QStringLiteral("northwest"), QStringLiteral("cliniko"), sim.baseUrl(),
                            sim.apiKey()));
    REQUIRE_FALSE(admin
                      .addUser(QStringLiteral("sam"), QStringLiteral("staff"),
                               {QStringLiteral("north"), QStringLiteral("northwest")})
                      .isEmpty());
    REQUIRE(clinicsOf(admin, QStringLiteral("sam")) == QStringLiteral("north,northwest"));
    REQUIRE(admin.run({QStringLiteral("sync"), QStringLiteral("--clinic"),
                       QStringLiteral("north")}) == 0);

    // Copies the cache was set aside as when it once read as damaged.
    const QString cache = AppDatabase::clinicDatabasePath(admin.dataDir, QStringLiteral("north"));
    const QString other =
        AppDatabase::clinicDatabasePath(admin.dataDir, QStringLiteral("northwest"));
    touch(cache + QStringLiteral(".unreadable-20261101T101010Z"));
    touch(cache + QStringLiteral(".unreadable-20261101T101010Z-wal"));
    touch(cache + QStringLiteral(".unreadable-20261102T090000Z-2"));
    touch(other + QStringLiteral(".unreadable-20261101T101010Z"));
    REQUIRE(keychainHas(admin.dataDir, KeyVault::apiKeyName(QStringLiteral("north"))));

    REQUIRE(admin.run({QStringLiteral("clinic"), QStringLiteral("remove"), QStringLiteral("--id"),
                       QStringLiteral("north")}) == 0);

    CHECK(clinicsOf(admin, QStringLiteral("sam")) == QStringLiteral("northwest"));
    const QDir clinics = QFileInfo(cache).absoluteDir();
    CHECK(clinics.entryList({QStringLiteral("north.db*")}, QDir::Files).isEmpty());
    CHECK(QFile::exists(other + QStringLiteral(".unreadable-20261101T101010Z"))); // not its own
    CHECK_FALSE(keychainHas(admin.dataDir, KeyVault::apiKeyName(QStringLiteral("north"))));
    CHECK(keychainHas(admin.dataDir, KeyVault::apiKeyName(QStringLiteral("northwest"))));

    // A clinic added again under the same id starts with no one granted to it, and its cache
    // (whose key is derived from the same id) holds exactly the new PMS's data, none of the
    // old clinic's.
    ClinikoSimulator another(test::smallClinic(5, 20, 4242));
    another.setRateLimitEnabled(false);
    REQUIRE(another.start());
    REQUIRE(admin.addClinic(QStringLiteral("north"), QStringLiteral("cliniko"), another.baseUrl(),
                            another.apiKey()));
    CHECK(clinicsOf(admin, QStringLiteral("sam")) == QStringLiteral("northwest"));
    REQUIRE(admin.run({QStringLiteral("sync"), QStringLiteral("--clinic"),
                       QStringLiteral("north")}) == 0);
    const auto context =
        test::unlockFolder(admin.dataDir, QStringLiteral("admin"), test::cliAdminPassword());
    REQUIRE(context);
    CHECK(test::compareCacheWithClinic(cache, test::cacheKey(*context, QStringLiteral("north")),
                                       another.clinic())
              .isEmpty());
}
