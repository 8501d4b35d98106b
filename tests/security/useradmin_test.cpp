// The admin's user management as the Settings window and routiq-cli use it (issue 14): the
// must-change flag after a reset, the last-admin guard on disable, role and expiry, the
// security settings in the app database, and a user's own password change.
#include "securityfixture.h"

#include "security/ownpasswordchange.h"
#include "security/securitysettings.h"
#include "session/signingate.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>
#include <QSqlQuery>
#include <QVariant>

using namespace routiq;
using routiq::test::SecurityFixture;

namespace {

const QString kPassword = QStringLiteral("front desk secret");

ActingUser addUser(SecurityFixture &f, const QString &name, Role role,
                   const QList<ClinicId> &clinics = {QStringLiteral("north")})
{
    AccountService::NewAccount n;
    n.username = name;
    n.password = kPassword;
    n.role = role;
    n.clinics = clinics;
    RoutiqError error;
    REQUIRE(f.accounts->addAccount(f.admin(), n, &error));
    return f.signIn(name, kPassword);
}

QString newestAction(SecurityFixture &f)
{
    QSqlQuery q(f.db());
    q.exec(QStringLiteral("SELECT action, details FROM audit_log ORDER BY seq DESC LIMIT 1"));
    return q.next() ? q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString() : QString();
}

} // namespace

TEST_CASE("an admin's password reset makes the user choose a new password at the next sign-in, "
          "and until then the policy allows nothing")
{
    SecurityFixture f;
    addUser(f, QStringLiteral("ann"), Role::Staff);
    RoutiqError error;
    REQUIRE(f.accounts->setPassword(f.admin(), QStringLiteral("ann"),
                                    QStringLiteral("temporary password 1"), &error));
    const ActingUser ann = f.signIn(QStringLiteral("ann"), QStringLiteral("temporary password 1"));
    CHECK(ann.mustChangePassword);
    const RoutiqError denied = f.accounts->policy().viewAggregates(ann, QStringLiteral("north"));
    CHECK(denied.code == QStringLiteral("ACCESS_DENIED"));
    CHECK(denied.message.contains(QStringLiteral("choose a new one")));

    // Her own change clears the flag; the rights are back.
    REQUIRE(f.accounts->setPassword(ann, QStringLiteral("ann"), QStringLiteral("my own password"),
                                    &error));
    const ActingUser again = f.signIn(QStringLiteral("ann"), QStringLiteral("my own password"));
    CHECK_FALSE(again.mustChangePassword);
    CHECK(f.accounts->policy().viewAggregates(again, QStringLiteral("north")).isNull());
    const auto reloaded = f.accounts->reload(ann, &error);
    REQUIRE(reloaded);
    CHECK_FALSE(reloaded->mustChangePassword);
}

TEST_CASE("the last active admin cannot be disabled, demoted or given an expiry, through the "
          "service, and a second admin lifts the guard")
{
    SecurityFixture f;
    const ActingUser boss = f.admin();
    RoutiqError error;
    CHECK_FALSE(f.accounts->setDisabled(boss, QStringLiteral("boss"), true, &error));
    CHECK(error.code == QStringLiteral("LAST_ADMIN"));
    CHECK_FALSE(f.accounts->setRole(boss, QStringLiteral("boss"), Role::Staff, &error));
    CHECK(error.code == QStringLiteral("LAST_ADMIN"));
    error = {};
    CHECK_FALSE(
        f.accounts->setExpiry(boss, QStringLiteral("boss"), f.clock.nowUtc().addDays(3), &error));
    CHECK(error.code == QStringLiteral("LAST_ADMIN"));
    CHECK(f.scalar(QStringLiteral(
              "SELECT COUNT(*) FROM accounts WHERE expires_at_ms IS NOT NULL")) == 0);

    // A temporary second admin does not count: it ends by itself.
    AccountService::NewAccount temp;
    temp.username = QStringLiteral("locum");
    temp.password = kPassword;
    temp.role = Role::Admin;
    temp.expiresAt = f.clock.nowUtc().addDays(2);
    REQUIRE(f.accounts->addAccount(boss, temp, &error));
    CHECK_FALSE(f.accounts->setDisabled(boss, QStringLiteral("boss"), true, &error));
    CHECK(error.code == QStringLiteral("LAST_ADMIN"));

    // A permanent second admin does.
    REQUIRE(f.accounts->setExpiry(boss, QStringLiteral("locum"), std::nullopt, &error));
    CHECK(f.accounts->setExpiry(boss, QStringLiteral("boss"), f.clock.nowUtc().addDays(3), &error));
    CHECK(f.accounts->setRole(boss, QStringLiteral("locum"), Role::Admin, &error));
    // Now locum is the only permanent admin.
    const ActingUser locum = f.signIn(QStringLiteral("locum"), kPassword);
    CHECK_FALSE(f.accounts->setDisabled(locum, QStringLiteral("locum"), true, &error));
    CHECK(error.code == QStringLiteral("LAST_ADMIN"));
}

TEST_CASE("user management covers add, disable and enable, role, clinics and expiry, each "
          "audited, and a non-admin is refused by the service with an audited refusal")
{
    SecurityFixture f;
    const ActingUser boss = f.admin();
    const ActingUser ann = addUser(f, QStringLiteral("ann"), Role::Staff);
    RoutiqError error;
    REQUIRE(f.accounts->assignClinics(boss, QStringLiteral("ann"),
                                      {QStringLiteral("south"), QStringLiteral("north")}, &error));
    REQUIRE(f.accounts->setRole(boss, QStringLiteral("ann"), Role::ReadOnly, &error));
    const QDateTime end = f.clock.nowUtc().addDays(7);
    REQUIRE(f.accounts->setExpiry(boss, QStringLiteral("ann"), end, &error));
    CHECK(newestAction(f).startsWith(QStringLiteral("user.expiry expires=")));
    REQUIRE(f.accounts->setDisabled(boss, QStringLiteral("ann"), true, &error));
    CHECK(newestAction(f) == QStringLiteral("user.disable "));

    const auto list = f.accounts->list(boss, &error);
    REQUIRE(list);
    const auto it = std::find_if(list->begin(), list->end(),
                                 [](const Account &a) { return a.username == u"ann"; });
    REQUIRE(it != list->end());
    CHECK(it->role == Role::ReadOnly);
    CHECK(it->clinics == QList<ClinicId>{QStringLiteral("north"), QStringLiteral("south")});
    CHECK(it->disabled);
    CHECK(it->expiresAt == end);
    CHECK(it->lastLoginAt == f.clock.nowUtc()); // she signed in once

    // Ann (staff, signed in before) cannot manage users: the service refuses and records it.
    const qint64 before = f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    CHECK_FALSE(f.accounts->setRole(ann, QStringLiteral("ann"), Role::Admin, &error));
    CHECK(error.code == QStringLiteral("ACCESS_DENIED"));
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")) == before + 1);
    CHECK(newestAction(f).startsWith(QStringLiteral("access.denied")));

    REQUIRE(f.accounts->setDisabled(boss, QStringLiteral("ann"), false, &error));
    CHECK(newestAction(f) == QStringLiteral("user.enable "));
}

TEST_CASE("security settings live in the app database: only an admin changes them, each "
          "change and refusal is audited, and the minimum password length never goes below 10")
{
    SecurityFixture f;
    const ActingUser boss = f.admin();
    const ActingUser ann = addUser(f, QStringLiteral("ann"), Role::Staff);
    SecuritySettings settings(f.db(), &f.accounts->policy(), f.audit.get());
    CHECK(settings.values().idleLockMinutes == 10);
    CHECK_FALSE(settings.values().idleLockStored);

    RoutiqError error;
    CHECK_FALSE(settings.setIdleLockMinutes(ann, 0, &error));
    CHECK(error.code == QStringLiteral("ACCESS_DENIED"));
    CHECK(newestAction(f).startsWith(QStringLiteral("access.denied")));
    CHECK_FALSE(settings.values().idleLockStored);

    REQUIRE(settings.setIdleLockMinutes(boss, 3, &error));
    CHECK(newestAction(f) == QStringLiteral("setting.change from=10 to=3"));
    CHECK(settings.values().idleLockMinutes == 3);
    CHECK(settings.values().idleLockStored);

    CHECK_FALSE(settings.setMinPasswordLength(boss, 9, &error));
    CHECK(error.code == QStringLiteral("SETTING_OUT_OF_RANGE"));
    CHECK_FALSE(settings.setMinPasswordLength(ann, 12, &error));
    CHECK(error.code == QStringLiteral("ACCESS_DENIED"));
    REQUIRE(settings.setMinPasswordLength(boss, 14, &error));
    CHECK(f.accounts->minPasswordLength() == 14);
    CHECK_FALSE(f.accounts->setPassword(boss, QStringLiteral("ann"),
                                        QStringLiteral("13 characters"), &error));
    CHECK(error.code == QStringLiteral("WEAK_PASSWORD"));
    CHECK(f.accounts->setPassword(boss, QStringLiteral("ann"), QStringLiteral("fourteen chars"),
                                  &error));

    // A value stored below the floor by hand is read as the floor.
    f.exec(QStringLiteral(
        "UPDATE security_settings SET value = 4 WHERE name = 'min_password_length'"));
    CHECK(f.accounts->minPasswordLength() == 10);
}

TEST_CASE("a clinic's patient-name retention is changed by an admin only, audited")
{
    SecurityFixture f;
    const ActingUser boss = f.admin();
    const ActingUser ann = addUser(f, QStringLiteral("ann"), Role::Staff);
    f.exec(QStringLiteral("INSERT INTO clinic_connections (id, name, pms_kind, created_at)"
                          " VALUES ('north', 'North', 'cliniko', 0)"));
    SecuritySettings settings(f.db(), &f.accounts->policy(), f.audit.get());
    RoutiqError error;
    CHECK_FALSE(settings.setPatientNameRetention(ann, QStringLiteral("north"), 2, &error));
    CHECK(error.code == QStringLiteral("ACCESS_DENIED"));
    REQUIRE(settings.setPatientNameRetention(boss, QStringLiteral("north"), 2, &error));
    CHECK(f.scalar(QStringLiteral("SELECT patient_name_retention_years FROM clinic_connections")) ==
          2);
    CHECK(newestAction(f) == QStringLiteral("connection.change retention_years=2"));
    CHECK_FALSE(settings.setPatientNameRetention(boss, QStringLiteral("nowhere"), 2, &error));
    CHECK(error.code == QStringLiteral("UNKNOWN_CLINIC"));
    CHECK_FALSE(settings.setPatientNameRetention(boss, QStringLiteral("north"), 101, &error));
}

TEST_CASE("a user changes their own password only with the current one")
{
    SecurityFixture f;
    const ActingUser ann = addUser(f, QStringLiteral("ann"), Role::Staff);
    OwnPasswordChange change(f.accounts.get(), f.audit.get());
    RoutiqError error;
    CHECK_FALSE(change.change(ann, QStringLiteral("not my password"),
                              QStringLiteral("a brand new password"), &error));
    CHECK(error.code == QStringLiteral("WRONG_PASSWORD"));
    CHECK(newestAction(f).startsWith(QStringLiteral("access.denied")));
    CHECK_FALSE(change.change(ann, kPassword, QStringLiteral("short"), &error));
    CHECK(error.code == QStringLiteral("WEAK_PASSWORD"));
    REQUIRE(change.change(ann, kPassword, QStringLiteral("a brand new password"), &error));
    CHECK(newestAction(f) == QStringLiteral("user.password self"));
    CHECK_FALSE(f.accounts->authenticate(QStringLiteral("ann"), kPassword).ok());
    CHECK(f.accounts->authenticate(QStringLiteral("ann"), QStringLiteral("a brand new password"))
              .ok());
}

TEST_CASE("the gate's revalidation applies an expiry, a role change and a disable made "
          "elsewhere to the running session")
{
    SecurityFixture f;
    const ActingUser boss = f.admin();
    addUser(f, QStringLiteral("ann"), Role::Staff);
    SignInGate::Options options;
    options.hashCost = PasswordHasher::Cost::testingOnly();
    SignInGate gate(f.db(), &f.clock, options);
    gate.audit().setMacKey(f.auditKey);
    QSignalSpy in(&gate, &SignInGate::signedIn);
    REQUIRE(gate.signIn(QStringLiteral("ann"), kPassword));
    REQUIRE(in.wait(10000));
    QSignalSpy changed(&gate, &SignInGate::userChanged);
    QSignalSpy revoked(&gate, &SignInGate::revoked);

    REQUIRE(gate.revalidate()); // nothing changed: no signal
    CHECK(changed.isEmpty());
    RoutiqError error;
    REQUIRE(f.accounts->setRole(boss, QStringLiteral("ann"), Role::ReadOnly, &error));
    const auto demoted = gate.revalidate();
    REQUIRE(demoted);
    CHECK(demoted->role == Role::ReadOnly);
    CHECK(changed.size() == 1);

    // An expiry an hour from now: fine now, refused once the hour has passed.
    REQUIRE(
        f.accounts->setExpiry(boss, QStringLiteral("ann"), f.clock.nowUtc().addSecs(3600), &error));
    REQUIRE(gate.revalidate());
    f.clock.advanceMSecs(3601 * 1000);
    CHECK_FALSE(gate.revalidate());
    REQUIRE(revoked.size() == 1);
    CHECK(revoked.first().first().value<RoutiqError>().code == QStringLiteral("ACCOUNT_EXPIRED"));
    CHECK_FALSE(gate.currentUser());
    CHECK(newestAction(f) == QStringLiteral("logout revoked ACCOUNT_EXPIRED"));

    // A disable likewise (signed in again after the expiry is lifted).
    REQUIRE(f.accounts->setExpiry(boss, QStringLiteral("ann"), std::nullopt, &error));
    REQUIRE(gate.signIn(QStringLiteral("ann"), kPassword));
    REQUIRE(in.wait(10000));
    REQUIRE(f.accounts->setDisabled(boss, QStringLiteral("ann"), true, &error));
    CHECK_FALSE(gate.revalidate());
    CHECK(revoked.last().first().value<RoutiqError>().code == QStringLiteral("ACCOUNT_DISABLED"));

    // The idle lock follows the admin's setting at the next revalidation too.
    SecuritySettings settings(f.db(), &f.accounts->policy(), f.audit.get());
    REQUIRE(settings.setIdleLockMinutes(boss, 2, &error));
    REQUIRE(gate.signIn(QStringLiteral("boss"), SecurityFixture::kAdminPassword));
    REQUIRE(in.wait(10000));
    CHECK(gate.idleLockMinutes() == 2);
}
