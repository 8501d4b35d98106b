#include "secrets/keychainsecretstore.h"
#include "secrets/keyvault.h"
#include "security/securityschema.h"
#include "session/appschema.h"
#include "session/clinicdataremoval.h"
#include "storage/appdatabase.h"
#include "storage/clinicdatabasereader.h"
#include "storagefixtures.h"
#include "testapp.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace routiq;
using namespace routiq::test;

namespace {

ClinicConnection northClinic()
{
    ClinicConnection c;
    c.id = QStringLiteral("north-clinic");
    c.name = QStringLiteral("North Physio");
    c.pmsKind = PmsKind::Nookal;
    c.baseUrlOverride = QStringLiteral("http://127.0.0.1:8080");
    c.timeZoneOverride = QStringLiteral("Australia/Perth");
    c.contactEmail = QStringLiteral("ops@north.invalid");
    c.patientNameRetentionYears = 7;
    c.createdAt = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC);
    return c;
}

} // namespace

TEST_CASE("clinic connections are added, listed, updated and removed in the encrypted app database")
{
    ensureCoreApp();
    QTemporaryDir dir;
    const QString path = AppDatabase::defaultFilePath(dir.path());
    const DatabaseKey key = DatabaseKey::generate();
    RoutiqError error;
    {
        auto app = AppDatabase::open(path, key, AppSchema::migrator(), &error);
        REQUIRE(app);
        CHECK(app->clinicConnections(&error).isEmpty());
        REQUIRE(app->addClinicConnection(northClinic(), &error));
        CHECK_FALSE(app->addClinicConnection(northClinic(), &error));
        CHECK(error.code == QStringLiteral("CLINIC_EXISTS"));
        ClinicConnection bad = northClinic();
        bad.id = QStringLiteral("../escape");
        CHECK_FALSE(app->addClinicConnection(bad, &error));
        CHECK(error.code == QStringLiteral("CLINIC_ID_INVALID"));
    }
    auto app = AppDatabase::open(path, key, AppSchema::migrator(), &error);
    REQUIRE(app);
    REQUIRE(app->clinicConnections().size() == 1);
    CHECK(app->clinicConnections().first() == northClinic());
    ClinicConnection changed = northClinic();
    changed.name = QStringLiteral("North Physio & Pilates");
    changed.pmsKind = PmsKind::Cliniko;
    REQUIRE(app->updateClinicConnection(changed, &error));
    CHECK(app->clinicConnection(changed.id) == changed);
    REQUIRE(app->removeClinicConnection(changed.id, &error));
    CHECK_FALSE(app->clinicConnection(changed.id).has_value());
    CHECK(AppDatabase::clinicDatabasePath(QStringLiteral("/data"), QStringLiteral("north")) ==
          QStringLiteral("/data/clinics/north.db"));
    app.reset();
    CHECK_FALSE(readAll(path).contains("ops@north.invalid"));
}

TEST_CASE("the app database holds the account and audit tables, every security migration included")
{
    ensureCoreApp();
    QTemporaryDir dir;
    RoutiqError error;
    auto app = AppDatabase::open(AppDatabase::defaultFilePath(dir.path()), DatabaseKey::generate(),
                                 AppSchema::migrator(), &error);
    REQUIRE(app);
    const QStringList tables = app->database().tables();
    for (const char *table :
         {"clinic_connections", "accounts", "account_clinics", "login_throttle", "audit_log"})
        CHECK(tables.contains(QString::fromLatin1(table)));
    int securityStepsInAppSchema = 0;
    for (const Migration &m : AppSchema::migrations())
        securityStepsInAppSchema += m.description.startsWith(QStringLiteral("security: ")) ? 1 : 0;
    CHECK(securityStepsInAppSchema == SecuritySchema::migrations().size());
}

TEST_CASE("an unreadable app database is refused and left where it is, not set aside")
{
    ensureCoreApp();
    QTemporaryDir dir;
    const QString path = AppDatabase::defaultFilePath(dir.path());
    RoutiqError error;
    REQUIRE(AppDatabase::open(path, DatabaseKey::generate(), AppSchema::migrator(), &error));
    const QByteArray before = readAll(path);
    CHECK_FALSE(AppDatabase::open(path, DatabaseKey::generate(), AppSchema::migrator(), &error));
    CHECK(error.code == QStringLiteral("DATABASE_UNREADABLE"));
    CHECK(readAll(path) == before);
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("routiq.db")});
}

TEST_CASE("retention blanks the names of patients unseen for N years and every fact stays the same")
{
    ensureCoreApp();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ret.db"));
    const DatabaseKey key = DatabaseKey::generate();
    auto db = openSeeded(path, key);
    REQUIRE(db);
    RoutiqError error;
    ChangeSet changes;
    // Patients 1..10 were seen in 2015; patients 1..3 again in 2024.
    REQUIRE(
        db->applyPage(appointmentsPage(10, 1, QDateTime(QDate(2015, 3, 2), QTime(0, 0), Qt::UTC)),
                      checkpointFor(ResourceKind::Appointments, {}), &changes, &error));
    PmsPage recent = appointmentsPage(3, 100, QDateTime(QDate(2024, 3, 4), QTime(0, 0), Qt::UTC));
    REQUIRE(db->applyPage(recent, checkpointFor(ResourceKind::Appointments, {}), &changes, &error));
    auto reader = ClinicDatabaseReader::open(path, key, &error);
    REQUIRE(reader);
    const QList<AppointmentFact> before = reader->loadFacts(&error);

    ManualClock clock(QDateTime(QDate(2025, 6, 1), QTime(0, 0), Qt::UTC));
    CHECK(db->applyPatientNameRetention(0, clock, &error) == 0);
    CHECK(db->applyPatientNameRetention(5, clock, &error) == 7);
    CHECK(db->applyPatientNameRetention(5, clock, &error) == 0);
    CHECK(reader->loadFacts(&error) == before);

    AppointmentListQuery all;
    all.from = QDate(2015, 1, 1);
    all.to = QDate(2025, 1, 1);
    int named = 0;
    for (const AppointmentListRow &row : reader->appointments(all, &error)) {
        if (row.patientId <= 3)
            CHECK_FALSE(row.patientName.isEmpty());
        else
            CHECK(row.patientName.isEmpty());
        named += row.patientName.isEmpty() ? 0 : 1;
    }
    CHECK(named == 6);
}

TEST_CASE("removing a clinic connection deletes its cache files, its row and its keychain entries")
{
    ensureCoreApp();
    if (qEnvironmentVariable("ROUTIQ_IN_KEYRING") != QLatin1String("1"))
        FAIL("needs the throw-away keyring: run with scripts/test (tests/support/with-keyring)");
    QTemporaryDir dir;
    RoutiqError error;
    auto app = AppDatabase::open(AppDatabase::defaultFilePath(dir.path()), DatabaseKey::generate(),
                                 AppSchema::migrator(), &error);
    REQUIRE(app);
    ClinicConnection clinic = northClinic();
    clinic.id = QStringLiteral("removal-") + QString::number(QDateTime::currentMSecsSinceEpoch());
    REQUIRE(app->addClinicConnection(clinic, &error));

    KeychainSecretStore store(QStringLiteral("Routiq:test-") + clinic.id);
    KeyVault vault(&store);
    vault.setDataKey(DataKey::generate());
    bool done = false;
    DatabaseKey key;
    vault.databaseKey(clinic.id, [&](const DatabaseKey &k, const RoutiqError &e) {
        done = true;
        key = k;
        error = e;
    });
    REQUIRE(QTest::qWaitFor([&] { return done; }, 15000));
    REQUIRE(key.isValid());
    done = false;
    vault.setApiKey(clinic.id, QStringLiteral("api"), [&](const RoutiqError &e) {
        done = true;
        error = e;
    });
    REQUIRE(QTest::qWaitFor([&] { return done; }, 15000));

    const QString cachePath = AppDatabase::clinicDatabasePath(dir.path(), clinic.id);
    {
        auto cache = openSeeded(cachePath, key);
        REQUIRE(cache);
        auto reader = ClinicDatabaseReader::open(cachePath, key, &error); // leaves -wal/-shm
        REQUIRE(reader);
        REQUIRE(QFileInfo::exists(cachePath + QStringLiteral("-wal")));
    }
    QFile(cachePath + QStringLiteral("-wal")).open(QIODevice::WriteOnly); // as after a crash

    done = false;
    error = RoutiqError::make(QStringLiteral("NOT_CALLED"), {});
    ClinicDataRemoval::remove(app.get(), &vault, dir.path(), clinic.id, [&](const RoutiqError &e) {
        done = true;
        error = e;
    });
    REQUIRE(QTest::qWaitFor([&] { return done; }, 15000));
    CHECK(error.isNull());
    CHECK_FALSE(QFileInfo::exists(cachePath));
    CHECK_FALSE(QFileInfo::exists(cachePath + QStringLiteral("-wal")));
    CHECK_FALSE(app->clinicConnection(clinic.id).has_value());
    for (const QString &name : {KeyVault::apiKeyName(clinic.id)}) {
        done = false;
        std::optional<QByteArray> value = QByteArray("sentinel");
        store.read(name, [&](const std::optional<QByteArray> &v, const RoutiqError &e) {
            done = true;
            value = v;
            error = e;
        });
        REQUIRE(QTest::qWaitFor([&] { return done; }, 15000));
        CHECK(error.isNull());
        CHECK_FALSE(value.has_value());
    }
}
