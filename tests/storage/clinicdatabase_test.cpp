#include "storage/clinicdatabasereader.h"
#include "storage/clinicschema.h"
#include "storage/databasefile.h"
#include "storagefixtures.h"
#include "testapp.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace routiq;
using namespace routiq::test;

namespace {

QString pragma(const ClinicDatabase &db, const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(db.connectionName(), false));
    if (!q.exec(sql) || !q.next())
        return QStringLiteral("<error>");
    return q.value(0).toString();
}

qint64 countRows(const ClinicDatabase &db, const QString &table)
{
    return pragma(db, QStringLiteral("SELECT count(*) FROM ") + table).toLongLong();
}

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

} // namespace

TEST_CASE(
    "a new clinic database is encrypted, in WAL mode, synchronous NORMAL, at the newest schema")
{
    ensureCoreApp();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("clinic.db"));
    auto db = openSeeded(path, DatabaseKey::generate());
    REQUIRE(db);
    CHECK(pragma(*db, QStringLiteral("PRAGMA journal_mode")) == QStringLiteral("wal"));
    CHECK(pragma(*db, QStringLiteral("PRAGMA synchronous")) == QStringLiteral("1"));
    CHECK(pragma(*db, QStringLiteral("SELECT max(version) FROM schema_version")).toInt() ==
          ClinicSchema::migrator().latestVersion());
    CHECK_FALSE(pragma(*db, QStringLiteral("PRAGMA cipher_version")).isEmpty());
    CHECK(countRows(*db, QStringLiteral("patients")) == 10);
    db.reset();
    const QByteArray bytes = readAll(path);
    CHECK_FALSE(bytes.startsWith("SQLite format 3"));
    for (const QString &name : kSeededSurnames)
        CHECK_FALSE(bytes.contains(name.toUtf8()));
}

TEST_CASE("a page and its checkpoint are stored together and a repeated page never duplicates rows")
{
    ensureCoreApp();
    QTemporaryDir dir;
    auto db = openSeeded(dir.filePath(QStringLiteral("c.db")), DatabaseKey::generate());
    REQUIRE(db);
    const PmsPage page = appointmentsPage(20, 1000, utc("2024-01-01T22:30:00Z"));
    SyncCheckpoint cp = checkpointFor(ResourceKind::Appointments, QStringLiteral("next-2"));
    ChangeSet changes;
    RoutiqError error;
    REQUIRE(db->applyPage(page, cp, &changes, &error));
    CHECK(changes.upsertedAppointmentIds.size() == 20);
    CHECK(changes.recordCount == 20);
    REQUIRE(db->checkpoint(ResourceKind::Appointments) == cp);
    CHECK_FALSE(db->checkpoint(ResourceKind::Locations)->backfillComplete);

    cp.cursor.clear();
    cp.backfillComplete = true;
    ChangeSet again;
    REQUIRE(db->applyPage(page, cp, &again, &error));
    CHECK(countRows(*db, QStringLiteral("appointments")) == 20);
    CHECK(db->checkpoint(ResourceKind::Appointments) == cp);
    CHECK(db->checkpoint(ResourceKind::Patients).has_value());
}

TEST_CASE("local date, hour and weekday come from the location zone, Nookal's wall clock, or the "
          "clinic default")
{
    ensureCoreApp();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("z.db"));
    const DatabaseKey key = DatabaseKey::generate();
    auto db = openSeeded(path, key);
    REQUIRE(db);
    PmsPage page;
    page.kind = ResourceKind::Appointments;
    Appointment a;
    a.patientId = 1;
    a.practitionerId = 10;
    a.startsAt = utc("2024-01-01T22:30:00Z");
    a.id = 1;
    a.locationId = 1;
    page.appointments << a; // Melbourne, UTC+11 in January
    a.id = 2;
    a.locationId = 2;
    page.appointments << a; // Auckland, UTC+13
    a.id = 3;
    a.locationId = 3;
    page.appointments << a; // no zone: clinic default Brisbane, UTC+10
    Appointment nookal = a;
    nookal.id = 4;
    nookal.locationId = 1;
    nookal.startsAt = QDateTime();
    nookal.wallClockStart = WallClock{QDate(2024, 3, 5), QTime(14, 0)};
    page.appointments << nookal;
    RoutiqError error;
    ChangeSet changes;
    REQUIRE(db->applyPage(page, checkpointFor(ResourceKind::Appointments, {}), &changes, &error));

    auto reader = ClinicDatabaseReader::open(path, key, &error);
    REQUIRE(reader);
    QList<AppointmentFact> facts = reader->loadFacts(&error);
    REQUIRE(error.isNull());
    std::sort(facts.begin(), facts.end(), [](auto &x, auto &y) { return x.id < y.id; });
    REQUIRE(facts.size() == 4);
    CHECK(facts[0].localJulianDay == QDate(2024, 1, 2).toJulianDay());
    CHECK(facts[0].localHour == 9);
    CHECK(facts[0].localWeekday == 2);
    CHECK(facts[1].localHour == 11);
    CHECK(facts[2].localHour == 8);
    CHECK(facts[2].localJulianDay == QDate(2024, 1, 2).toJulianDay());
    CHECK(facts[3].localJulianDay == QDate(2024, 3, 5).toJulianDay());
    CHECK(facts[3].localHour == 14);
    CHECK(facts[3].localWeekday == 2);
    CHECK(facts[3].startsAtUtcMSecs == utc("2024-03-05T03:00:00Z").toMSecsSinceEpoch());
    CHECK(facts[0].startsAtUtcMSecs == a.startsAt.toMSecsSinceEpoch());
    CHECK(changes.localJulianDays ==
          QSet<qint64>{QDate(2024, 1, 2).toJulianDay(), QDate(2024, 3, 5).toJulianDay()});
}

TEST_CASE("moving an appointment reports both its old and its new local day")
{
    ensureCoreApp();
    QTemporaryDir dir;
    auto db = openSeeded(dir.filePath(QStringLiteral("m.db")), DatabaseKey::generate());
    REQUIRE(db);
    PmsPage page = appointmentsPage(1, 77, utc("2024-01-01T00:00:00Z")); // Melbourne 11:00 Jan 1
    RoutiqError error;
    ChangeSet first;
    REQUIRE(db->applyPage(page, checkpointFor(ResourceKind::Appointments, {}), &first, &error));
    page.appointments[0].startsAt = utc("2024-01-09T00:00:00Z");
    ChangeSet moved;
    REQUIRE(db->applyPage(page, checkpointFor(ResourceKind::Appointments, {}), &moved, &error));
    CHECK(moved.localJulianDays ==
          QSet<qint64>{QDate(2024, 1, 1).toJulianDay(), QDate(2024, 1, 9).toJulianDay()});
    CHECK(moved.upsertedAppointmentIds == QList<RecordId>{77});
}

TEST_CASE("removed appointments leave the cache and the change set names them and their days")
{
    ensureCoreApp();
    QTemporaryDir dir;
    auto db = openSeeded(dir.filePath(QStringLiteral("r.db")), DatabaseKey::generate());
    REQUIRE(db);
    RoutiqError error;
    ChangeSet changes;
    REQUIRE(db->applyPage(appointmentsPage(3, 1, utc("2024-01-01T00:00:00Z")),
                          checkpointFor(ResourceKind::Appointments, {}), &changes, &error));
    ChangeSet removed;
    REQUIRE(db->removeAppointments({2, 999}, &removed, &error));
    CHECK(removed.deletedAppointmentIds == QList<RecordId>{2});
    CHECK(removed.localJulianDays == QSet<qint64>{QDate(2024, 1, 1).toJulianDay()});
    CHECK(countRows(*db, QStringLiteral("appointments")) == 2);
}

TEST_CASE("the last successful sync time survives a reopen")
{
    ensureCoreApp();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.db"));
    const DatabaseKey key = DatabaseKey::generate();
    const QDateTime when = utc("2024-05-01T09:00:00.250Z");
    {
        auto db = openSeeded(path, key);
        REQUIRE(db);
        CHECK_FALSE(db->lastSuccessfulSync().isValid());
        RoutiqError error;
        REQUIRE(db->setLastSuccessfulSync(when, &error));
        REQUIRE(db->setLastSuccessfulSync(when, &error));
    }
    RoutiqError error;
    auto db = ClinicDatabase::open({path, key, QTimeZone::utc()}, &error);
    REQUIRE(db);
    CHECK(db->lastSuccessfulSync() == when);
}

TEST_CASE(
    "a full disk rolls the page back, reports DISK_FULL and keeps the earlier data and checkpoint")
{
    ensureCoreApp();
    QTemporaryDir dir;
    auto db = openSeeded(dir.filePath(QStringLiteral("f.db")), DatabaseKey::generate());
    REQUIRE(db);
    RoutiqError error;
    ChangeSet changes;
    const SyncCheckpoint before = checkpointFor(ResourceKind::Appointments, QStringLiteral("p1"));
    REQUIRE(db->applyPage(appointmentsPage(10, 1, utc("2024-01-01T00:00:00Z")), before, &changes,
                          &error));
    const QString pages = pragma(*db, QStringLiteral("PRAGMA page_count"));
    REQUIRE(pragma(*db, QStringLiteral("PRAGMA max_page_count = ") + pages) == pages);

    ChangeSet failed;
    CHECK_FALSE(db->applyPage(appointmentsPage(5000, 100, utc("2024-02-01T00:00:00Z")),
                              checkpointFor(ResourceKind::Appointments, QStringLiteral("p2")),
                              &failed, &error));
    CHECK(error.code == QStringLiteral("DISK_FULL"));
    CHECK(failed.isEmpty());
    CHECK(countRows(*db, QStringLiteral("appointments")) == 10);
    CHECK(db->checkpoint(ResourceKind::Appointments) == before);

    // Space again: the next page goes through.
    REQUIRE(pragma(*db, QStringLiteral("PRAGMA max_page_count = 1000000")) ==
            QStringLiteral("1000000"));
    REQUIRE(db->applyPage(appointmentsPage(5, 100, utc("2024-02-01T00:00:00Z")),
                          checkpointFor(ResourceKind::Appointments, QStringLiteral("p2")), &changes,
                          &error));
    CHECK(countRows(*db, QStringLiteral("appointments")) == 15);
}

TEST_CASE("a database written by a newer app is refused and left untouched")
{
    ensureCoreApp();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("n.db"));
    const DatabaseKey key = DatabaseKey::generate();
    {
        auto db = openSeeded(path, key);
        REQUIRE(db);
        QSqlQuery q(QSqlDatabase::database(db->connectionName(), false));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO schema_version (version, description, "
                                      "applied_at) VALUES (99, 'future', 0)")));
    }
    const QByteArray before = readAll(path);
    RoutiqError error;
    RoutiqError notice;
    auto db = ClinicDatabase::open({path, key, QTimeZone::utc()}, &error, &notice);
    CHECK_FALSE(db);
    CHECK(error.code == QStringLiteral("CACHE_FROM_NEWER_APP"));
    CHECK(error.message.contains(QStringLiteral("newer version")));
    CHECK(notice.isNull());
    CHECK(readAll(path) == before);
    CHECK_FALSE(ClinicDatabaseReader::open(path, key, &error));
}

TEST_CASE("a reader sees committed pages as facts and lists appointments with names and status")
{
    ensureCoreApp();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("read.db"));
    const DatabaseKey key = DatabaseKey::generate();
    auto db = openSeeded(path, key);
    REQUIRE(db);
    RoutiqError error;
    auto reader = ClinicDatabaseReader::open(path, key, &error);
    REQUIRE(reader);
    CHECK(reader->loadFacts(&error).isEmpty());

    PmsPage page = appointmentsPage(4, 1, utc("2024-01-01T00:00:00Z"));
    page.appointments[1].cancelled = true;
    page.appointments[1].cancelledAt = utc("2023-12-31T20:00:00Z");
    page.appointments[2].didNotArrive = true;
    page.appointments[3].patientArrived = true;
    page.appointments[0].deleted = true;
    ChangeSet changes;
    REQUIRE(db->applyPage(page, checkpointFor(ResourceKind::Appointments, {}), &changes, &error));

    const QList<AppointmentFact> facts = reader->loadFacts(&error);
    REQUIRE(facts.size() == 4);
    const QList<AppointmentFact> some = reader->loadFacts({2, 3, 12345}, &error);
    REQUIRE(some.size() == 2);
    CHECK(some[0].cancelled);
    CHECK(some[0].cancelledAtUtcMSecs == utc("2023-12-31T20:00:00Z").toMSecsSinceEpoch());
    CHECK(some[1].didNotArrive);
    CHECK_FALSE(some[1].cancelledAtUtcMSecs.has_value());
    CHECK(some[1].patientId == 3);

    AppointmentListQuery query;
    query.from = QDate(2024, 1, 1);
    query.to = QDate(2024, 1, 1);
    QList<AppointmentListRow> rows = reader->appointments(query, &error);
    REQUIRE(rows.size() == 3); // the deleted one is left out
    CHECK(rows[0].status == AppointmentStatus::Cancelled);
    CHECK(rows[1].status == AppointmentStatus::Missed);
    CHECK(rows[2].status == AppointmentStatus::Attended);
    CHECK(rows[2].patientName == QStringLiteral("Pat4 Quillfeather"));
    CHECK(rows[0].practitionerName == QStringLiteral("Ben Osteo"));
    CHECK(rows[0].locationName == QStringLiteral("Auckland"));
    CHECK(rows[0].localHour == 14); // 01:00 UTC in Auckland (UTC+13)

    query.practitionerId = 11;
    query.includeDeleted = true;
    query.withPatientNames = false;
    rows = reader->appointments(query, &error);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].patientName.isEmpty());
}

TEST_CASE("the appointment list carries end times, cancellation times and the late flag as the "
          "metrics define it")
{
    ensureCoreApp();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("late.db"));
    const DatabaseKey key = DatabaseKey::generate();
    auto db = openSeeded(path, key);
    REQUIRE(db);
    RoutiqError error;
    auto reader = ClinicDatabaseReader::open(path, key, &error);
    REQUIRE(reader);

    // Starts 00:00, 01:00, 02:00, 03:00 UTC on 1 Jan 2024, each 30 min long.
    PmsPage page = appointmentsPage(4, 1, utc("2024-01-01T00:00:00Z"));
    page.appointments[0].cancelled = true; // 4 h before: late
    page.appointments[0].cancelledAt = utc("2023-12-31T20:00:00Z");
    page.appointments[1].cancelled = true; // exactly 24 h before: not late
    page.appointments[1].cancelledAt = utc("2023-12-31T01:00:00Z");
    page.appointments[2].cancelled = true; // no time known: never late
    page.appointments[3].endsAt = QDateTime();
    ChangeSet changes;
    REQUIRE(db->applyPage(page, checkpointFor(ResourceKind::Appointments, {}), &changes, &error));

    AppointmentListQuery query;
    query.from = QDate(2024, 1, 1);
    query.to = QDate(2024, 1, 1);
    const QList<AppointmentListRow> rows = reader->appointments(query, &error);
    REQUIRE(rows.size() == 4);
    CHECK(rows[0].endsAtUtc == utc("2024-01-01T00:30:00Z"));
    CHECK(rows[0].cancelledAtUtc == utc("2023-12-31T20:00:00Z"));
    CHECK(rows[0].lateCancellation);
    CHECK(rows[1].status == AppointmentStatus::Cancelled);
    CHECK_FALSE(rows[1].lateCancellation);
    CHECK(rows[2].status == AppointmentStatus::Cancelled);
    CHECK_FALSE(rows[2].cancelledAtUtc.isValid());
    CHECK_FALSE(rows[2].lateCancellation);
    CHECK_FALSE(rows[3].endsAtUtc.isValid());
    CHECK_FALSE(rows[3].lateCancellation);
}

TEST_CASE("loading facts reads many appointments quickly", "[bench]")
{
    ensureCoreApp();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.db"));
    const DatabaseKey key = DatabaseKey::generate();
    const int total = qEnvironmentVariableIntValue("ROUTIQ_BENCH_ROWS") > 0
                          ? qEnvironmentVariableIntValue("ROUTIQ_BENCH_ROWS")
                          : 50'000;
    {
        auto db = openSeeded(path, key);
        REQUIRE(db);
        RoutiqError error;
        QElapsedTimer writeTimer;
        writeTimer.start();
        for (int done = 0; done < total; done += 5000) {
            ChangeSet changes;
            REQUIRE(
                db->applyPage(appointmentsPage(5000, done + 1,
                                               utc("2020-01-01T00:00:00Z").addSecs(3600LL * done)),
                              checkpointFor(ResourceKind::Appointments, QString::number(done)),
                              &changes, &error));
        }
        WARN("wrote " << total << " appointments in " << writeTimer.elapsed() << " ms");
    }
    RoutiqError error;
    auto reader = ClinicDatabaseReader::open(path, key, &error);
    REQUIRE(reader);
    QElapsedTimer timer;
    timer.start();
    const QList<AppointmentFact> facts = reader->loadFacts(&error);
    const qint64 ms = timer.elapsed();
    WARN("loaded " << facts.size() << " facts in " << ms << " ms");
    CHECK(facts.size() == total);
    CHECK(error.isNull());
}

TEST_CASE("a reader on a missing cache reports CACHE_CANNOT_OPEN and creates nothing")
{
    ensureCoreApp();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.db"));
    RoutiqError error;
    CHECK_FALSE(ClinicDatabaseReader::open(path, DatabaseKey::generate(), &error));
    CHECK(error.code == QStringLiteral("CACHE_CANNOT_OPEN"));
    CHECK_FALSE(QFileInfo::exists(path));
}

TEST_CASE("the folder made for a new cache is private to the user")
{
    ensureCoreApp();
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("clinics"));
    auto db = openSeeded(folder + QStringLiteral("/north.db"), DatabaseKey::generate());
    REQUIRE(db);
    CHECK(QFile::permissions(folder) ==
          (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
           QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser));
}

TEST_CASE("appointments stored before their location arrived move to its zone when it does")
{
    ensureCoreApp();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("late.db"));
    const DatabaseKey key = DatabaseKey::generate();
    auto db = openSeeded(path, key); // clinic default zone: Brisbane (UTC+10, no DST)
    REQUIRE(db);
    PmsPage page;
    page.kind = ResourceKind::Appointments;
    Appointment cliniko;
    cliniko.id = 501;
    cliniko.patientId = 1;
    cliniko.practitionerId = 10;
    cliniko.locationId = 9;                         // not cached yet
    cliniko.startsAt = utc("2024-01-01T13:30:00Z"); // Brisbane 23:30 Jan 1; Auckland 02:30 Jan 2
    Appointment nookal = cliniko;
    nookal.id = 502;
    nookal.startsAt = QDateTime();
    nookal.wallClockStart = WallClock{QDate(2024, 1, 5), QTime(9, 0)};
    page.appointments = {cliniko, nookal};
    RoutiqError error;
    ChangeSet first;
    REQUIRE(db->applyPage(page, checkpointFor(ResourceKind::Appointments, {}), &first, &error));

    PmsPage locations;
    locations.kind = ResourceKind::Locations;
    locations.locations = {
        {9, QStringLiteral("Wellington"), QStringLiteral("Pacific/Auckland"), false, {}}};
    ChangeSet moved;
    REQUIRE(db->applyPage(locations, checkpointFor(ResourceKind::Locations, {}), &moved, &error));
    CHECK(moved.upsertedAppointmentIds.size() == 2);
    CHECK(moved.localJulianDays.contains(QDate(2024, 1, 1).toJulianDay()));
    CHECK(moved.localJulianDays.contains(QDate(2024, 1, 2).toJulianDay()));

    auto reader = ClinicDatabaseReader::open(path, key, &error);
    REQUIRE(reader);
    const QList<AppointmentFact> facts = reader->loadFacts({501, 502}, &error);
    REQUIRE(facts.size() == 2);
    CHECK(facts[0].localJulianDay == QDate(2024, 1, 2).toJulianDay());
    CHECK(facts[0].localHour == 2);
    CHECK(facts[0].startsAtUtcMSecs == cliniko.startsAt.toMSecsSinceEpoch());
    // Nookal's wall clock stays; its UTC instant is read again in the real zone (UTC+13).
    CHECK(facts[1].localJulianDay == QDate(2024, 1, 5).toJulianDay());
    CHECK(facts[1].localHour == 9);
    CHECK(facts[1].startsAtUtcMSecs == utc("2024-01-04T20:00:00Z").toMSecsSinceEpoch());
}

TEST_CASE(
    "a cache from an older app is migrated in place, one recorded step at a time, keeping its rows")
{
    ensureCoreApp();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.db"));
    const DatabaseKey key = DatabaseKey::generate();
    {
        const SchemaMigrator v1(QStringLiteral("clinic cache"),
                                {ClinicSchema::migrations().first()});
        OpenedDatabase old =
            DatabaseFile::openForWriting(path, key, v1, DatabaseFile::Unreadable::Refuse);
        REQUIRE(old.connection);
        QSqlQuery q(old.connection->database());
        REQUIRE(q.exec(QStringLiteral("INSERT INTO patients (id, first_name) VALUES (7, 'Old')")));
    }
    RoutiqError error;
    auto db = ClinicDatabase::open({path, key, QTimeZone::utc()}, &error);
    REQUIRE(db);
    CHECK(pragma(*db, QStringLiteral("SELECT first_name FROM patients WHERE id = 7")) ==
          QStringLiteral("Old"));
    CHECK(pragma(*db, QStringLiteral("SELECT group_concat(version) FROM schema_version")) ==
          QStringLiteral("1,2,3,4,5,6,7,8"));
    CHECK(pragma(*db, QStringLiteral("SELECT count(wall_clock_start) FROM appointments")) ==
          QStringLiteral("0"));
}

TEST_CASE("a reader is not blocked by an open write transaction and sees only committed rows")
{
    ensureCoreApp();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("wal.db"));
    const DatabaseKey key = DatabaseKey::generate();
    auto db = openSeeded(path, key);
    REQUIRE(db);
    RoutiqError error;
    ChangeSet changes;
    REQUIRE(db->applyPage(appointmentsPage(5, 1, utc("2024-01-01T00:00:00Z")),
                          checkpointFor(ResourceKind::Appointments, {}), &changes, &error));
    auto reader = ClinicDatabaseReader::open(path, key, &error);
    REQUIRE(reader);

    QSqlDatabase writer = QSqlDatabase::database(db->connectionName(), false);
    REQUIRE(writer.transaction()); // BEGIN IMMEDIATE: holds the write lock
    QSqlQuery q(writer);
    REQUIRE(q.exec(QStringLiteral("DELETE FROM appointments WHERE id = 1")));
    QElapsedTimer timer;
    timer.start();
    CHECK(reader->loadFacts(&error).size() == 5);
    CHECK(timer.elapsed() < 2000); // well under the 5 s busy timeout: no waiting on the lock
    REQUIRE(writer.commit());
    CHECK(reader->loadFacts(&error).size() == 4);
}
