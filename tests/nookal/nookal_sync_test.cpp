#include "clinikotestclinic.h"
#include "core/clock.h"
#include "nookaltestclinic.h"
#include "pms/nookal/nookaladapter.h"
#include "pmstestsupport.h"
#include "simulator/clinicgenerator.h"
#include "simulator/nookaljsonwriter.h"
#include "storage/clinicdatabase.h"
#include "storage/clinicdatabasereader.h"
#include "sync/syncengine.h"
#include "testapp.h"

#include <QHash>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace routiq;
using namespace routiq::test;

namespace {

// One clinic cache in a temp dir, synced from a NookalSimulator by the real engine.
struct SyncRig
{
    explicit SyncRig(SimulatedClinic clinic)
        : simulator((ensureCoreApp(), std::move(clinic))), engineClock(testNow())
    {
        simulator.setFixedNow(testNow());
        REQUIRE(simulator.start());
        REQUIRE(dir.isValid());
        options.filePath = dir.filePath(QStringLiteral("nookal.db"));
        options.key = DatabaseKey::generate();
        RoutiqError error;
        db = ClinicDatabase::open(options, &error);
        REQUIRE(db);
    }

    // One pass of a fresh engine (as after an app start); returns the changes it committed.
    QList<ChangeSet> syncOnce(SyncEngine::Options engineOptions = {})
    {
        NookalAdapter adapter(nookalConfigFor(simulator), adapterClock);
        engineOptions.keepPolling = false;
        SyncEngine engine(&adapter, db.get(), &engineClock, engineOptions);
        QList<ChangeSet> changes;
        QObject::connect(&engine, &SyncEngine::changesCommitted,
                         [&changes](const ChangeSet &c) { changes.append(c); });
        QSignalSpy finished(&engine, &SyncEngine::finished);
        QSignalSpy failed(&engine, &SyncEngine::failed);
        engine.start();
        REQUIRE((finished.count() > 0 || finished.wait(60'000)));
        INFO((failed.isEmpty() ? QString() : failed.first().first().value<RoutiqError>().details)
                 .toStdString());
        REQUIRE(finished.first().first().toBool());
        return changes;
    }

    QHash<RecordId, AppointmentFact> facts() const
    {
        RoutiqError error;
        auto reader = ClinicDatabaseReader::open(options.filePath, options.key, &error);
        REQUIRE(reader);
        QHash<RecordId, AppointmentFact> out;
        for (const AppointmentFact &f : reader->loadFacts(&error))
            out.insert(f.id, f);
        REQUIRE(error.isNull());
        return out;
    }

    // What the cache should hold: every appointment Nookal still shows, bucketed locally.
    void requireCacheEqualsSimulator() const
    {
        const QHash<RecordId, AppointmentFact> cached = facts();
        const NookalJsonWriter writer(simulator.clinic(), false);
        const QList<Appointment> expected = nookalAppointments(simulator.clinic());
        REQUIRE(cached.size() == expected.size());
        for (const Appointment &a : expected) {
            INFO("appointment " << a.id);
            REQUIRE(cached.contains(a.id));
            const AppointmentFact &f = cached[a.id];
            CHECK(f.startsAtUtcMSecs == a.startsAt.toMSecsSinceEpoch());
            CHECK(f.localJulianDay == a.wallClockStart->date.toJulianDay());
            CHECK(f.localHour == a.wallClockStart->time.hour());
            CHECK(f.localWeekday == a.wallClockStart->date.dayOfWeek());
            CHECK(f.cancelled == a.cancelled);
            CHECK(f.didNotArrive == a.didNotArrive.value_or(false));
            CHECK(f.arrived == a.patientArrived.value_or(false));
            CHECK_FALSE(f.deleted);
            CHECK(f.cancelledAtUtcMSecs.has_value() == a.cancelledAt.isValid());
        }
    }

    SystemClock adapterClock;
    NookalSimulator simulator;
    ManualClock engineClock;
    QTemporaryDir dir;
    ClinicDatabaseOptions options;
    std::unique_ptr<ClinicDatabase> db;
};

// Local day (julian) -> ids of live (not archived) appointments on that day.
RecordId liveAppointmentOn(const SimulatedClinic &clinic, const QDate &day)
{
    const NookalJsonWriter writer(clinic, false);
    for (const SimAppointment &a : clinic.appointments) {
        if (!a.isArchived() && a.startsAt.toTimeZone(writer.zoneFor(a.businessId)).date() == day)
            return a.id;
    }
    return 0;
}

} // namespace

TEST_CASE("a Nookal sync stores the simulated clinic and deletions at Nookal are reconciled away")
{
    SyncRig rig(ClinicGenerator::generate(smallClinic()));
    rig.syncOnce();
    rig.requireCacheEqualsSimulator();

    // Changes at the front desk, then appointments deleted (they vanish from the feed): one
    // in the near window, one in the last 90 days.
    const QDate today = testNow().date();
    const RecordId soon = liveAppointmentOn(rig.simulator.clinic(), today.addDays(3));
    const RecordId past = liveAppointmentOn(rig.simulator.clinic(), today.addDays(-20));
    const RecordId toCancel = liveAppointmentOn(rig.simulator.clinic(), today.addDays(5));
    REQUIRE(soon != 0);
    REQUIRE(past != 0);
    REQUIRE(toCancel != 0);
    REQUIRE(toCancel != soon);
    REQUIRE(rig.simulator.deleteAppointment(soon));
    REQUIRE(rig.simulator.deleteAppointment(past));
    REQUIRE(rig.simulator.cancelAppointment(toCancel));
    const SimAppointment &model = rig.simulator.clinic().appointments.first();
    const RecordId added =
        rig.simulator.addAppointmentAt(model.patientId, model.practitionerId, model.businessId,
                                       model.appointmentTypeId, today.addDays(2), QTime(10, 30));
    REQUIRE(added != 0);
    REQUIRE(rig.facts().contains(soon));

    const QList<ChangeSet> changes = rig.syncOnce();
    rig.requireCacheEqualsSimulator();
    const auto cached = rig.facts();
    CHECK_FALSE(cached.contains(soon));
    CHECK_FALSE(cached.contains(past));
    CHECK(cached.contains(added));
    CHECK(cached[toCancel].cancelled);
    QList<RecordId> deleted;
    for (const ChangeSet &c : changes)
        deleted += c.deletedAppointmentIds;
    CHECK(deleted.size() == 2);
    CHECK(deleted.contains(soon));
    CHECK(deleted.contains(past));

    // The reconcile read date windows; the incremental read sent a wall-clock last_modified.
    bool sawWindow = false, sawLastModified = false;
    for (const auto &r : rig.simulator.requests()) {
        sawWindow = sawWindow || r.params.contains(QStringLiteral("date_from"));
        sawLastModified = sawLastModified || r.params.contains(QStringLiteral("last_modified"));
    }
    CHECK(sawWindow);
    CHECK(sawLastModified);
}

TEST_CASE("an engine that is not due to reconcile leaves the cache alone and reads no window")
{
    SyncRig rig(ClinicGenerator::generate(smallClinic()));
    rig.syncOnce();
    const RecordId soon = liveAppointmentOn(rig.simulator.clinic(), testNow().date().addDays(3));
    REQUIRE(rig.simulator.deleteAppointment(soon));
    rig.simulator.clearRequestLog();

    NookalAdapter adapter(nookalConfigFor(rig.simulator), rig.adapterClock);
    SyncEngine::Options options;
    options.pollIntervalMs = 50;
    options.reconcileNearEvery = 3;
    options.reconcileHistoryEvery = 1000;
    SyncEngine engine(&adapter, rig.db.get(), &rig.engineClock, options);
    QList<QDateTime> passes;
    QObject::connect(&engine, &SyncEngine::passCompleted,
                     [&passes](const QDateTime &at, bool) { passes.append(at); });
    engine.start();
    // Pass 1 (after a start) reconciles; pass 2 does not; pass 3 does again.
    REQUIRE(waitUntil([&] { return passes.size() >= 1; }, 30'000));
    CHECK_FALSE(rig.facts().contains(soon));
    const RecordId later = liveAppointmentOn(rig.simulator.clinic(), testNow().date().addDays(4));
    REQUIRE(rig.simulator.deleteAppointment(later));
    REQUIRE(waitUntil([&] { return passes.size() >= 2; }, 30'000));
    engine.stop();
    const int windowReads =
        int(std::count_if(rig.simulator.requests().cbegin(), rig.simulator.requests().cend(),
                          [](const NookalSimulator::RequestRecord &r) {
                              return r.params.contains(QStringLiteral("date_from"));
                          }));
    CHECK(windowReads >= 2); // pass 1: the history window and the near window
    if (passes.size() == 2)
        CHECK(rig.facts().contains(later)); // not due on pass 2
}

TEST_CASE(
    "Nookal wall-clock starts are bucketed on their local day and hour across Sydney's DST change")
{
    // One Sydney location; appointments at 09:00 local every day of the week Sydney leaves
    // daylight saving (Sunday 5 April 2026), plus one at 23:30 on the Saturday.
    ensureCoreApp();
    SimulatedClinic clinic;
    SimBusiness sydney;
    sydney.id = clinic.takeId();
    sydney.name = QStringLiteral("Harbour Physio");
    sydney.timeZoneId = QStringLiteral("Australia/Sydney");
    sydney.timeZoneLabel = QStringLiteral("Sydney");
    clinic.businesses.append(sydney);
    SimPractitioner practitioner;
    practitioner.id = clinic.takeId();
    practitioner.businessId = sydney.id;
    practitioner.firstName = QStringLiteral("Pat");
    practitioner.lastName = QStringLiteral("Smith");
    clinic.practitioners.append(practitioner);
    SimAppointmentType type;
    type.id = clinic.takeId();
    type.name = QStringLiteral("Consult");
    clinic.appointmentTypes.append(type);
    SimPatient patient;
    patient.id = clinic.takeId();
    patient.firstName = QStringLiteral("Alex");
    patient.lastName = QStringLiteral("Quillfeather");
    clinic.patients.append(patient);

    SyncRig rig(std::move(clinic));
    QList<RecordId> ids;
    for (int d = 0; d < 7; ++d)
        ids.append(rig.simulator.addAppointmentAt(patient.id, practitioner.id, sydney.id, type.id,
                                                  QDate(2026, 4, 2).addDays(d), QTime(9, 0)));
    const RecordId lateSaturday = rig.simulator.addAppointmentAt(
        patient.id, practitioner.id, sydney.id, type.id, QDate(2026, 4, 4), QTime(23, 30));
    REQUIRE(!ids.contains(0));
    rig.syncOnce();

    const auto cached = rig.facts();
    REQUIRE(cached.size() == 8);
    for (int d = 0; d < 7; ++d) {
        const QDate day = QDate(2026, 4, 2).addDays(d);
        const AppointmentFact &f = cached[ids[d]];
        INFO("day " << day.toString(Qt::ISODate).toStdString());
        CHECK(f.localJulianDay == day.toJulianDay());
        CHECK(f.localHour == 9);
        CHECK(f.localWeekday == day.dayOfWeek());
        // 09:00 is 22:00 UTC the day before while UTC+11, 23:00 once back on UTC+10.
        const int utcHour = day < QDate(2026, 4, 5) ? 22 : 23;
        CHECK(f.startsAtUtcMSecs ==
              QDateTime(day.addDays(-1), QTime(utcHour, 0), Qt::UTC).toMSecsSinceEpoch());
    }
    const AppointmentFact &late = cached[lateSaturday];
    CHECK(late.localJulianDay == QDate(2026, 4, 4).toJulianDay()); // 12:30 UTC, same day
    CHECK(late.localHour == 23);
    CHECK(late.localWeekday == 6);
}

// The reconcile's guards (issue 15): a feed having a bad moment must not empty the cache.
namespace {

// Only the near window (yesterday..+14 days), so the faults below hit the window under test.
SyncEngine::Options nearWindowOnly()
{
    SyncEngine::Options options;
    options.reconcileHistoryDays = 0;
    return options;
}

SimulatorFault windowFault(SimulatorFault::Kind kind)
{
    SimulatorFault fault;
    fault.kind = kind;
    fault.onlyWithParam = QStringLiteral("date_from");
    return fault;
}

// First pages of window reads: how many times a window was read from its start.
int windowReads(const NookalSimulator &simulator)
{
    return int(std::count_if(simulator.requests().cbegin(), simulator.requests().cend(),
                             [](const NookalSimulator::RequestRecord &r) {
                                 return r.params.contains(QStringLiteral("date_from")) &&
                                        r.params.value(QStringLiteral("page")) == u"1";
                             }));
}

QList<RecordId> liveAppointmentsBetween(const SimulatedClinic &clinic, QDate from, QDate to)
{
    const NookalJsonWriter writer(clinic, false);
    QList<RecordId> ids;
    for (const SimAppointment &a : clinic.appointments) {
        const QDate day = a.startsAt.toTimeZone(writer.zoneFor(a.businessId)).date();
        if (!a.isArchived() && day >= from && day <= to)
            ids.append(a.id);
    }
    return ids;
}

} // namespace

TEST_CASE("a reconcile whose window read comes back empty deletes nothing")
{
    SyncRig rig(ClinicGenerator::generate(smallClinic()));
    rig.syncOnce();
    const qsizetype before = rig.facts().size();
    const RecordId soon = liveAppointmentOn(rig.simulator.clinic(), testNow().date().addDays(3));
    REQUIRE(soon != 0);
    REQUIRE(rig.simulator.deleteAppointment(soon)); // even a real deletion waits for a real answer
    rig.simulator.injectFault(windowFault(SimulatorFault::Kind::EmptyList));

    rig.syncOnce(nearWindowOnly());
    CHECK(rig.simulator.pendingFaults() == 0);
    CHECK(rig.facts().size() == before);
    CHECK(rig.facts().contains(soon));

    // The next reconcile with a healthy feed removes what really vanished.
    rig.syncOnce(nearWindowOnly());
    CHECK_FALSE(rig.facts().contains(soon));
    rig.requireCacheEqualsSimulator();
}

TEST_CASE("a reconcile on a half answer deletes nothing unless a second read confirms it")
{
    SyncRig rig(ClinicGenerator::generate(smallClinic()));
    rig.syncOnce();
    const QDate today = testNow().date();
    const QList<RecordId> window =
        liveAppointmentsBetween(rig.simulator.clinic(), today.addDays(-1), today.addDays(14));
    REQUIRE(window.size() >= 20);

    SECTION("a second read that returns the whole window removes only what really vanished")
    {
        const RecordId soon = liveAppointmentOn(rig.simulator.clinic(), today.addDays(3));
        REQUIRE(rig.simulator.deleteAppointment(soon));
        rig.simulator.injectFault(windowFault(SimulatorFault::Kind::ShortList));
        rig.simulator.clearRequestLog();
        const QList<ChangeSet> changes = rig.syncOnce(nearWindowOnly());
        CHECK(windowReads(rig.simulator) == 2);
        rig.requireCacheEqualsSimulator();
        QList<RecordId> deleted;
        for (const ChangeSet &c : changes)
            deleted += c.deletedAppointmentIds;
        CHECK(deleted == QList<RecordId>{soon});
    }
    SECTION("a second read that comes back empty removes nothing")
    {
        const qsizetype before = rig.facts().size();
        rig.simulator.injectFault(windowFault(SimulatorFault::Kind::ShortList));
        rig.simulator.injectFault(windowFault(SimulatorFault::Kind::EmptyList));
        rig.simulator.clearRequestLog();
        rig.syncOnce(nearWindowOnly());
        CHECK(windowReads(rig.simulator) == 2);
        CHECK(rig.facts().size() == before);
    }
    SECTION("a window that really lost most of its rows is cleared once the second read agrees")
    {
        const QList<RecordId> gone = window.mid(0, window.size() * 3 / 4);
        for (const RecordId id : gone)
            REQUIRE(rig.simulator.deleteAppointment(id));
        rig.simulator.clearRequestLog();
        rig.syncOnce(nearWindowOnly());
        CHECK(windowReads(rig.simulator) == 2);
        rig.requireCacheEqualsSimulator();
    }
    SECTION("a small loss is removed after one read")
    {
        const RecordId soon = liveAppointmentOn(rig.simulator.clinic(), today.addDays(3));
        REQUIRE(rig.simulator.deleteAppointment(soon));
        rig.simulator.clearRequestLog();
        rig.syncOnce(nearWindowOnly());
        CHECK(windowReads(rig.simulator) == 1);
        CHECK_FALSE(rig.facts().contains(soon));
    }
}

TEST_CASE("an appointment skipped for a bad date is never deleted for being missing")
{
    SyncRig rig(ClinicGenerator::generate(smallClinic()));
    rig.syncOnce();
    const RecordId odd = liveAppointmentOn(rig.simulator.clinic(), testNow().date().addDays(2));
    REQUIRE(odd != 0);
    REQUIRE(rig.facts().contains(odd));
    // Nookal now lists it with its zero date: the adapter cannot place it and skips it.
    rig.simulator.options().zeroDateAppointments.insert(odd);
    rig.syncOnce(nearWindowOnly());
    CHECK(rig.facts().contains(odd));
}
