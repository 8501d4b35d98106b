// The patient-level list is guarded in the service, not only hidden in the UI: ClinicSession is
// called directly with each role, and every view or refusal lands in the audit log.
#include "e2etestsupport.h"
#include "securityfixture.h"
#include "testapp.h"

#include "security/auditedaccess.h"
#include "session/clinicsession.h"
#include "session/pmsadapterfactory.h"
#include "simulator/clinikosimulator.h"
#include "storage/sqlciphersupport.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace routiq;
using namespace routiq::test;

namespace {

ActingUser user(qint64 id, Role role, QList<ClinicId> clinics)
{
    ActingUser u;
    u.userId = id;
    u.username = QStringLiteral("user%1").arg(id);
    u.role = role;
    u.clinics = std::move(clinics);
    return u;
}

} // namespace

TEST_CASE("a clinic session serves patient-level lists only to roles allowed to see them, and "
          "audits each view and refusal")
{
    ensureCoreApp();
    REQUIRE(SqlCipherSupport::ensureDriverAvailable().isNull());
    ClinikoSimulator sim(smallClinic(20, 80));
    sim.setRateLimitEnabled(false);
    REQUIRE(sim.start());

    SecurityFixture security;
    const AuditedAccess guard(&security.accounts->policy(), security.audit.get());

    QTemporaryDir dir;
    SystemClock clock;
    ClinicConnection c;
    c.id = QStringLiteral("north");
    c.name = QStringLiteral("North");
    c.baseUrlOverride = sim.baseUrl().toString();
    c.contactEmail = QStringLiteral("tests@routiq.invalid");
    ClinicSession session(c, dir.filePath(QStringLiteral("north.db")), DatabaseKey::generate(),
                          PmsAdapterFactory::forConnection(c, sim.apiKey(), &clock), &clock,
                          SyncEngine::Options{});
    session.setAccessGuard(&guard);
    QSignalSpy passes(&session, &ClinicSession::passCompleted);
    QSignalSpy ready(&session, &ClinicSession::appointmentListReady);
    QSignalSpy failed(&session, &ClinicSession::appointmentListFailed);
    session.start();
    REQUIRE(spinUntil(
        [&] {
            for (const QList<QVariant> &args : passes)
                if (args.at(1).toBool())
                    return true;
            return false;
        },
        60000));

    AppointmentListQuery query;
    query.from = QDate::currentDate().addDays(-20);
    query.to = QDate::currentDate();
    const auto denied = [&](quint64 id) {
        return spinUntil([&] { return !failed.isEmpty() || !ready.isEmpty(); }, 10000) &&
               ready.isEmpty() && failed.size() == 1 && failed.at(0).at(0).toULongLong() == id &&
               failed.at(0).at(1).value<RoutiqError>().code == QStringLiteral("ACCESS_DENIED");
    };
    const qint64 deniedBefore =
        security.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                       "'access.denied'"));

    SECTION("read-only is refused, in its own clinic too")
    {
        session.requestAppointmentList(user(7, Role::ReadOnly, {c.id}), query, 1);
        CHECK(denied(1));
    }
    SECTION("staff of another clinic is refused")
    {
        session.requestAppointmentList(user(8, Role::Staff, {QStringLiteral("south")}), query, 2);
        CHECK(denied(2));
    }
    SECTION("no signed-in user is refused once a guard is set")
    {
        session.requestAppointmentList(query, 3);
        CHECK(denied(3));
        return; // nothing reached the guard, so nothing to audit
    }
    SECTION("staff of this clinic gets the rows, and the view is audited")
    {
        session.requestAppointmentList(user(9, Role::Staff, {c.id}), query, 4);
        REQUIRE(ready.wait(10000));
        CHECK(failed.isEmpty());
        CHECK(ready.at(0).at(0).toULongLong() == 4);
        CHECK_FALSE(ready.at(0).at(1).value<QList<AppointmentListRow>>().isEmpty());
        CHECK(security.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                             "'patient_level.view' AND object_id = 'north'")) == 1);
        session.stop();
        return;
    }
    CHECK(security.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                         "'access.denied'")) == deniedBefore + 1);
    session.stop();
}
