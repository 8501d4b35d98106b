// ClinicConnectionService, the one path for clinic connections (routiq-cli clinic, the wizard,
// the connections panel): against a real folder (keychain, encrypted app database) and the
// simulator on loopback. Admins only, checked in the service; every action and refusal audited;
// a key is replaced only after it worked; a removed clinic leaves nothing a new one could see.
#include "clinicgroup.h"
#include "e2etestsupport.h"
#include "securityfixture.h"
#include "testapp.h"
#include "testfolder.h"

#include "net/httppolicyregistry.h"
#include "secrets/keyvault.h"
#include "security/auditedaccess.h"
#include "session/appcontext.h"
#include "session/clinicconnectionservice.h"
#include "session/clinicsession.h"
#include "session/clinicsessions.h"
#include "session/connectionfailuretext.h"
#include "session/connectiontest.h"
#include "simulator/clinikosimulator.h"
#include "simulator/nookalsimulator.h"
#include "storage/appdatabase.h"
#include "storage/sqlciphersupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace routiq;
using namespace routiq::test;

namespace {

RoutiqError wait(const std::function<void(ClinicConnectionService::Done)> &call)
{
    std::optional<RoutiqError> answer;
    call([&](const RoutiqError &e) { answer = e; });
    REQUIRE(spinUntil([&] { return answer.has_value(); }, 30000));
    return *answer;
}

QString storedKey(AppContext &app, const ClinicId &id, RoutiqError *error)
{
    std::optional<QString> key;
    app.vault().apiKey(id, [&](const QString &k, const RoutiqError &e) {
        key = k;
        *error = e;
    });
    REQUIRE(spinUntil([&] { return key.has_value(); }, 10000));
    return *key;
}

qint64 count(SecurityFixture &security, const QString &action)
{
    return security.scalar(
        QStringLiteral("SELECT count(*) FROM audit_log WHERE action = '%1'").arg(action));
}

RoutiqError runTest(const ClinicConnection &c, const QString &key);

ClinicConnection north(const ClinikoSimulator &sim)
{
    ClinicConnection c;
    c.id = QStringLiteral("north");
    c.name = QStringLiteral("North");
    c.baseUrlOverride = sim.baseUrl().toString();
    c.contactEmail = QStringLiteral("tests@routiq.invalid");
    return c;
}

} // namespace

TEST_CASE("the clinic connection service adds, tests, replaces a key only after a test, renames "
          "and removes, for admins only, auditing each action and refusal")
{
    ensureCoreApp();
    if (qEnvironmentVariable("ROUTIQ_IN_KEYRING") != QLatin1String("1"))
        FAIL("needs the throw-away keyring: run with scripts/test (tests/support/with-keyring)");
    REQUIRE(SqlCipherSupport::ensureDriverAvailable().isNull());
    ClinikoSimulator sim(smallClinic(10, 40));
    sim.setRateLimitEnabled(false);
    REQUIRE(sim.start());
    QTemporaryDir dir;
    auto app = createFolder(dir.path());
    REQUIRE(app);
    SecurityFixture security;
    const AuditedAccess guard(&security.accounts->policy(), security.audit.get());
    SystemClock clock;
    ClinicConnectionService service(app.get(), &guard, &clock);
    const ActingUser admin = security.admin();
    const ActingUser staff = actingUser(42, Role::Staff, {QStringLiteral("north")});
    const ClinicConnection c = north(sim);

    // A staff member is refused everything, in the service, and each refusal is audited.
    const qint64 deniedBefore = count(security, QStringLiteral("access.denied"));
    CHECK(wait([&](auto done) { service.add(staff, c, sim.apiKey(), done); }).code ==
          QStringLiteral("ACCESS_DENIED"));
    CHECK_FALSE(app->appDatabase().clinicConnection(c.id));
    std::optional<RoutiqError> testAnswer;
    service.testConnection(
        staff, c, sim.apiKey(),
        [&](const std::optional<ConnectionReport> &, const RoutiqError &e) { testAnswer = e; });
    REQUIRE(spinUntil([&] { return testAnswer.has_value(); }, 10000));
    CHECK(testAnswer->code == QStringLiteral("ACCESS_DENIED"));
    CHECK(count(security, QStringLiteral("access.denied")) == deniedBefore + 2);

    // The admin tests first: what the PMS holds, without storing anything.
    std::optional<ConnectionReport> report;
    RoutiqError testError;
    bool answered = false;
    service.testConnection(admin, c, sim.apiKey(),
                           [&](const std::optional<ConnectionReport> &r, const RoutiqError &e) {
                               report = r;
                               testError = e;
                               answered = true;
                           });
    REQUIRE(spinUntil([&] { return answered; }, 30000));
    REQUIRE(report);
    REQUIRE_FALSE(report->locations.isEmpty());
    CHECK_FALSE(report->locations.first().timeZoneId.isEmpty());
    CHECK(report->practitionerCount > 0);
    CHECK(report->practitionerCount <= sim.clinic().practitioners.size());
    CHECK(report->appointmentCount > 0);
    CHECK_FALSE(app->appDatabase().clinicConnection(c.id));

    // Add, then the same id again.
    REQUIRE(wait([&](auto done) { service.add(admin, c, sim.apiKey(), done); }).isNull());
    REQUIRE(app->appDatabase().clinicConnection(c.id));
    CHECK(wait([&](auto done) { service.add(admin, c, sim.apiKey(), done); }).code ==
          QStringLiteral("CLINIC_EXISTS"));

    // A key that does not work never replaces one that does.
    const RoutiqError wrong = wait([&](auto done) {
        service.replaceApiKey(admin, c.id, QStringLiteral("wrong-key-au1"), done);
    });
    CHECK(wrong.code == QStringLiteral("CLINIKO_AUTH_REJECTED"));
    CHECK_FALSE(wrong.message.contains(QStringLiteral("wrong-key-au1")));
    RoutiqError keyError;
    CHECK(storedKey(*app, c.id, &keyError) == sim.apiKey());
    CHECK(wait([&](auto done) { service.replaceApiKey(staff, c.id, sim.apiKey(), done); }).code ==
          QStringLiteral("ACCESS_DENIED"));
    CHECK(
        wait([&](auto done) { service.replaceApiKey(admin, c.id, sim.apiKey(), done); }).isNull());

    // Rename and pause: admins only too; paused is kept in the app database.
    CHECK(service.rename(staff, c.id, QStringLiteral("Stolen")).code ==
          QStringLiteral("ACCESS_DENIED"));
    CHECK(service.rename(admin, c.id, QStringLiteral("  North Physio ")).isNull());
    CHECK(app->appDatabase().clinicConnection(c.id)->name == QStringLiteral("North Physio"));
    CHECK(service.setSyncPaused(staff, c.id, true).code == QStringLiteral("ACCESS_DENIED"));
    CHECK(service.setSyncPaused(admin, c.id, true).isNull());
    CHECK(app->appDatabase().isSyncPaused(c.id));

    // A paused clinic opens paused (as after a restart): its cache is created and readable,
    // but nothing is asked of the PMS until the admin resumes; then the first sync runs.
    HttpPolicyRegistry policies(clock);
    ClinicSessions sessions(app.get(), &clock, &policies);
    service.setSessions(&sessions);
    QSignalSpy opened(&sessions, &ClinicSessions::sessionOpened);
    const qsizetype requestsBefore = sim.requests().size();
    const qsizetype testRequests = 3; // locations, practitioners, appointments: one page each
    sessions.open(app->appDatabase().clinicConnections());
    REQUIRE(opened.wait(10000));
    ClinicSession *session = sessions.session(c.id);
    REQUIRE(session);
    CHECK(session->isSyncPaused());
    QSignalSpy passes(session, &ClinicSession::passCompleted);
    REQUIRE(spinUntil([&] { return QFile::exists(app->clinicDatabasePath(c.id)); }, 10000));
    // A barrier: a connection test's few requests go through the same simulator meanwhile; a
    // sync that was not paused would have sent its own by the time they are answered.
    const RoutiqError barrier = runTest(c, sim.apiKey());
    REQUIRE(barrier.isNull());
    CHECK(sim.requests().size() == requestsBefore + testRequests);
    CHECK(service.setSyncPaused(admin, c.id, false).isNull());
    CHECK_FALSE(app->appDatabase().isSyncPaused(c.id));
    REQUIRE(spinUntil([&] { return !passes.isEmpty(); }, 60000));
    CHECK(sim.requests().size() > requestsBefore);
    CHECK(service.setSyncPaused(admin, c.id, true).isNull());

    // Remove: a staff member cannot; the admin's removal leaves nothing behind.
    CHECK(wait([&](auto done) { service.remove(staff, c.id, done); }).code ==
          QStringLiteral("ACCESS_DENIED"));
    // The synced cache is there; removal closes the session first, then deletes it.
    REQUIRE(QFile::exists(app->clinicDatabasePath(c.id)));
    QSignalSpy closing(&sessions, &ClinicSessions::sessionClosing);
    CHECK(wait([&](auto done) { service.remove(admin, c.id, done); }).isNull());
    CHECK(closing.size() == 1);
    CHECK_FALSE(sessions.session(c.id));
    CHECK_FALSE(app->appDatabase().clinicConnection(c.id));
    CHECK(QDir(QFileInfo(app->clinicDatabasePath(c.id)).path())
              .entryList({c.id + QStringLiteral("*")}, QDir::Files)
              .isEmpty()); // no -wal, -shm or set-aside copy either
    CHECK_FALSE(QFile::exists(app->clinicDatabasePath(c.id)));
    storedKey(*app, c.id, &keyError);
    CHECK_FALSE(keyError.isNull()); // the keychain entry is gone
    CHECK(wait([&](auto done) { service.remove(admin, c.id, done); }).code ==
          QStringLiteral("CLINIC_UNKNOWN"));

    // A clinic added again under the same id starts unpaused, with none of the old state.
    REQUIRE(wait([&](auto done) { service.add(admin, c, sim.apiKey(), done); }).isNull());
    CHECK_FALSE(app->appDatabase().isSyncPaused(c.id));
    CHECK(app->appDatabase().clinicConnection(c.id)->name == QStringLiteral("North"));
    REQUIRE(spinUntil([&] { return sessions.session(c.id) != nullptr; }, 10000));
    service.setSessions(nullptr);
    sessions.stopAll();

    // Every allowed action is in the log as well.
    CHECK(count(security, QStringLiteral("connection.change")) >= 6);
    CHECK(count(security, QStringLiteral("api_key.change")) >= 2);
    CHECK(security.audit->verify().ok);
}

TEST_CASE("a failed connection test says plainly what went wrong and never shows the key")
{
    const QString key = QStringLiteral("MS0xLTEyMzQ1Njc4OTAtYWJjZGVm-uk1");
    const auto explain = [&](const QString &code, const QString &details, PmsKind pms,
                             const QString &k) {
        RoutiqError raw = RoutiqError::make(code, QStringLiteral("raw ") + k, details + k);
        return ConnectionFailureText::explain(raw, pms, k);
    };
    using Kind = ConnectionFailureText::Kind;
    const auto kind = [&](const QString &code, const QString &details, const QString &k) {
        return ConnectionFailureText::classify(RoutiqError::make(code, {}, details),
                                               PmsKind::Cliniko, k);
    };
    CHECK(kind(QStringLiteral("CLINIKO_AUTH_REJECTED"), QStringLiteral("HTTP 401"), key) ==
          Kind::WrongKey);
    CHECK(kind(QStringLiteral("CLINIKO_AUTH_REJECTED"), QStringLiteral("HTTP 401"),
               QStringLiteral("MS0xLTEyMzQ1Njc4OTA")) == Kind::OtherShard);
    CHECK(kind(QStringLiteral("CLINIKO_HOST_NOT_FOUND"), {}, QStringLiteral("abc-zz7")) ==
          Kind::OtherShard);
    CHECK(kind(QStringLiteral("CLINIKO_HOST_NOT_FOUND"), {}, key) == Kind::NoNetwork);
    CHECK(kind(QStringLiteral("CLINIKO_API_UNAVAILABLE"), QStringLiteral("network error 1"), key) ==
          Kind::NoNetwork);
    CHECK(kind(QStringLiteral("CLINIKO_API_UNAVAILABLE"), QStringLiteral("HTTP 503 after 4"),
               key) == Kind::PmsDown);
    CHECK(kind(QStringLiteral("CLINIKO_BAD_RESPONSE"), {}, key) == Kind::PmsDown);
    CHECK(kind(QStringLiteral("CLINIKO_RATE_LIMITED"), {}, key) == Kind::RateLimited);
    CHECK(kind(QStringLiteral("CLINIKO_TLS_FAILED"), {}, key) == Kind::ProxyOrTls);
    CHECK(kind(QStringLiteral("CLINIKO_PROXY_FAILED"), {}, key) == Kind::ProxyOrTls);
    for (const char *code : {"CLINIKO_AUTH_REJECTED", "CLINIKO_HOST_NOT_FOUND",
                             "CLINIKO_RATE_LIMITED", "CLINIKO_SOMETHING_ELSE"}) {
        const RoutiqError e =
            explain(QString::fromLatin1(code), QStringLiteral("d "), PmsKind::Cliniko, key);
        CHECK_FALSE(e.message.contains(key));
        CHECK_FALSE(e.details.contains(key));
        CHECK(e.code == QString::fromLatin1(code));
    }
}

namespace {

// One ConnectionTest against the real adapter over HTTP; the error it ends with, or a null one.
RoutiqError runTest(const ClinicConnection &c, const QString &key)
{
    SystemClock clock;
    ConnectionTest test(c, key, &clock);
    std::optional<RoutiqError> answer;
    QObject::connect(&test, &ConnectionTest::succeeded, [&] { answer = RoutiqError{}; });
    QObject::connect(&test, &ConnectionTest::failed, [&](const RoutiqError &e) { answer = e; });
    test.start();
    REQUIRE(spinUntil([&] { return answer.has_value(); }, 60000));
    return *answer;
}

} // namespace

TEST_CASE("a connection test over HTTP tells a rejected key, an error page, a rate limit and a "
          "host that cannot be found apart")
{
    ensureCoreApp();
    ClinikoSimulator sim(smallClinic(5, 20));
    REQUIRE(sim.start());
    const ClinicConnection c = north(sim);
    using Kind = ConnectionFailureText::Kind;
    const auto kindOf = [&](const RoutiqError &e, const QString &key) {
        return ConnectionFailureText::classify(e, PmsKind::Cliniko, key);
    };

    CHECK(runTest(c, sim.apiKey()).isNull());

    const RoutiqError wrong = runTest(c, QStringLiteral("wrong-key-0000-au1"));
    CHECK(kindOf(wrong, QStringLiteral("wrong-key-0000-au1")) == Kind::WrongKey);
    CHECK_FALSE(wrong.message.contains(QStringLiteral("wrong-key-0000-au1")));

    sim.injectFault(SimulatorFault::Kind::HtmlPage);
    const RoutiqError page = runTest(c, sim.apiKey());
    CHECK(kindOf(page, sim.apiKey()) == Kind::PmsDown);
    CHECK(page.message.contains(QStringLiteral("error page")));

    SimulatorFault limited;
    limited.kind = SimulatorFault::Kind::RateLimited;
    limited.resetAt = QDateTime::currentDateTimeUtc().addSecs(3600); // too long to wait for
    sim.injectFault(limited);
    const RoutiqError slowDown = runTest(c, sim.apiKey());
    CHECK(slowDown.code == QStringLiteral("CLINIKO_RATE_LIMITED"));
    CHECK(slowDown.message.contains(QStringLiteral("slow down")));

    // A host nobody can resolve (.invalid never exists): the network or DNS, in those words.
    ClinicConnection nowhere = c;
    nowhere.baseUrlOverride = QStringLiteral("https://api.routiq-test.invalid/v1");
    const RoutiqError dns = runTest(nowhere, sim.apiKey());
    CHECK(dns.code == QStringLiteral("CLINIKO_HOST_NOT_FOUND"));
    CHECK(kindOf(dns, sim.apiKey()) == Kind::NoNetwork);
    CHECK(dns.message.contains(QStringLiteral("DNS")));
}

TEST_CASE("a Nookal connection test reports its locations with their zones, practitioners and "
          "appointments, and a wrong key in plain words")
{
    ensureCoreApp();
    NookalSimulator sim(smallClinic(5, 20, 77));
    REQUIRE(sim.start());
    ClinicConnection c;
    c.id = QStringLiteral("east");
    c.name = QStringLiteral("East");
    c.pmsKind = PmsKind::Nookal;
    c.baseUrlOverride = sim.baseUrl().toString();
    SystemClock clock;
    ConnectionTest test(c, sim.apiKey(), &clock);
    std::optional<ConnectionReport> report;
    QObject::connect(&test, &ConnectionTest::succeeded,
                     [&](const ConnectionReport &r) { report = r; });
    test.start();
    REQUIRE(spinUntil([&] { return report.has_value(); }, 30000));
    REQUIRE_FALSE(report->locations.isEmpty());
    CHECK_FALSE(report->locations.first().timeZoneId.isEmpty());
    CHECK(report->practitionerCount > 0);
    CHECK(report->appointmentCount > 0);

    const RoutiqError wrong = runTest(c, QStringLiteral("not-a-nookal-key"));
    CHECK(wrong.code == QStringLiteral("NOOKAL_AUTH_REJECTED"));
    CHECK(wrong.message.contains(QStringLiteral("Nookal did not accept this API key")));
}
