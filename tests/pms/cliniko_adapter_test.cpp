#include "clinikotestclinic.h"
#include "core/clock.h"
#include "pms/cliniko/clinikoadapter.h"
#include "pmstestsupport.h"
#include "testapp.h"

#include <QSet>

using namespace routiq;
using namespace routiq::test;

namespace {

struct Setup
{
    explicit Setup(ClinikoSimulator::Options options = {})
        : simulator((ensureCoreApp(), ClinicGenerator::generate(smallClinic())), options)
    {
        simulator.setFixedNow(testNow());
        simulator.setRateLimitEnabled(false);
        REQUIRE(simulator.start());
    }
    SystemClock clock;
    ClinikoSimulator simulator;
};

template <typename T>
void requireSame(const QList<T> &actual, const QList<T> &expected)
{
    const QList<T> a = byId(actual);
    const QList<T> e = byId(expected);
    const qsizetype diff = firstDifference(a, e);
    INFO("sizes " << a.size() << " vs " << e.size() << ", first difference at " << diff);
    REQUIRE(diff == -1);
}

} // namespace

TEST_CASE("a full read of every resource equals the simulated clinic, hidden rows included")
{
    Setup s;
    ClinikoAdapter adapter(configFor(s.simulator), s.clock);
    const SimulatedClinic &clinic = s.simulator.clinic();

    const auto locations = readAll(adapter, ResourceKind::Locations);
    REQUIRE(locations.ok());
    requireSame(locations.merged().locations, clinic.expectedLocations());

    const auto practitioners = readAll(adapter, ResourceKind::Practitioners);
    REQUIRE(practitioners.ok());
    requireSame(practitioners.merged().practitioners, clinic.expectedPractitioners());
    const QList<Practitioner> staff = practitioners.merged().practitioners;
    CHECK(std::count_if(staff.cbegin(), staff.cend(),
                        [](const Practitioner &p) { return !p.active; }) == 2);

    const auto types = readAll(adapter, ResourceKind::AppointmentTypes);
    REQUIRE(types.ok());
    requireSame(types.merged().appointmentTypes, clinic.expectedAppointmentTypes());

    const auto patients = readAll(adapter, ResourceKind::Patients);
    REQUIRE(patients.ok());
    REQUIRE(patients.pages.size() == 3); // 250 patients at 100 per page
    CHECK(patients.pages.first().totalEntries == 250);
    requireSame(patients.merged().patients, clinic.expectedPatients());

    const auto appointments = readAll(adapter, ResourceKind::Appointments);
    REQUIRE(appointments.ok());
    const QList<Appointment> read = appointments.merged().appointments;
    requireSame(read, clinic.expectedAppointments());
    CHECK(
        std::any_of(read.cbegin(), read.cend(), [](const Appointment &a) { return a.cancelled; }));
    CHECK(std::any_of(read.cbegin(), read.cend(), [](const Appointment &a) { return a.deleted; }));
    CHECK(std::any_of(read.cbegin(), read.cend(),
                      [](const Appointment &a) { return a.didNotArrive.value_or(false); }));

    QDateTime newest;
    for (const Appointment &a : read)
        newest = std::max(newest, a.updatedAt);
    CHECK(appointments.merged().maxUpdatedAt == newest);
}

TEST_CASE("the adapter asks for hidden rows, sorted by updated_at, 100 per page, with its headers")
{
    Setup s;
    ClinikoAdapter adapter(configFor(s.simulator), s.clock);
    REQUIRE(
        fetchOne(adapter, PageRequest{ResourceKind::Appointments, {}, testNow().addDays(-1)}).ok());
    REQUIRE(s.simulator.requestCount() == 1);
    const QString query = s.simulator.requests().first().query;
    CHECK(query.contains(QStringLiteral("q[]=cancelled_at:*")));
    CHECK(query.contains(QStringLiteral("q[]=archived_at:*")));
    CHECK(query.contains(QStringLiteral("q[]=updated_at:>2026-03-01T00:00:00Z")));
    CHECK(query.contains(QStringLiteral("sort=updated_at")));
    CHECK(query.contains(QStringLiteral("per_page=100")));
    // The simulator answers 401/403 to a wrong key or a User-Agent without a contact email.
    CHECK(s.simulator.requests().first().status == 200);
}

TEST_CASE("businesses without a zone of their own take the account zone from /settings")
{
    ClinikoSimulator::Options options;
    options.advancedTimeZones = false;
    Setup s(options);
    ClinikoAdapter adapter(configFor(s.simulator), s.clock);
    const auto locations = readAll(adapter, ResourceKind::Locations);
    REQUIRE(locations.ok());
    for (const Location &l : locations.merged().locations)
        CHECK(l.timeZoneId == QStringLiteral("Australia/Melbourne"));
    CHECK(s.simulator.requests().last().path == QStringLiteral("/v1/settings"));
}

TEST_CASE("incremental reads see new bookings, edits, cancellations, archives and no-shows")
{
    Setup s;
    ClinikoAdapter adapter(configFor(s.simulator), s.clock);
    const auto full = readAll(adapter, ResourceKind::Appointments);
    REQUIRE(full.ok());
    const QDateTime hwm = full.merged().maxUpdatedAt;
    REQUIRE(hwm.isValid());

    s.simulator.setFixedNow(testNow().addSecs(3600));
    const SimulatedClinic &clinic = s.simulator.clinic();
    QList<RecordId> future;
    QList<RecordId> pastUnmarked;
    for (const SimAppointment &a : clinic.appointments) {
        if (a.isCancelled() || a.isArchived())
            continue;
        if (a.startsAt > testNow().addDays(1))
            future.append(a.id);
        else if (a.startsAt < testNow() && !a.didNotArrive)
            pastUnmarked.append(a.id);
    }
    REQUIRE(future.size() > 4);
    REQUIRE_FALSE(pastUnmarked.isEmpty());
    REQUIRE(s.simulator.cancelAppointment(future[0], 40, QStringLiteral("Away")));
    REQUIRE(s.simulator.archiveAppointment(future[1]));
    REQUIRE(s.simulator.rescheduleAppointment(future[2], testNow().addDays(5)));
    REQUIRE(s.simulator.editAppointmentNotes(future[3], QStringLiteral("bring referral")));
    REQUIRE(s.simulator.markDidNotArrive(pastUnmarked[0]));
    const SimAppointment &any = clinic.appointments.first();
    const RecordId added =
        s.simulator.addAppointment(any.patientId, any.practitionerId, any.businessId,
                                   any.appointmentTypeId, testNow().addDays(3));
    REQUIRE(added != 0);

    const auto delta = readAll(adapter, ResourceKind::Appointments, hwm);
    REQUIRE(delta.ok());
    const QList<Appointment> changed = delta.merged().appointments;
    QSet<RecordId> ids;
    for (const Appointment &a : changed)
        ids.insert(a.id);
    CHECK(ids ==
          QSet<RecordId>{future[0], future[1], future[2], future[3], pastUnmarked[0], added});
    for (const Appointment &a : changed) {
        CHECK(a == s.simulator.clinic().appointment(a.id)->toRecord());
        if (a.id == future[0])
            CHECK((a.cancelled && a.cancellationReason == 40));
        if (a.id == future[1])
            CHECK(a.deleted);
        if (a.id == future[2])
            CHECK(a.startsAt == testNow().addDays(5));
        if (a.id == pastUnmarked[0])
            CHECK(a.didNotArrive == std::optional<bool>(true));
    }
    CHECK(delta.merged().maxUpdatedAt > hwm);

    // Nothing changed since: an empty page, no cursor.
    const auto none = readAll(adapter, ResourceKind::Appointments, delta.merged().maxUpdatedAt);
    REQUIRE(none.ok());
    CHECK(none.merged().appointments.isEmpty());
}

TEST_CASE("practitioners are read from the active list, then the inactive list")
{
    Setup s;
    s.simulator.setFixedNow(testNow().addSecs(60));
    const RecordId leaving = s.simulator.clinic().practitioners.first().id;
    REQUIRE(s.simulator.deactivatePractitioner(leaving));
    ClinikoAdapter adapter(configFor(s.simulator), s.clock);
    const auto read = readAll(adapter, ResourceKind::Practitioners, testNow());
    REQUIRE(read.ok());
    REQUIRE(read.merged().practitioners.size() == 1);
    CHECK(read.merged().practitioners.first().id == leaving);
    CHECK_FALSE(read.merged().practitioners.first().active);
    REQUIRE(s.simulator.requestCount() == 2);
    CHECK(s.simulator.requests()[1].path == QStringLiteral("/v1/practitioners/inactive"));
}

TEST_CASE("the shard comes from the API key suffix")
{
    CHECK(ClinikoAdapter::baseUrlForApiKey(QStringLiteral("MS0xLTIzNDU2-au2")) ==
          QUrl(QStringLiteral("https://api.au2.cliniko.com/v1")));
    CHECK(ClinikoAdapter::baseUrlForApiKey(QStringLiteral("MS0xLTIzNDU2-UK1")) ==
          QUrl(QStringLiteral("https://api.uk1.cliniko.com/v1")));
    CHECK(ClinikoAdapter::baseUrlForApiKey(QStringLiteral("MS0xLTIzNDU2")) ==
          QUrl(QStringLiteral("https://api.au1.cliniko.com/v1")));
    QString problem;
    CHECK_FALSE(ClinikoAdapter::baseUrlForApiKey(QStringLiteral("MS0xLTIzNDU2-australia"), &problem)
                    .isValid());
    CHECK_FALSE(problem.isEmpty());
    CHECK_FALSE(ClinikoAdapter::baseUrlForApiKey(QStringLiteral("abc-a1")).isValid());
}

TEST_CASE("a plain-http base URL that is not loopback is refused with a clear error")
{
    ensureCoreApp();
    SystemClock clock;
    ClinikoConfig config;
    config.apiKey = QStringLiteral("secret-key-au1");
    config.contactEmail = QStringLiteral("tests@routiq.invalid");
    config.baseUrlOverride = QUrl(QStringLiteral("http://api.au1.cliniko.com/v1"));
    ClinikoAdapter adapter(config, clock);
    const auto result = fetchOne(adapter, PageRequest{ResourceKind::Patients, {}, {}});
    REQUIRE_FALSE(result.timedOut);
    CHECK(result.error.code == QStringLiteral("CLINIKO_INSECURE_URL"));
    CHECK(result.error.message.contains(QStringLiteral("https")));
    CHECK_FALSE(result.error.message.contains(QStringLiteral("secret-key")));
    CHECK_FALSE(result.error.details.contains(QStringLiteral("secret-key")));
}

TEST_CASE("a wrong API key gives CLINIKO_AUTH_REJECTED without the key in the error")
{
    Setup s;
    ClinikoConfig config = configFor(s.simulator);
    config.apiKey = QStringLiteral("wrong-key-au1");
    ClinikoAdapter adapter(config, s.clock);
    const auto result = fetchOne(adapter, PageRequest{ResourceKind::Appointments, {}, {}});
    CHECK(result.error.code == QStringLiteral("CLINIKO_AUTH_REJECTED"));
    CHECK(result.error.details.contains(QStringLiteral("401")));
    CHECK(result.error.details.contains(QStringLiteral("127.0.0.1")));
    CHECK_FALSE(
        result.error.toJson().toVariantMap().values().contains(QStringLiteral("wrong-key-au1")));
    CHECK_FALSE(result.error.message.contains(QStringLiteral("wrong-key")));
    CHECK(s.simulator.requestCount() == 1); // never retried
}

TEST_CASE("a cursor pointing at another server is refused without sending the key there")
{
    Setup s;
    ClinikoAdapter adapter(configFor(s.simulator), s.clock);
    const auto result = fetchOne(
        adapter,
        PageRequest{ResourceKind::Appointments,
                    QStringLiteral("https://evil.example.com/v1/individual_appointments?page=2"),
                    {}});
    CHECK(result.error.code == QStringLiteral("CLINIKO_BAD_RESPONSE"));
    CHECK(s.simulator.requestCount() == 0);
}

TEST_CASE("a connection without a valid contact email is refused before any request")
{
    Setup s;
    ClinikoConfig config = configFor(s.simulator);
    config.contactEmail = QStringLiteral("not an email");
    ClinikoAdapter adapter(config, s.clock);
    const auto result = fetchOne(adapter, PageRequest{ResourceKind::Patients, {}, {}});
    CHECK(result.error.code == QStringLiteral("CLINIKO_CONFIG_INVALID"));
    CHECK(result.error.message.contains(QStringLiteral("contact email")));
    CHECK(s.simulator.requestCount() == 0);

    RoutiqError error;
    config.contactEmail = QStringLiteral("it@clinic.example");
    CHECK(ClinikoAdapter::resolveBaseUrl(config, &error) == s.simulator.baseUrl());
    CHECK(error.isNull());
}
