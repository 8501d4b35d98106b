// The first snapshot's reads from a real encrypted cache (issue 17): the facts of a span of
// days and each patient's first and latest booking must equal what the full history says,
// through upserts that move bookings and change statuses, deletions, Nookal-style removals,
// and a writer killed in the middle of a page.
#include "storage/clinicdatabasereader.h"
#include "storage/clinicschema.h"
#include "storage/databasefile.h"
#include "storage/firstsnapshotreader.h"
#include "storage/sqlconnection.h"
#include "storagefixtures.h"
#include "testapp.h"

#include <QHash>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <random>

using namespace routiq;
using namespace routiq::test;

namespace {

// What the reader must give, worked out from every fact of the cache.
PartialHistory expectedOf(const QList<AppointmentFact> &all, QDate first, QDate last)
{
    PartialHistory h;
    h.firstDay = first;
    h.lastDay = last;
    QHash<RecordId, AppointmentIndex::PatientSummary> summaries;
    for (const AppointmentFact &f : all) {
        if (f.deleted || f.cancelled)
            continue;
        auto it = summaries.find(f.patientId);
        if (it == summaries.end()) {
            summaries.insert(f.patientId, {f.startsAtUtcMSecs, f.id, f.startsAtUtcMSecs});
            continue;
        }
        if (f.startsAtUtcMSecs < it->firstStartsAtUtcMSecs ||
            (f.startsAtUtcMSecs == it->firstStartsAtUtcMSecs && f.id < it->firstId)) {
            it->firstStartsAtUtcMSecs = f.startsAtUtcMSecs;
            it->firstId = f.id;
        }
        it->latestStartsAtUtcMSecs = std::max(it->latestStartsAtUtcMSecs, f.startsAtUtcMSecs);
    }
    for (const AppointmentFact &f : all) {
        const QDate day = QDate::fromJulianDay(f.localJulianDay);
        if (day < first || day > last)
            continue;
        h.facts.append(f);
        if (!f.deleted && !f.cancelled)
            h.patients.insert(f.patientId, summaries.value(f.patientId));
    }
    return h;
}

void requireSame(const PartialHistory &actual, const PartialHistory &expected)
{
    auto byId = [](QList<AppointmentFact> facts) {
        std::sort(facts.begin(), facts.end(),
                  [](const AppointmentFact &a, const AppointmentFact &b) { return a.id < b.id; });
        return facts;
    };
    CHECK(byId(actual.facts) == byId(expected.facts));
    CHECK(actual.patients.size() == expected.patients.size());
    for (auto it = expected.patients.cbegin(); it != expected.patients.cend(); ++it) {
        INFO("patient " << it.key());
        CHECK(actual.patients.value(it.key()) == it.value());
    }
}

class Writes
{
public:
    explicit Writes(unsigned seed) : m_rng(seed) {}
    qint64 pick(qint64 low, qint64 high)
    {
        return std::uniform_int_distribution<qint64>(low, high)(m_rng);
    }

    // A random appointment of one of 30 patients, on a half-hour grid (instants tie) over
    // 200 days, at a Melbourne or Auckland location.
    Appointment appointment(RecordId id)
    {
        Appointment a;
        a.id = id;
        a.patientId = pick(1, 30);
        a.practitionerId = pick(10, 11);
        a.locationId = pick(1, 2);
        a.startsAt =
            QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs(pick(0, 200 * 48) * 1800);
        const int status = int(pick(0, 99));
        a.deleted = status < 5;
        a.cancelled = status >= 5 && status < 20;
        if (a.cancelled)
            a.cancelledAt = a.startsAt.addSecs(-pick(0, 72) * 3600);
        a.didNotArrive = pick(0, 9) == 0;
        a.patientArrived = !a.didNotArrive && pick(0, 1) == 0;
        return a;
    }

    std::pair<QDate, QDate> span()
    {
        const QDate first = QDate(2026, 1, 1).addDays(pick(-5, 200));
        return {first, first.addDays(pick(0, 40))};
    }

private:
    std::mt19937_64 m_rng;
};

void checkSpans(const ClinicDatabaseReader &reader, Writes &writes, int spans)
{
    RoutiqError error;
    const QList<AppointmentFact> all = reader.loadFacts(&error);
    REQUIRE(error.isNull());
    for (int i = 0; i < spans; ++i) {
        const auto [first, last] = writes.span();
        INFO("days " << first.toString(Qt::ISODate).toStdString() << ".."
                     << last.toString(Qt::ISODate).toStdString());
        const auto read = FirstSnapshotReader::read(reader, first, last, &error);
        REQUIRE(read);
        requireSame(*read, expectedOf(all, first, last));
    }
}

} // namespace

TEST_CASE("the first snapshot's indexed reads equal the full history through upserts, "
          "deletions and removals")
{
    ensureCoreApp();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("clinic.db"));
    const DatabaseKey key = DatabaseKey::generate();
    auto db = openSeeded(path, key);
    REQUIRE(db);
    RoutiqError error;
    auto reader = ClinicDatabaseReader::open(path, key, &error);
    REQUIRE(reader);
    Writes writes(17);
    RecordId nextId = 1;
    for (int round = 0; round < 6; ++round) {
        PmsPage page;
        page.kind = ResourceKind::Appointments;
        for (int i = 0; i < 150; ++i)
            page.appointments.append(writes.appointment(nextId++));
        // Existing ids sent again: moved, another patient, another status.
        for (int i = 0; i < 60 && nextId > 2; ++i)
            page.appointments.append(writes.appointment(writes.pick(1, nextId - 1)));
        ChangeSet changes;
        REQUIRE(db->applyPage(page, checkpointFor(ResourceKind::Appointments, QString()), &changes,
                              &error));
        // A reconcile that found rows gone from the feed (Nookal).
        QList<RecordId> gone;
        for (int i = 0; i < 15; ++i)
            gone.append(writes.pick(1, nextId - 1));
        REQUIRE(db->removeAppointments(gone, &changes, &error));
        checkSpans(*reader, writes, 12);
    }
}

TEST_CASE("the first snapshot's indexed reads equal the full history after a writer is killed "
          "in the middle of a page")
{
    ensureCoreApp();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("killed.db"));
    const DatabaseKey key = DatabaseKey::generate();
    for (int round = 0; round < 3; ++round) {
        QProcess writer;
        writer.setProgram(QStringLiteral(ROUTIQ_TEST_BIN_DIR "/storage_test_helper"));
        writer.setArguments({QStringLiteral("crash-writer"), path, key.toHex()});
        writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        writer.start();
        REQUIRE(writer.waitForStarted(10000));
        QByteArray out;
        while (out.count("committed") < 2 + round) {
            REQUIRE(writer.waitForReadyRead(30000));
            out += writer.readAllStandardOutput();
        }
        writer.kill(); // SIGKILL, somewhere inside the next page
        REQUIRE(writer.waitForFinished(10000));

        RoutiqError error;
        auto db = ClinicDatabase::open({path, key, QTimeZone::utc()}, &error);
        REQUIRE(db);
        auto reader = ClinicDatabaseReader::open(path, key, &error);
        REQUIRE(reader);
        const QList<AppointmentFact> all = reader->loadFacts(&error);
        REQUIRE(!all.isEmpty());
        // The helper writes from 2024-01-01 on: spans over what it committed.
        const QDate first =
            QDate::fromJulianDay(std::min_element(all.begin(), all.end(), [](auto &a, auto &b) {
                                     return a.localJulianDay < b.localJulianDay;
                                 })->localJulianDay);
        for (int days : {0, 3, 30, 400}) {
            const auto read =
                FirstSnapshotReader::read(*reader, first, first.addDays(days), &error);
            REQUIRE(read);
            requireSame(*read, expectedOf(all, first, first.addDays(days)));
        }
    }
}

TEST_CASE("a cache from before the summaries gets them by migration, exact for its rows")
{
    ensureCoreApp();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.db"));
    const DatabaseKey key = DatabaseKey::generate();
    Writes writes(5);
    {
        const SchemaMigrator v4(QStringLiteral("clinic cache"),
                                ClinicSchema::migrations().mid(0, 4));
        OpenedDatabase old =
            DatabaseFile::openForWriting(path, key, v4, DatabaseFile::Unreadable::Refuse);
        REQUIRE(old.connection);
        QSqlQuery q(old.connection->database());
        REQUIRE(q.prepare(QStringLiteral(
            "INSERT INTO appointments (id, patient_id, practitioner_id, location_id, starts_at, "
            "local_julian_day, local_hour, local_weekday, cancelled, deleted, patient_arrived) "
            "VALUES (?, ?, 10, 1, ?, ?, 9, 1, ?, ?, 1)")));
        for (RecordId id = 1; id <= 400; ++id) {
            const Appointment a = writes.appointment(id);
            q.addBindValue(a.id);
            q.addBindValue(a.patientId);
            q.addBindValue(a.startsAt.toMSecsSinceEpoch());
            q.addBindValue(a.startsAt.date().toJulianDay());
            q.addBindValue(int(a.cancelled));
            q.addBindValue(int(a.deleted));
            REQUIRE(q.exec());
        }
    }
    RoutiqError error;
    auto db = ClinicDatabase::open({path, key, QTimeZone::utc()}, &error);
    REQUIRE(db);
    auto reader = ClinicDatabaseReader::open(path, key, &error);
    REQUIRE(reader);
    checkSpans(*reader, writes, 20);
}

TEST_CASE("the first snapshot's summaries follow Nookal bookings whose instants move when their "
          "location's zone arrives")
{
    ensureCoreApp();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("late.db"));
    const DatabaseKey key = DatabaseKey::generate();
    auto db = openSeeded(path, key);
    REQUIRE(db);
    // Two wall-clock bookings of one patient at a location not cached yet, and a Cliniko one of
    // the same patient at a known location between them in UTC once the zone is known.
    PmsPage page;
    page.kind = ResourceKind::Appointments;
    Appointment early;
    early.id = 601;
    early.patientId = 4;
    early.practitionerId = 10;
    early.locationId = 9;
    early.wallClockStart = WallClock{QDate(2024, 1, 5), QTime(9, 0)};
    Appointment late = early;
    late.id = 602;
    late.wallClockStart = WallClock{QDate(2024, 1, 6), QTime(9, 0)};
    Appointment cliniko = early;
    cliniko.id = 603;
    cliniko.locationId = 1;
    cliniko.wallClockStart.reset();
    cliniko.startsAt = QDateTime(QDate(2024, 1, 4), QTime(21, 0), Qt::UTC);
    page.appointments = {early, late, cliniko};
    RoutiqError error;
    ChangeSet changes;
    REQUIRE(db->applyPage(page, checkpointFor(ResourceKind::Appointments, {}), &changes, &error));
    PmsPage locations;
    locations.kind = ResourceKind::Locations;
    locations.locations = {
        {9, QStringLiteral("Wellington"), QStringLiteral("Pacific/Auckland"), false, {}}};
    REQUIRE(db->applyPage(locations, checkpointFor(ResourceKind::Locations, {}), &changes, &error));

    auto reader = ClinicDatabaseReader::open(path, key, &error);
    REQUIRE(reader);
    const QList<AppointmentFact> all = reader->loadFacts(&error);
    const auto read =
        FirstSnapshotReader::read(*reader, QDate(2024, 1, 1), QDate(2024, 1, 10), &error);
    REQUIRE(read);
    requireSame(*read, expectedOf(all, QDate(2024, 1, 1), QDate(2024, 1, 10)));
    // In Auckland (UTC+13) 9:00 on 5 January is 20:00 UTC on the 4th: before the Cliniko one.
    CHECK(read->patients.value(4).firstId == 601);
}
