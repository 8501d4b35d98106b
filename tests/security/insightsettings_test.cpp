// Working hours and re-engagement notes (issue 13) go through InsightSettingsService, which
// checks the role and audits: admins change hours, staff and admins write notes, read-only
// accounts neither; removing a clinic removes both.
#include "security/auditedaccess.h"
#include "securityfixture.h"
#include "session/insightsettingsservice.h"

#include <catch2/catch.hpp>

using namespace routiq;
using routiq::test::SecurityFixture;

namespace {

ActingUser addAndSignIn(SecurityFixture &f, const QString &name, Role role)
{
    AccountService::NewAccount n;
    n.username = name;
    n.password = QStringLiteral("a long enough password");
    n.role = role;
    n.clinics = {QStringLiteral("north")};
    RoutiqError error;
    REQUIRE(f.accounts->addAccount(f.admin(), n, &error));
    return f.signIn(name, n.password);
}

QList<AuditEntry> entriesOf(SecurityFixture &f, const QString &userName, const QString &action)
{
    RoutiqError error;
    const auto all = f.audit->list(f.admin(), {}, &error);
    REQUIRE(all);
    QList<AuditEntry> out;
    for (const AuditEntry &e : *all)
        if (e.userName == userName && e.action == action)
            out.append(e);
    return out;
}

WorkingHours hours(const char *text)
{
    QString problem;
    const auto h = WorkingHours::parse(QString::fromLatin1(text), &problem);
    REQUIRE(h);
    return *h;
}

} // namespace

TEST_CASE("only admins change working hours, anyone who sees the clinic reads them, all audited")
{
    SecurityFixture f;
    const ActingUser admin = f.admin();
    const ActingUser sam = addAndSignIn(f, QStringLiteral("sam"), Role::Staff);
    const ActingUser rita = addAndSignIn(f, QStringLiteral("rita"), Role::ReadOnly);
    const AuditedAccess access(&f.accounts->policy(), f.audit.get());
    InsightSettingsService service(InsightSettingsStore(f.db()), &access, &f.clock);
    const ClinicId north = QStringLiteral("north");

    RoutiqError error;
    REQUIRE(service.setWorkingHours(admin, north, 77, hours("Mon 08:00-17:00"), &error));
    CHECK_FALSE(service.setWorkingHours(sam, north, 77, hours("Tue 08:00-17:00"), &error));
    CHECK(error.code == QStringLiteral("ACCESS_DENIED"));
    CHECK_FALSE(service.clearWorkingHours(rita, north, 77, &error));
    CHECK(error.code == QStringLiteral("ACCESS_DENIED"));

    const auto seen = service.workingHours(rita, north, &error);
    REQUIRE(seen);
    CHECK(seen->value(77) == hours("Mon 08:00-17:00"));
    CHECK_FALSE(service.workingHours(rita, QStringLiteral("south"), &error));

    const auto changes = entriesOf(f, QStringLiteral("boss"), QStringLiteral("connection.change"));
    REQUIRE(changes.size() == 1);
    CHECK(changes[0].details.contains(QStringLiteral("practitioner 77")));
    CHECK(entriesOf(f, QStringLiteral("sam"), QStringLiteral("access.denied")).size() == 1);
    CHECK(entriesOf(f, QStringLiteral("rita"), QStringLiteral("access.denied")).size() == 1);

    REQUIRE(service.clearWorkingHours(admin, north, 77, &error));
    CHECK(service.workingHours(admin, north, &error)->isEmpty());
}

TEST_CASE("staff save re-engagement notes, audited without their text, read-only may not")
{
    SecurityFixture f;
    const ActingUser sam = addAndSignIn(f, QStringLiteral("sam"), Role::Staff);
    const ActingUser rita = addAndSignIn(f, QStringLiteral("rita"), Role::ReadOnly);
    const AuditedAccess access(&f.accounts->policy(), f.audit.get());
    InsightSettingsService service(InsightSettingsStore(f.db()), &access, &f.clock);
    const ClinicId north = QStringLiteral("north");
    const QDate today = f.clock.nowUtc().toLocalTime().date();

    RoutiqError error;
    REQUIRE(service.setContactNote(sam, north, 4242, today, QStringLiteral("Left a voicemail"),
                                   &error));
    const auto notes = service.contactNotes(sam, north, &error);
    REQUIRE(notes);
    REQUIRE(notes->contains(4242));
    CHECK(notes->value(4242).outcome == QStringLiteral("Left a voicemail"));
    CHECK(notes->value(4242).notedBy == QStringLiteral("sam"));
    CHECK(notes->value(4242).contactedOn == today);

    const auto entries =
        entriesOf(f, QStringLiteral("sam"), QStringLiteral("patient.contact_note"));
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].details == QStringLiteral("patient 4242"));
    CHECK_FALSE(entries[0].details.contains(QStringLiteral("voicemail")));

    CHECK_FALSE(service.setContactNote(rita, north, 4242, today, QStringLiteral("x"), &error));
    CHECK(error.code == QStringLiteral("ACCESS_DENIED"));
    CHECK_FALSE(service.contactNotes(rita, north, &error));
    CHECK(error.code == QStringLiteral("ACCESS_DENIED"));
    CHECK_FALSE(service.setContactNote(sam, north, 1, today.addDays(5), QString(), &error));
    CHECK(error.code == QStringLiteral("BAD_REQUEST"));
    CHECK_FALSE(
        service.setContactNote(sam, north, 1, today, QString(501, QLatin1Char('x')), &error));
    CHECK(error.code == QStringLiteral("BAD_REQUEST"));
}

TEST_CASE("removing a clinic removes its working hours and notes, not another clinic's")
{
    SecurityFixture f;
    const ActingUser admin = f.admin();
    const AuditedAccess access(&f.accounts->policy(), f.audit.get());
    InsightSettingsService service(InsightSettingsStore(f.db()), &access, &f.clock);
    RoutiqError error;
    for (const char *id : {"north", "south"}) {
        ClinicConnection c;
        c.id = QString::fromLatin1(id);
        c.name = c.id;
        c.pmsKind = PmsKind::Cliniko;
        REQUIRE(f.appDatabase().addClinicConnection(c, &error));
        REQUIRE(service.setWorkingHours(admin, c.id, 1, hours("Fri 09:00-12:00"), &error));
        REQUIRE(service.setContactNote(admin, c.id, 9, f.clock.nowUtc().date(),
                                       QStringLiteral("ok"), &error));
    }
    REQUIRE(f.appDatabase().removeClinicConnection(QStringLiteral("north"), &error));
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM practitioner_hours WHERE clinic_id = "
                                  "'north'")) == 0);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM patient_contact_notes WHERE clinic_id = "
                                  "'north'")) == 0);
    CHECK(service.workingHours(admin, QStringLiteral("south"), &error)->size() == 1);
    CHECK(service.contactNotes(admin, QStringLiteral("south"), &error)->size() == 1);
}
