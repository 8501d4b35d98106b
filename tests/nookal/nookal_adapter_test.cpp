#include "clinikotestclinic.h"
#include "core/clock.h"
#include "net/pmshttpclient.h"
#include "nookaltestclinic.h"
#include "pms/nookal/nookaladapter.h"
#include "pmstestsupport.h"
#include "simulator/clinicgenerator.h"
#include "testapp.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>

#include <algorithm>

using namespace routiq;
using namespace routiq::test;

namespace {

struct NookalSetup
{
    NookalSetup() : simulator((ensureCoreApp(), ClinicGenerator::generate(smallClinic())))
    {
        simulator.setFixedNow(testNow());
        REQUIRE(simulator.start());
    }
    SystemClock clock;
    NookalSimulator simulator;
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

// A raw request to the simulator, bypassing the adapter.
std::pair<int, QByteArray> rawGet(const QUrl &url)
{
    QNetworkAccessManager nam;
    QNetworkReply *reply = nam.get(QNetworkRequest(url));
    REQUIRE(waitUntil([reply] { return reply->isFinished(); }));
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    return {status, body};
}

} // namespace

TEST_CASE("a full Nookal read of every resource equals the simulated clinic, deleted rows absent")
{
    NookalSetup s;
    NookalAdapter adapter(nookalConfigFor(s.simulator), s.clock);
    const SimulatedClinic &clinic = s.simulator.clinic();
    REQUIRE(std::any_of(clinic.appointments.cbegin(), clinic.appointments.cend(),
                        [](const SimAppointment &a) { return a.isArchived(); }));

    const auto locations = readAll(adapter, ResourceKind::Locations);
    REQUIRE(locations.ok());
    requireSame(locations.merged().locations, nookalLocations(clinic));
    const auto practitioners = readAll(adapter, ResourceKind::Practitioners);
    REQUIRE(practitioners.ok());
    requireSame(practitioners.merged().practitioners, nookalPractitioners(clinic));
    const auto types = readAll(adapter, ResourceKind::AppointmentTypes);
    REQUIRE(types.ok());
    requireSame(types.merged().appointmentTypes, nookalAppointmentTypes(clinic));
    const auto patients = readAll(adapter, ResourceKind::Patients);
    REQUIRE(patients.ok());
    REQUIRE(patients.pages.size() > 1);
    requireSame(patients.merged().patients, nookalPatients(clinic));
    const auto appointments = readAll(adapter, ResourceKind::Appointments);
    REQUIRE(appointments.ok());
    REQUIRE(appointments.pages.size() > 1);
    requireSame(appointments.merged().appointments, nookalAppointments(clinic));
}

TEST_CASE("the adapter POSTs form-encoded requests with the key, and the simulator takes GET too")
{
    NookalSetup s;
    NookalAdapter adapter(nookalConfigFor(s.simulator), s.clock);
    REQUIRE(fetchOne(adapter, {ResourceKind::Practitioners, {}, {}}).ok());
    REQUIRE(s.simulator.requests().size() == 1);
    const auto &sent = s.simulator.requests().first();
    CHECK(sent.verb == "POST");
    CHECK(sent.method == QStringLiteral("getPractitioners"));
    CHECK(sent.params.value(QStringLiteral("page")) == QStringLiteral("1"));
    CHECK(sent.params.value(QStringLiteral("page_length")) == QStringLiteral("100"));
    CHECK(sent.params.value(QStringLiteral("include_inactive_practitioners")) ==
          QStringLiteral("1"));
    CHECK(sent.status == 200);

    QUrl url = s.simulator.baseUrl();
    url.setPath(url.path() + QStringLiteral("/getLocations"));
    url.setQuery(QStringLiteral("api_key=") + s.simulator.apiKey());
    const auto [status, body] = rawGet(url);
    CHECK(status == 200);
    CHECK(QJsonDocument::fromJson(body).object().value(QLatin1String("status")).toString() ==
          QStringLiteral("success"));
}

TEST_CASE("an unknown Nookal method answers an HTML 404 page")
{
    NookalSetup s;
    QUrl url = s.simulator.baseUrl();
    url.setPath(url.path() + QStringLiteral("/getServices"));
    url.setQuery(QStringLiteral("api_key=") + s.simulator.apiKey());
    const auto [status, body] = rawGet(url);
    CHECK(status == 404);
    CHECK(body.startsWith("<!DOCTYPE html>"));
}

TEST_CASE(
    "a wrong Nookal key is a failure envelope with HTTP 200, reported as NOOKAL_AUTH_REJECTED")
{
    NookalSetup s;
    NookalConfig config = nookalConfigFor(s.simulator);
    config.apiKey = QStringLiteral("not-the-key");
    NookalAdapter adapter(config, s.clock);
    const auto result = fetchOne(adapter, {ResourceKind::Locations, {}, {}});
    REQUIRE(result.error.code == QStringLiteral("NOOKAL_AUTH_REJECTED"));
    CHECK(s.simulator.requests().last().status == 200);
    CHECK_FALSE(result.error.details.contains(QStringLiteral("not-the-key")));
    CHECK_FALSE(result.error.message.contains(QStringLiteral("not-the-key")));

    QSignalSpy failed(&adapter, &PmsAdapter::failed);
    adapter.verifyKey();
    REQUIRE(failed.wait(5'000));
    CHECK(failed.first().first().value<RoutiqError>().code ==
          QStringLiteral("NOOKAL_AUTH_REJECTED"));
}

TEST_CASE("verify succeeds with the right Nookal key")
{
    NookalSetup s;
    NookalAdapter adapter(nookalConfigFor(s.simulator), s.clock);
    QSignalSpy verified(&adapter, &NookalAdapter::keyVerified);
    adapter.verifyKey();
    REQUIRE(verified.wait(5'000));
    CHECK(s.simulator.requests().last().method == QStringLiteral("verify"));
}

TEST_CASE("HTML pages and malformed JSON are NOOKAL_BAD_RESPONSE and 5xx after retries is "
          "NOOKAL_API_UNAVAILABLE")
{
    NookalSetup s;
    NookalAdapter adapter(nookalConfigFor(s.simulator), s.clock);
    const PageRequest request{ResourceKind::Locations, {}, {}};

    s.simulator.injectFault(SimulatorFault::Kind::HtmlPage);
    CHECK(fetchOne(adapter, request).error.code == QStringLiteral("NOOKAL_BAD_RESPONSE"));
    s.simulator.injectFault(SimulatorFault::Kind::MalformedJson);
    CHECK(fetchOne(adapter, request).error.code == QStringLiteral("NOOKAL_BAD_RESPONSE"));
    s.simulator.injectFault(SimulatorFault::Kind::TruncatedJson);
    CHECK(fetchOne(adapter, request).error.code == QStringLiteral("NOOKAL_BAD_RESPONSE"));
    s.simulator.injectFault(SimulatorFault::Kind::Unauthorized);
    CHECK(fetchOne(adapter, request).error.code == QStringLiteral("NOOKAL_AUTH_REJECTED"));

    // One 503 is retried away; four in a row (every attempt) are reported.
    s.simulator.injectFault(SimulatorFault::Kind::ServerError);
    CHECK(fetchOne(adapter, request).ok());
    s.simulator.injectFault(SimulatorFault::Kind::ServerError, 4);
    const auto failed = fetchOne(adapter, request);
    CHECK(failed.error.code == QStringLiteral("NOOKAL_API_UNAVAILABLE"));
    CHECK(s.simulator.pendingFaults() == 0);
}

TEST_CASE("a 429 from Nookal is waited out and the request succeeds")
{
    NookalSetup s;
    NookalAdapter adapter(nookalConfigFor(s.simulator), s.clock);
    SimulatorFault fault;
    fault.kind = SimulatorFault::Kind::RateLimited;
    fault.resetAt = s.simulator.now(); // Retry-After: 0
    s.simulator.injectFault(fault);
    const auto result = fetchOne(adapter, {ResourceKind::Locations, {}, {}});
    REQUIRE(result.ok());
    CHECK(s.simulator.requests().size() == 2);
    CHECK(s.simulator.requests().first().status == 429);
}

TEST_CASE("plain http to a host that is not this machine is refused before any request")
{
    ensureCoreApp();
    SystemClock clock;
    NookalConfig config;
    config.apiKey = QStringLiteral("k");
    config.baseUrlOverride = QUrl(QStringLiteral("http://api.nookal.com/production/v2"));
    NookalAdapter adapter(config, clock);
    CHECK(fetchOne(adapter, {ResourceKind::Locations, {}, {}}).error.code ==
          QStringLiteral("NOOKAL_INSECURE_URL"));
    RoutiqError error;
    NookalConfig production;
    production.apiKey = QStringLiteral("k");
    CHECK(NookalAdapter::resolveBaseUrl(production, &error) ==
          QUrl(QStringLiteral("https://api.nookal.com/production/v2")));
    CHECK(error.isNull());
}

TEST_CASE("an incremental read sends last_modified as wall-clock time and gets only what changed")
{
    NookalSetup s;
    NookalAdapter adapter(nookalConfigFor(s.simulator), s.clock);
    const SimulatedClinic &clinic = s.simulator.clinic();
    const SimAppointment &target = clinic.appointments.at(clinic.appointments.size() / 2);
    REQUIRE(!target.isArchived());
    REQUIRE(!target.isCancelled());
    REQUIRE(s.simulator.cancelAppointment(target.id));

    const QDateTime since = testNow().addSecs(-120);
    const auto result = readAll(adapter, ResourceKind::Appointments, since);
    REQUIRE(result.ok());
    const QList<Appointment> got = result.merged().appointments;
    REQUIRE(std::any_of(got.cbegin(), got.cend(), [&](const Appointment &a) {
        return a.id == target.id && a.cancelled && a.cancelledAt.isValid();
    }));
    // Only recent changes: Perth's reading is 3 h behind Melbourne's, so Melbourne rows changed
    // up to 3 h before `since` come too (harmless: upserts), nothing older.
    CHECK(got.size() * 4 < nookalAppointments(clinic).size());
    for (const Appointment &a : got)
        CHECK(a.updatedAt >= since.addSecs(-3 * 3600));
    // Melbourne is UTC+11 and Perth UTC+8 on this date: the earlier (Perth) reading is sent.
    const auto &sent = s.simulator.requests().last();
    CHECK(sent.method == QStringLiteral("getAppointments"));
    CHECK(sent.params.value(QStringLiteral("last_modified")) ==
          since.toTimeZone(QTimeZone("Australia/Perth"))
              .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    CHECK(adapter.lastModifiedFor(ResourceKind::Appointments, since) ==
          sent.params.value(QStringLiteral("last_modified")));
}

TEST_CASE("a window read returns exactly the appointments whose local date is in the window")
{
    NookalSetup s;
    NookalAdapter adapter(nookalConfigFor(s.simulator), s.clock);
    const QDate from = testNow().date().addDays(-3);
    const QDate to = testNow().date().addDays(4);
    PageRequest request{ResourceKind::Appointments, {}, {}};
    request.windowFrom = from;
    request.windowTo = to;
    ReadResult all;
    for (;;) {
        const ReadResult one = fetchOne(adapter, request);
        REQUIRE(one.ok());
        all.pages += one.pages;
        if (one.pages.last().nextCursor.isEmpty())
            break;
        CHECK(one.pages.last().nextCursor.contains(from.toString(Qt::ISODate)));
        request = PageRequest{ResourceKind::Appointments, one.pages.last().nextCursor, {}};
    }
    QList<Appointment> expected = nookalAppointments(s.simulator.clinic());
    expected.removeIf([&](const Appointment &a) {
        return a.wallClockStart->date < from || a.wallClockStart->date > to;
    });
    REQUIRE(!expected.isEmpty());
    requireSame(all.merged().appointments, expected);
    CHECK(s.simulator.requests().last().params.value(QStringLiteral("date_from")) ==
          from.toString(Qt::ISODate));
}

TEST_CASE("front-desk activity at the Nookal simulator reaches an incremental read")
{
    NookalSetup s;
    NookalAdapter adapter(nookalConfigFor(s.simulator), s.clock);
    REQUIRE(readAll(adapter, ResourceKind::Locations).ok());
    QSignalSpy changed(&s.simulator, &NookalSimulator::dataChanged);
    s.simulator.startLiveActivity(10, 3);
    REQUIRE(changed.wait(5'000));
    s.simulator.stopLiveActivity();
    QList<RecordId> touched;
    for (const QList<QVariant> &args : std::as_const(changed))
        touched += args.first().value<QList<qint64>>();
    touched.removeAll(0);
    const auto result = readAll(adapter, ResourceKind::Appointments, testNow().addSecs(-120));
    REQUIRE(result.ok());
    QSet<RecordId> got;
    for (const Appointment &a : result.merged().appointments)
        got.insert(a.id);
    const QList<Appointment> expected = nookalAppointments(s.simulator.clinic());
    for (RecordId id : std::as_const(touched)) {
        const bool live = std::any_of(expected.cbegin(), expected.cend(),
                                      [id](const Appointment &a) { return a.id == id; });
        INFO("appointment " << id);
        CHECK(got.contains(id) == live); // deleted (archived) ones vanish, the rest arrive
    }
}
