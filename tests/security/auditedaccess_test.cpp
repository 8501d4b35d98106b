#include "security/auditedaccess.h"
#include "securityfixture.h"

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

QList<AuditEntry> entriesOf(SecurityFixture &f, const QString &userName)
{
    RoutiqError error;
    const auto all = f.audit->list(f.admin(), {}, &error);
    REQUIRE(all);
    QList<AuditEntry> out;
    for (const AuditEntry &e : *all) {
        if (e.userName == userName && !e.action.startsWith(QStringLiteral("login")))
            out.append(e);
    }
    return out;
}

} // namespace

TEST_CASE("an allowed patient-level view is let through and recorded with its clinic")
{
    SecurityFixture f;
    const ActingUser mia = addAndSignIn(f, QStringLiteral("mia"), Role::Staff);
    const AuditedAccess access(&f.accounts->policy(), f.audit.get());
    CHECK(
        access.viewPatientLevel(mia, QStringLiteral("north"), QStringLiteral("no-shows 2026-11-25"))
            .isNull());
    const auto entries = entriesOf(f, QStringLiteral("mia"));
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].action == QStringLiteral("patient_level.view"));
    CHECK(entries[0].objectId == QStringLiteral("north"));
    CHECK(entries[0].details == QStringLiteral("no-shows 2026-11-25"));
}

TEST_CASE("a refused patient-level view or export is denied and recorded as denied")
{
    SecurityFixture f;
    const ActingUser viewer = addAndSignIn(f, QStringLiteral("viewer"), Role::ReadOnly);
    const AuditedAccess access(&f.accounts->policy(), f.audit.get());
    CHECK(
        access.viewPatientLevel(viewer, QStringLiteral("north"), QStringLiteral("worklist")).code ==
        QStringLiteral("ACCESS_DENIED"));
    CHECK(access.exportPatientLevel(viewer, QStringLiteral("north"), QStringLiteral("csv")).code ==
          QStringLiteral("ACCESS_DENIED"));
    CHECK(access.exportAggregates(viewer, QStringLiteral("north"), QStringLiteral("pdf")).isNull());
    CHECK(access.changeApiKey(viewer, QStringLiteral("north"), QStringLiteral("replace")).code ==
          QStringLiteral("ACCESS_DENIED"));
    const auto entries = entriesOf(f, QStringLiteral("viewer"));
    REQUIRE(entries.size() == 4);
    CHECK(entries[0].action == QStringLiteral("access.denied"));
    CHECK(entries[0].details.contains(QStringLiteral("view_patient_level")));
    CHECK(entries[1].action == QStringLiteral("access.denied"));
    CHECK(entries[2].action == QStringLiteral("export.aggregates"));
    CHECK(entries[3].action == QStringLiteral("access.denied"));
    CHECK(entries[3].details.contains(QStringLiteral("manage_api_keys")));
}

TEST_CASE("connection and key changes are admin-only and audited")
{
    SecurityFixture f;
    const ActingUser mia = addAndSignIn(f, QStringLiteral("mia"), Role::Staff);
    const AuditedAccess access(&f.accounts->policy(), f.audit.get());
    CHECK(access.changeConnection(mia, QStringLiteral("north"), QStringLiteral("base url")).code ==
          QStringLiteral("ACCESS_DENIED"));
    CHECK(access.changeConnection(f.admin(), QStringLiteral("north"), QStringLiteral("base url"))
              .isNull());
    CHECK(access.changeApiKey(f.admin(), QStringLiteral("north"), QStringLiteral("replace"))
              .isNull());
    const auto entries = entriesOf(f, QStringLiteral("boss"));
    QStringList actions;
    for (const AuditEntry &e : entries)
        actions.append(e.action);
    CHECK(actions.contains(QStringLiteral("connection.change")));
    CHECK(actions.contains(QStringLiteral("api_key.change")));
}

TEST_CASE("when the audit log cannot be written, patient-level access is refused")
{
    SecurityFixture f;
    const ActingUser mia = addAndSignIn(f, QStringLiteral("mia"), Role::Staff);
    const AuditedAccess access(&f.accounts->policy(), f.audit.get());
    f.exec(QStringLiteral("CREATE TRIGGER audit_log_full BEFORE INSERT ON audit_log"
                          " BEGIN SELECT RAISE(ABORT, 'disk full'); END"));
    const RoutiqError e =
        access.viewPatientLevel(mia, QStringLiteral("north"), QStringLiteral("worklist"));
    CHECK(e.code == QStringLiteral("AUDIT_STORAGE"));
}
