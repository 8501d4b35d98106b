// One set of contract tests for both stores behind SyncStore and AppointmentFactSource: the
// clinic cache file and a clinic on the shared PostgreSQL server (issue 16).
#include "metrics/appointmentindex.h"
#include "metrics/changeddays.h"
#include "storerigs.h"
#include "testapp.h"

#include <QTimeZone>

#include <algorithm>

using namespace routiq;
using namespace routiq::test;

namespace {

constexpr RecordId kAdelaide = 1;
constexpr RecordId kSydney = 2;
constexpr RecordId kNoZone = 3;

QDateTime utc(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}

QTimeZone clinicDefaultZone()
{
    return QTimeZone("Australia/Brisbane"); // no daylight saving: +10 all year
}

PmsPage locations(const QString &noZoneLocationZone = {})
{
    PmsPage page;
    page.kind = ResourceKind::Locations;
    page.locations = {
        {kAdelaide, QStringLiteral("Adelaide"), QStringLiteral("Australia/Adelaide"), false, {}},
        {kSydney, QStringLiteral("Sydney"), QStringLiteral("Australia/Sydney"), false, {}},
        {kNoZone, QStringLiteral("Mobile"), noZoneLocationZone, false, {}},
    };
    return page;
}

PmsPage patients()
{
    PmsPage page;
    page.kind = ResourceKind::Patients;
    for (RecordId id = 100; id < 104; ++id) {
        Patient p;
        p.id = id;
        p.firstName = QStringLiteral("Pat%1").arg(id);
        p.lastName = QStringLiteral("O'Brien"); // a quote, bound not spliced
        p.createdAt = utc(2025, 1, 1, 0, 0);
        page.patients.append(p);
    }
    return page;
}

Appointment appointment(RecordId id, RecordId location, const QDateTime &start,
                        RecordId patient = 100)
{
    Appointment a;
    a.id = id;
    a.patientId = patient;
    a.practitionerId = 10;
    a.locationId = location;
    a.appointmentTypeId = 7;
    a.startsAt = start;
    a.endsAt = start.addSecs(1800);
    a.createdAt = start.addDays(-7);
    a.updatedAt = start.addDays(-1);
    return a;
}

PmsPage appointmentsPage(QList<Appointment> list)
{
    PmsPage page;
    page.kind = ResourceKind::Appointments;
    page.appointments = std::move(list);
    for (const Appointment &a : std::as_const(page.appointments))
        page.maxUpdatedAt = std::max(page.maxUpdatedAt, a.updatedAt);
    return page;
}

SyncCheckpoint checkpointAt(ResourceKind kind, const QString &cursor)
{
    SyncCheckpoint c;
    c.kind = kind;
    c.cursor = cursor;
    c.highWaterMark = utc(2026, 4, 1, 12, 0);
    return c;
}

void apply(StoreRig &rig, const PmsPage &page, const QString &cursor = {},
           ChangeSet *changes = nullptr)
{
    ChangeSet ignored;
    RoutiqError error;
    const bool ok = rig.store().applyPage(page, checkpointAt(page.kind, cursor),
                                          changes ? changes : &ignored, &error);
    INFO(rig.label().toStdString() << ": " << error.details.toStdString());
    REQUIRE(ok);
}

QList<AppointmentFact> factsOf(StoreRig &rig)
{
    RoutiqError error;
    QList<AppointmentFact> facts = rig.openReader()->loadFacts(&error);
    INFO(error.details.toStdString());
    REQUIRE(error.isNull());
    std::sort(facts.begin(), facts.end(),
              [](const AppointmentFact &a, const AppointmentFact &b) { return a.id < b.id; });
    return facts;
}

AppointmentFact factOf(StoreRig &rig, RecordId id)
{
    RoutiqError error;
    const QList<AppointmentFact> facts = rig.openReader()->loadFacts(QList<RecordId>{id}, &error);
    REQUIRE(error.isNull());
    REQUIRE(facts.size() == 1);
    return facts.first();
}

QSet<qint64> days(std::initializer_list<QDate> dates)
{
    QSet<qint64> out;
    for (const QDate &d : dates)
        out.insert(d.toJulianDay());
    return out;
}

// The same writes for both stores, as the sync engine makes them: reference data, two pages
// of appointments (one moving an appointment to another day), a location getting its zone
// after its appointments arrived, and a reconcile removal with an id the store never had.
struct ScriptResult
{
    QList<ChangeSet> changes;
    QList<AppointmentFact> facts;
    std::optional<SyncCheckpoint> checkpoint;
};

ScriptResult runScript(StoreRig &rig)
{
    ScriptResult out;
    auto step = [&](const PmsPage &page, const QString &cursor) {
        ChangeSet c;
        apply(rig, page, cursor, &c);
        std::sort(c.upsertedAppointmentIds.begin(), c.upsertedAppointmentIds.end());
        out.changes.append(c);
    };
    step(locations(), {});
    step(patients(), {});
    Appointment cancelled = appointment(13, kSydney, utc(2026, 4, 6, 0, 0), 101);
    cancelled.cancelled = true;
    cancelled.cancelledAt = utc(2026, 4, 5, 10, 0);
    Appointment missed = appointment(14, kAdelaide, utc(2026, 4, 7, 0, 0), 102);
    missed.didNotArrive = true;
    Appointment gone = appointment(15, kAdelaide, utc(2026, 4, 8, 0, 0), 103);
    gone.deleted = true;
    Appointment wall = appointment(16, kNoZone, {}, 103);
    wall.wallClockStart = WallClock{QDate(2026, 4, 9), QTime(9, 15)};
    step(appointmentsPage({appointment(11, kAdelaide, utc(2026, 4, 4, 13, 29)),
                           appointment(12, kNoZone, utc(2026, 4, 4, 13, 30)), cancelled, missed,
                           gone, wall}),
         QStringLiteral("page-2"));
    Appointment moved = appointment(11, kAdelaide, utc(2026, 4, 10, 0, 0));
    moved.patientArrived = true;
    step(appointmentsPage({moved, appointment(17, kSydney, utc(2026, 10, 3, 16, 0), 101)}), {});
    step(locations(QStringLiteral("Australia/Adelaide")), {});
    ChangeSet removal;
    RoutiqError error;
    REQUIRE(rig.store().removeAppointments({13, 999}, &removal, &error));
    out.changes.append(removal);
    out.facts = factsOf(rig);
    out.checkpoint = rig.store().checkpoint(ResourceKind::Appointments);
    return out;
}

} // namespace

TEMPLATE_TEST_CASE("a store places each start on its location's local date across daylight "
                   "saving",
                   "[contract]", CacheStore, ServerStore)
{
    auto rig = TestType::make(clinicDefaultZone());
    apply(*rig, locations());
    apply(*rig, patients());
    // 2026-04-05 03:00 daylight time ends in both zones; 2026-10-04 02:00 it starts.
    apply(*rig, appointmentsPage({
                    appointment(1, kAdelaide, utc(2026, 4, 4, 13, 29)),  // Sat 23:59 +10:30
                    appointment(2, kAdelaide, utc(2026, 4, 4, 13, 30)),  // Sun 00:00 +10:30
                    appointment(3, kSydney, utc(2026, 4, 4, 15, 30)),    // Sun 02:30 +11
                    appointment(4, kSydney, utc(2026, 4, 4, 16, 30)),    // Sun 02:30 +10
                    appointment(5, kSydney, utc(2026, 10, 3, 15, 59)),   // Sun 01:59 +10
                    appointment(6, kSydney, utc(2026, 10, 3, 16, 0)),    // Sun 03:00 +11
                    appointment(7, kAdelaide, utc(2026, 10, 3, 16, 30)), // Sun 03:00 +10:30
                    appointment(8, kNoZone, utc(2026, 4, 4, 13, 59)),    // Sat 23:59 +10 default
                }));
    struct Expected
    {
        RecordId id;
        QDate date;
        int hour;
    };
    const Expected expected[] = {
        {1, QDate(2026, 4, 4), 23}, {2, QDate(2026, 4, 5), 0},  {3, QDate(2026, 4, 5), 2},
        {4, QDate(2026, 4, 5), 2},  {5, QDate(2026, 10, 4), 1}, {6, QDate(2026, 10, 4), 3},
        {7, QDate(2026, 10, 4), 3}, {8, QDate(2026, 4, 4), 23},
    };
    const QList<AppointmentFact> facts = factsOf(*rig);
    REQUIRE(facts.size() == 8);
    for (const Expected &e : expected) {
        INFO(rig->label().toStdString() << " appointment " << e.id);
        const AppointmentFact &f = facts.at(e.id - 1);
        CHECK(f.localJulianDay == e.date.toJulianDay());
        CHECK(f.localHour == e.hour);
        CHECK(f.localWeekday == e.date.dayOfWeek());
    }
}

TEMPLATE_TEST_CASE("a store upserts by id and reports the old and new dates of a change",
                   "[contract]", CacheStore, ServerStore)
{
    auto rig = TestType::make(clinicDefaultZone());
    apply(*rig, locations());
    apply(*rig, patients());
    ChangeSet first;
    apply(*rig,
          appointmentsPage({appointment(1, kSydney, utc(2026, 3, 1, 0, 0)),
                            appointment(2, kSydney, utc(2026, 3, 2, 0, 0))}),
          {}, &first);
    CHECK(first.recordCount == 2);
    CHECK(first.localJulianDays == days({QDate(2026, 3, 1), QDate(2026, 3, 2)}));

    Appointment moved = appointment(1, kSydney, utc(2026, 3, 9, 0, 0));
    moved.cancelled = true;
    moved.cancelledAt = utc(2026, 3, 8, 0, 0);
    ChangeSet second;
    apply(*rig, appointmentsPage({moved}), {}, &second);
    CHECK(second.upsertedAppointmentIds == QList<RecordId>{1});
    CHECK(second.localJulianDays == days({QDate(2026, 3, 1), QDate(2026, 3, 9)}));

    const QList<AppointmentFact> facts = factsOf(*rig);
    REQUIRE(facts.size() == 2); // updated in place, not added
    CHECK(facts.at(0).localJulianDay == QDate(2026, 3, 9).toJulianDay());
    CHECK(facts.at(0).cancelled);
    CHECK(facts.at(0).cancelledAtUtcMSecs == moved.cancelledAt.toMSecsSinceEpoch());
    CHECK(factOf(*rig, 2).localJulianDay == QDate(2026, 3, 2).toJulianDay());

    RoutiqError error;
    const QList<AppointmentFact> between =
        rig->openReader()->loadFactsBetween(QDate(2026, 3, 2), QDate(2026, 3, 8), &error);
    REQUIRE(between.size() == 1);
    CHECK(between.first().id == 2);
}

TEMPLATE_TEST_CASE("a store removes reconciled appointments and skips ids it never had",
                   "[contract]", CacheStore, ServerStore)
{
    auto rig = TestType::make(clinicDefaultZone());
    apply(*rig, locations());
    apply(*rig, appointmentsPage({appointment(1, kAdelaide, utc(2026, 5, 1, 0, 0)),
                                  appointment(2, kAdelaide, utc(2026, 5, 2, 0, 0)),
                                  appointment(3, kAdelaide, utc(2026, 5, 3, 0, 0))}));
    RoutiqError error;
    const auto window =
        rig->store().appointmentIdsBetween(QDate(2026, 5, 2), QDate(2026, 5, 3), &error);
    REQUIRE(window);
    CHECK(*window == QSet<RecordId>{2, 3});
    CHECK(rig->store().appointmentIdsBetween(QDate(2026, 5, 3), QDate(2026, 5, 2), &error) ==
          QSet<RecordId>{});

    ChangeSet removed;
    REQUIRE(rig->store().removeAppointments({2, 42}, &removed, &error));
    CHECK(removed.deletedAppointmentIds == QList<RecordId>{2});
    CHECK(removed.localJulianDays == days({QDate(2026, 5, 2)}));
    CHECK(removed.recordCount == 1);
    const QList<AppointmentFact> facts = factsOf(*rig);
    REQUIRE(facts.size() == 2);
    CHECK(facts.at(0).id == 1);
    CHECK(facts.at(1).id == 3);
}

TEMPLATE_TEST_CASE("a store keeps each checkpoint with its page and after a reopen", "[contract]",
                   CacheStore, ServerStore)
{
    auto rig = TestType::make(clinicDefaultZone());
    CHECK_FALSE(rig->store().checkpoint(ResourceKind::Appointments));
    CHECK_FALSE(rig->store().lastSuccessfulSync().isValid());
    apply(*rig, locations());
    apply(*rig, appointmentsPage({appointment(1, kSydney, utc(2026, 5, 1, 0, 0))}),
          QStringLiteral("https://pms.invalid/appointments?page=2&q='x'"));
    SyncCheckpoint done = checkpointAt(ResourceKind::Locations, {});
    done.backfillComplete = true;
    RoutiqError error;
    REQUIRE(rig->store().applyPage(locations(), done, nullptr, &error));
    const QDateTime synced = utc(2026, 5, 1, 9, 30);
    REQUIRE(rig->store().setLastSuccessfulSync(synced, &error));

    rig->reopen();
    const auto appointments = rig->store().checkpoint(ResourceKind::Appointments);
    REQUIRE(appointments);
    CHECK(*appointments == checkpointAt(ResourceKind::Appointments,
                                        QStringLiteral("https://pms.invalid/appointments?page=2&"
                                                       "q='x'")));
    CHECK(rig->store().checkpoint(ResourceKind::Locations) == done);
    CHECK(rig->store().lastSuccessfulSync() == synced);
    CHECK_FALSE(rig->store().checkpoint(ResourceKind::Patients));
}

TEMPLATE_TEST_CASE("a page the database refuses writes nothing of itself or its checkpoint",
                   "[contract]", CacheStore, ServerStore)
{
    auto rig = TestType::make(clinicDefaultZone());
    apply(*rig, locations());
    apply(*rig, appointmentsPage({appointment(1, kNoZone, utc(2026, 5, 1, 13, 0))}),
          QStringLiteral("first"));
    rig->refuseAppointment(666);

    // Reference data and appointments in one page: the zone change must roll back too.
    PmsPage page = appointmentsPage({appointment(2, kNoZone, utc(2026, 5, 2, 13, 0)),
                                     appointment(666, kSydney, utc(2026, 5, 3, 0, 0))});
    page.locations = locations(QStringLiteral("Australia/Adelaide")).locations;
    ChangeSet changes;
    RoutiqError error;
    CHECK_FALSE(rig->store().applyPage(
        page, checkpointAt(ResourceKind::Appointments, QStringLiteral("second")), &changes,
        &error));
    CHECK_FALSE(error.isNull());
    CHECK(changes.isEmpty());
    CHECK(changes.localJulianDays.isEmpty());
    const QList<AppointmentFact> facts = factsOf(*rig);
    REQUIRE(facts.size() == 1);
    CHECK(facts.first().localJulianDay == QDate(2026, 5, 1).toJulianDay()); // 23:00 at +10
    CHECK(rig->store().checkpoint(ResourceKind::Appointments)->cursor == QStringLiteral("first"));

    // The next page is placed in the zone that was committed, not the rolled-back one.
    // 14:15 UTC is 00:15 on the 5th at +10 (Brisbane), 23:45 on the 4th at +9:30 (Adelaide).
    apply(*rig, appointmentsPage({appointment(3, kNoZone, utc(2026, 5, 4, 14, 15))}));
    CHECK(factOf(*rig, 3).localJulianDay == QDate(2026, 5, 5).toJulianDay());
}

TEST_CASE("both stores give the same change sets and facts for the same writes", "[contract]")
{
    auto cache = CacheStore::make(clinicDefaultZone());
    auto server = ServerStore::make(clinicDefaultZone());
    const ScriptResult a = runScript(*cache);
    const ScriptResult b = runScript(*server);
    REQUIRE(a.changes.size() == b.changes.size());
    for (qsizetype i = 0; i < a.changes.size(); ++i) {
        INFO("step " << i);
        CHECK(a.changes[i].upsertedAppointmentIds == b.changes[i].upsertedAppointmentIds);
        CHECK(a.changes[i].deletedAppointmentIds == b.changes[i].deletedAppointmentIds);
        CHECK(a.changes[i].localJulianDays == b.changes[i].localJulianDays);
        CHECK(a.changes[i].recordCount == b.changes[i].recordCount);
    }
    CHECK(a.facts == b.facts);
    CHECK(a.checkpoint == b.checkpoint);
    // The script's own expectations, so that two equally wrong stores fail too.
    REQUIRE(a.facts.size() == 6); // 11, 12, 14, 15 (deleted, flagged), 16, 17; 13 removed
    const auto fact = [&](RecordId id) {
        return *std::find_if(a.facts.cbegin(), a.facts.cend(),
                             [id](const AppointmentFact &f) { return f.id == id; });
    };
    CHECK(fact(11).localJulianDay == QDate(2026, 4, 10).toJulianDay());
    CHECK(fact(11).arrived);
    CHECK(fact(14).didNotArrive);
    CHECK(fact(15).deleted);
    // 12 was placed at +10 (the default) and moved when its location got Adelaide's zone.
    CHECK(fact(12).localJulianDay == QDate(2026, 4, 5).toJulianDay());
    CHECK(a.changes[4].localJulianDays.contains(QDate(2026, 4, 4).toJulianDay()));
    // 16's wall clock stays as Nookal gave it; its instant follows the new zone (+9:30).
    CHECK(fact(16).localJulianDay == QDate(2026, 4, 9).toJulianDay());
    CHECK(fact(16).localHour == 9);
    CHECK(fact(16).startsAtUtcMSecs ==
          QDateTime(QDate(2026, 4, 8), QTime(23, 45), Qt::UTC).toMSecsSinceEpoch());
    CHECK(a.changes.last().deletedAppointmentIds == QList<RecordId>{13});
}

TEMPLATE_TEST_CASE("a store's reader answers the metrics thread's other reads alike: reference "
                   "data, sync time, archived patients, booked time, the drill-down with names "
                   "and contacts",
                   "[contract]", CacheStore, ServerStore)
{
    auto rig = TestType::make(clinicDefaultZone());
    runScript(*rig);
    PmsPage staff;
    staff.kind = ResourceKind::Practitioners;
    staff.practitioners = {{10, QStringLiteral("Dr Lee"), true, {}},
                           {20, QStringLiteral("Dr Ng"), false, {}}};
    apply(*rig, staff);
    PmsPage archived;
    archived.kind = ResourceKind::Patients;
    Patient gone;
    gone.id = 104;
    gone.firstName = QStringLiteral("Old");
    gone.archived = true;
    gone.phone = QStringLiteral("0400 000 104");
    archived.patients = {gone};
    apply(*rig, archived);
    RoutiqError error;
    REQUIRE(rig->store().setLastSuccessfulSync(utc(2026, 4, 11, 8, 0), &error));

    const std::unique_ptr<ClinicReader> reader = rig->openReader();
    INFO(rig->label().toStdString());

    const QList<Location> places = reader->locations(&error);
    REQUIRE(error.isNull());
    REQUIRE(places.size() == 3);
    CHECK(places.at(0).name == QStringLiteral("Adelaide"));
    CHECK(places.at(2).timeZoneId == QStringLiteral("Australia/Adelaide"));
    const QList<Practitioner> people = reader->practitioners(&error);
    REQUIRE(people.size() == 2);
    CHECK(people.at(0).displayName == QStringLiteral("Dr Lee"));
    CHECK_FALSE(people.at(1).active);
    CHECK(reader->lastSuccessfulSync(&error) == utc(2026, 4, 11, 8, 0));
    CHECK(reader->archivedPatients(&error) == QSet<RecordId>{104});
    REQUIRE(error.isNull());

    // Booked time: neither cancelled (13, removed anyway) nor deleted (15).
    const QList<BookedTime> booked =
        reader->bookedTime(QDate(2026, 4, 1), QDate(2026, 4, 30), &error);
    REQUIRE(error.isNull());
    QSet<qint64> bookedDays;
    for (const BookedTime &b : booked)
        bookedDays.insert(b.localJulianDay);
    CHECK(booked.size() == 4);
    // 12 starts at 13:30 UTC on 4 April in Adelaide: already the 5th there (+10:30).
    CHECK(bookedDays ==
          days({QDate(2026, 4, 5), QDate(2026, 4, 7), QDate(2026, 4, 9), QDate(2026, 4, 10)}));

    AppointmentListQuery query;
    query.from = QDate(2026, 4, 1);
    query.to = QDate(2026, 4, 30);
    const QList<AppointmentListRow> rows = reader->appointments(query, true, &error);
    INFO(error.details.toStdString());
    REQUIRE(error.isNull());
    QSet<RecordId> ids;
    for (const AppointmentListRow &r : rows)
        ids.insert(r.id);
    CHECK(ids == QSet<RecordId>{11, 12, 14, 16});
    for (qsizetype i = 1; i < rows.size(); ++i)
        CHECK(rows.at(i - 1).startsAtUtc <= rows.at(i).startsAtUtc);
    const auto row = [&rows](RecordId id) {
        return *std::find_if(rows.begin(), rows.end(),
                             [id](const AppointmentListRow &r) { return r.id == id; });
    };
    CHECK(row(11).patientName == QStringLiteral("Pat100 O'Brien"));
    CHECK(row(11).practitionerName == QStringLiteral("Dr Lee"));
    CHECK(row(11).locationName == QStringLiteral("Adelaide"));
    CHECK(row(11).status == AppointmentStatus::Attended);
    CHECK(row(14).status == AppointmentStatus::Missed);
    CHECK(row(14).patientName == QStringLiteral("Pat102 O'Brien"));
    query.withPatientNames = false;
    query.locationId = kAdelaide;
    const QList<AppointmentListRow> unnamed = reader->appointments(query, true, &error);
    REQUIRE(unnamed.size() == 2); // 11 and 14
    CHECK(unnamed.at(0).patientName.isEmpty());

    const PatientContacts contacts =
        reader->contacts({100, 104, 555}, QStringLiteral("lapsed"), true, &error);
    REQUIRE(error.isNull());
    CHECK(contacts.size() == 2);
    CHECK(contacts.value(100).name == QStringLiteral("Pat100 O'Brien"));
    CHECK(contacts.value(104).phone == QStringLiteral("0400 000 104"));

    // The full load in chunks hands over the same facts as one read.
    QList<AppointmentFact> chunked;
    qsizetype largest = 0;
    REQUIRE(reader->loadFactsInChunks(
        2,
        [&](const QList<AppointmentFact> &chunk) {
            largest = std::max(largest, chunk.size());
            chunked += chunk;
        },
        &error));
    CHECK(largest == 2);
    // The same facts, each once.
    const auto idsOf = [](const QList<AppointmentFact> &facts) {
        QList<RecordId> out;
        for (const AppointmentFact &f : facts)
            out << f.id;
        std::sort(out.begin(), out.end());
        return out;
    };
    const QList<RecordId> chunkedIds = idsOf(chunked);
    CHECK(chunkedIds == idsOf(reader->loadFacts(&error)));
    CHECK(std::adjacent_find(chunkedIds.begin(), chunkedIds.end()) == chunkedIds.end());
}

TEMPLATE_TEST_CASE("a change known only by its dates, read again from a store, keeps an index "
                   "equal to a full read: an appointment moved a fortnight and one removed",
                   "[contract]", CacheStore, ServerStore)
{
    auto rig = TestType::make(clinicDefaultZone());
    runScript(*rig);
    const std::unique_ptr<ClinicReader> reader = rig->openReader();
    RoutiqError error;
    AppointmentIndex index;
    index.reset(reader->loadFacts(&error));
    REQUIRE(error.isNull());
    const qsizetype before = index.factCount();

    ChangeSet changes;
    Appointment moved = appointment(14, kAdelaide, utc(2026, 4, 21, 0, 0), 102);
    apply(*rig, appointmentsPage({moved}), {}, &changes);
    ChangeSet removal;
    REQUIRE(rig->store().removeAppointments({12}, &removal, &error));
    changes.merge(removal);
    QList<QDate> dates;
    for (const qint64 day : std::as_const(changes.localJulianDays))
        dates.append(QDate::fromJulianDay(day));
    CHECK(dates.contains(QDate(2026, 4, 7)));  // where 14 was
    CHECK(dates.contains(QDate(2026, 4, 21))); // where it is now

    const auto changed = ChangedDays::read(*reader, index, dates, &error);
    REQUIRE(changed);
    index.apply(changed->upserted, changed->deleted);
    const auto idsOn = [&index](QDate day) {
        QSet<RecordId> ids;
        index.forEachDay(day.toJulianDay(), day.toJulianDay(), [&](qint64, const auto &entries) {
            for (const auto &e : entries)
                ids.insert(e.id);
        });
        return ids;
    };
    INFO(rig->label().toStdString());
    CHECK(idsOn(QDate(2026, 4, 21)).contains(14));
    CHECK_FALSE(idsOn(QDate(2026, 4, 7)).contains(14));
    CHECK_FALSE(idsOn(QDate(2026, 4, 5)).contains(12));
    CHECK(index.factCount() == before - 1);
    AppointmentIndex full;
    full.reset(reader->loadFacts(&error));
    CHECK(full.factCount() == index.factCount());
}
