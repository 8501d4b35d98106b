#include "security/demoaccount.h"
#include "securityfixture.h"

#include <catch2/catch.hpp>

using namespace routiq;
using routiq::test::SecurityFixture;

TEST_CASE("the demo account signs in without a password and sees only the simulator's clinics")
{
    SecurityFixture f;
    DemoAccount demo(f.db(), &f.clock, &f.hasher, f.audit.get());
    RoutiqError error;
    const auto user =
        demo.signIn({QStringLiteral("demo-cliniko"), QStringLiteral("demo-nookal")}, &error);
    INFO(error.code.toStdString());
    REQUIRE(user);
    CHECK(user->demo);
    CHECK(user->role == Role::Staff);
    CHECK(user->username == QStringLiteral("demo"));

    const AccessPolicy &policy = f.accounts->policy();
    CHECK(policy.allows(*user, Permission::ViewPatientLevel, QStringLiteral("demo-cliniko")));
    CHECK(policy.allows(*user, Permission::ExportAggregates, QStringLiteral("demo-nookal")));
    CHECK_FALSE(policy.allows(*user, Permission::ViewAggregates, QStringLiteral("real-clinic")));
    CHECK_FALSE(policy.allows(*user, Permission::ManageConnections));
    CHECK_FALSE(policy.allows(*user, Permission::ManageUsers));
    CHECK_FALSE(policy.allows(*user, Permission::ViewAudit));
}

TEST_CASE("signing in to the demo again reuses the account and follows the simulator's clinics")
{
    SecurityFixture f;
    DemoAccount demo(f.db(), &f.clock, &f.hasher, f.audit.get());
    RoutiqError error;
    const auto first = demo.signIn({QStringLiteral("demo-a")}, &error);
    const auto second = demo.signIn({QStringLiteral("demo-b")}, &error);
    REQUIRE(first);
    REQUIRE(second);
    CHECK(first->userId == second->userId);
    CHECK(second->clinics == QList<ClinicId>{QStringLiteral("demo-b")});
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM accounts WHERE is_demo = 1")) == 1);
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'login.ok'"
                                  " AND user_name = 'demo'")) == 2);
}

TEST_CASE("the demo account cannot be entered through the login screen")
{
    SecurityFixture f;
    DemoAccount demo(f.db(), &f.clock, &f.hasher, f.audit.get());
    RoutiqError error;
    REQUIRE(demo.signIn({QStringLiteral("demo-a")}, &error));
    for (const QString &pw : {QString(), QStringLiteral("demo"), QStringLiteral("password")})
        CHECK(f.accounts->authenticate(QStringLiteral("demo"), pw).error.code ==
              QStringLiteral("INVALID_CREDENTIALS"));

    // Even if its hash were replaced with one of a known password, the login screen refuses it.
    const auto known = f.hasher.hash(QStringLiteral("a known password"));
    REQUIRE(known);
    f.exec(QStringLiteral("UPDATE accounts SET password_hash = '%1' WHERE is_demo = 1")
               .arg(QString::fromLatin1(*known)));
    CHECK(f.accounts->authenticate(QStringLiteral("demo"), QStringLiteral("a known password"))
              .error.code == QStringLiteral("INVALID_CREDENTIALS"));
}

TEST_CASE("the demo account does not count as the first account nor appear in the user list")
{
    SecurityFixture f;
    DemoAccount demo(f.db(), &f.clock, &f.hasher, f.audit.get());
    RoutiqError error;
    REQUIRE(demo.signIn({QStringLiteral("demo-a")}, &error));
    CHECK(f.accounts->hasAccounts(&error) == std::optional<bool>(false));
    const ActingUser boss = f.admin(); // first-run setup still works
    const auto all = f.accounts->list(boss, &error);
    REQUIRE(all);
    REQUIRE(all->size() == 1);
    CHECK(all->front().username == QStringLiteral("boss"));
    CHECK_FALSE(f.accounts->setRole(boss, QStringLiteral("demo"), Role::Admin, &error));
    CHECK(error.code == QStringLiteral("UNKNOWN_ACCOUNT"));
}
