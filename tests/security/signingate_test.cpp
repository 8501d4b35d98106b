#include "securityfixture.h"
#include "session/signingate.h"
#include "testapp.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QVariant>

using namespace routiq;
using routiq::test::SecurityFixture;

namespace {

const QString kAdmin = QStringLiteral("owner");
const QString kAdminPassword = QStringLiteral("long enough password");

SignInGate::Options cheapOptions(int idleMinutes = 10)
{
    SignInGate::Options o;
    o.hashCost = PasswordHasher::Cost::testingOnly();
    o.idleLockMinutes = idleMinutes;
    return o;
}

QStringList auditActions(SecurityFixture &f)
{
    QSqlQuery q(f.db());
    REQUIRE(q.exec(QStringLiteral("SELECT action FROM audit_log ORDER BY seq")));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

// Signs in (or fails) and waits for the answer, which always arrives after the call returns.
struct Outcome
{
    std::optional<ActingUser> user;
    RoutiqError error;
    qint64 retryAfterSecs = 0;
};

template <typename Start>
Outcome await(SignInGate &gate, Start start)
{
    QSignalSpy ok(&gate, &SignInGate::signedIn);
    QSignalSpy failed(&gate, &SignInGate::signInFailed);
    REQUIRE(start());
    CHECK(gate.isBusy());
    CHECK(ok.isEmpty());
    CHECK(failed.isEmpty());
    REQUIRE(QTest::qWaitFor([&] { return !ok.isEmpty() || !failed.isEmpty(); }, 10'000));
    CHECK_FALSE(gate.isBusy());
    Outcome o;
    if (!ok.isEmpty()) {
        o.user = ok.first().first().value<ActingUser>();
    } else {
        o.error = failed.first().at(0).value<RoutiqError>();
        o.retryAfterSecs = failed.first().at(1).toLongLong();
    }
    return o;
}

Outcome signIn(SignInGate &gate, const QString &name, const QString &password)
{
    return await(gate, [&] { return gate.signIn(name, password); });
}

ActingUser firstAdmin(SignInGate &gate)
{
    const Outcome o = await(gate, [&] { return gate.createFirstAdmin(kAdmin, kAdminPassword); });
    INFO(o.error.code.toStdString());
    REQUIRE(o.user);
    return *o.user;
}

} // namespace

TEST_CASE("the sign-in gate asks for a first admin, creates it off the call and signs it in")
{
    SecurityFixture f;
    SignInGate gate(f.db(), &f.clock, cheapOptions());
    CHECK(gate.needsFirstAdmin());
    CHECK_FALSE(gate.currentUser());
    CHECK(gate.minPasswordLength() == 10);

    const Outcome weak =
        await(gate, [&] { return gate.createFirstAdmin(kAdmin, QStringLiteral("short")); });
    CHECK(weak.error.code == QStringLiteral("WEAK_PASSWORD"));
    CHECK(gate.needsFirstAdmin());

    const ActingUser admin = firstAdmin(gate);
    CHECK(admin.role == Role::Admin);
    CHECK(admin.username == kAdmin);
    REQUIRE(gate.currentUser());
    CHECK(gate.currentUser()->userId == admin.userId);
    CHECK_FALSE(gate.needsFirstAdmin());
    CHECK(auditActions(f) ==
          QStringList{QStringLiteral("user.create"), QStringLiteral("login.ok")});

    // A second first admin is refused once one exists.
    const Outcome again =
        await(gate, [&] { return gate.createFirstAdmin(QStringLiteral("other"), kAdminPassword); });
    CHECK(again.error.code == QStringLiteral("ACCOUNTS_EXIST"));
}

TEST_CASE("a wrong password is refused with the same words as an unknown name, then the right one "
          "signs in")
{
    SecurityFixture f;
    SignInGate gate(f.db(), &f.clock, cheapOptions());
    firstAdmin(gate);
    gate.signOut();

    const Outcome wrong = signIn(gate, kAdmin, QStringLiteral("not the password"));
    CHECK(wrong.error.code == QStringLiteral("INVALID_CREDENTIALS"));
    CHECK(wrong.retryAfterSecs == 0);
    CHECK_FALSE(gate.currentUser());
    const Outcome unknown = signIn(gate, QStringLiteral("nobody"), kAdminPassword);
    CHECK(unknown.error.code == wrong.error.code);
    CHECK(unknown.error.message == wrong.error.message);

    const Outcome right = signIn(gate, QStringLiteral("  Owner "), kAdminPassword);
    REQUIRE(right.user);
    CHECK(right.user->username == kAdmin);
    CHECK(gate.currentUser());
    CHECK(auditActions(f).mid(2) ==
          QStringList{QStringLiteral("logout"), QStringLiteral("login.failed"),
                      QStringLiteral("login.failed"), QStringLiteral("login.ok")});
}

TEST_CASE("a lockout surfaces the remaining delay, which shrinks with the clock and then lets the "
          "user in")
{
    SecurityFixture f;
    SignInGate gate(f.db(), &f.clock, cheapOptions());
    firstAdmin(gate);
    gate.signOut();

    for (int i = 0; i < 4; ++i)
        CHECK(signIn(gate, kAdmin, QStringLiteral("guess %1").arg(i)).error.code ==
              QStringLiteral("INVALID_CREDENTIALS"));
    const Outcome fifth = signIn(gate, kAdmin, QStringLiteral("guess 5"));
    CHECK(fifth.error.code == QStringLiteral("ACCOUNT_LOCKED"));
    CHECK(fifth.retryAfterSecs == 30);

    f.clock.advanceMSecs(12'000);
    const Outcome during = signIn(gate, kAdmin, kAdminPassword); // right password, still locked
    CHECK(during.error.code == QStringLiteral("ACCOUNT_LOCKED"));
    CHECK(during.retryAfterSecs == 18);
    CHECK_FALSE(gate.currentUser());

    f.clock.advanceMSecs(18'000);
    CHECK(signIn(gate, kAdmin, kAdminPassword).user);
    CHECK(auditActions(f).contains(QStringLiteral("account.lockout")));
    CHECK(auditActions(f).contains(QStringLiteral("login.locked")));
}

TEST_CASE("an expired temporary account is refused at the gate after the right password")
{
    SecurityFixture f;
    SignInGate gate(f.db(), &f.clock, cheapOptions());
    const ActingUser admin = firstAdmin(gate);
    AccountService::NewAccount locum;
    locum.username = QStringLiteral("locum");
    locum.password = QStringLiteral("locum password 1");
    locum.role = Role::Staff;
    locum.clinics = {QStringLiteral("north")};
    locum.expiresAt = f.clock.nowUtc().addDays(1);
    RoutiqError error;
    REQUIRE(gate.accounts().addAccount(admin, locum, &error));
    gate.signOut();

    CHECK(signIn(gate, locum.username, locum.password).user);
    gate.signOut();
    f.clock.advanceMSecs(2 * 24 * 3'600'000LL);
    const Outcome expired = signIn(gate, locum.username, locum.password);
    CHECK(expired.error.code == QStringLiteral("ACCOUNT_EXPIRED"));
    CHECK_FALSE(gate.currentUser());
    CHECK(auditActions(f).last() == QStringLiteral("login.refused"));
}

TEST_CASE(
    "the idle lock ends a session after the idle minutes on the clock, audits it and emits locked")
{
    SecurityFixture f;
    SignInGate gate(f.db(), &f.clock, cheapOptions(10));
    QSignalSpy locked(&gate, &SignInGate::locked);
    firstAdmin(gate);

    f.clock.advanceMSecs(9 * 60'000);
    gate.userActivity(); // input restarts the countdown
    f.clock.advanceMSecs(9 * 60'000);
    gate.idleLock().check();
    CHECK(locked.isEmpty());
    CHECK(gate.currentUser());
    CHECK(gate.idleLock().remainingMs() == 60'000);

    f.clock.advanceMSecs(60'000);
    gate.idleLock().check();
    CHECK(locked.size() == 1);
    CHECK_FALSE(gate.currentUser());
    CHECK(gate.lastUsername() == kAdmin);
    CHECK(auditActions(f).last() == QStringLiteral("session.idle_lock"));
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                  "'session.idle_lock' AND user_name = 'owner'")) == 1);

    // Input on the lock screen is not activity, and the lock does not fire twice.
    gate.userActivity();
    f.clock.advanceMSecs(60 * 60'000);
    gate.idleLock().check();
    CHECK(locked.size() == 1);

    // Signing in again (the same user or another) starts a fresh countdown.
    REQUIRE(signIn(gate, kAdmin, kAdminPassword).user);
    CHECK(gate.idleLock().remainingMs() == 10 * 60'000);
}

TEST_CASE(
    "an idle lock of 0 minutes never locks, and a changed timeout applies to the running session")
{
    SecurityFixture f;
    SignInGate gate(f.db(), &f.clock, cheapOptions(0));
    QSignalSpy locked(&gate, &SignInGate::locked);
    firstAdmin(gate);
    f.clock.advanceMSecs(24 * 3'600'000LL);
    gate.idleLock().check();
    CHECK(locked.isEmpty());
    CHECK(gate.currentUser());

    gate.setIdleLockMinutes(5);
    gate.userActivity();
    f.clock.advanceMSecs(5 * 60'000);
    gate.idleLock().check();
    CHECK(locked.size() == 1);
}

TEST_CASE("signing out audits a logout, emits signedOut and stops the idle lock")
{
    SecurityFixture f;
    SignInGate gate(f.db(), &f.clock, cheapOptions(10));
    QSignalSpy out(&gate, &SignInGate::signedOut);
    QSignalSpy locked(&gate, &SignInGate::locked);
    firstAdmin(gate);
    gate.signOut();
    CHECK(out.size() == 1);
    CHECK_FALSE(gate.currentUser());
    CHECK(auditActions(f).last() == QStringLiteral("logout"));
    f.clock.advanceMSecs(60 * 60'000);
    gate.idleLock().check();
    CHECK(locked.isEmpty());
    gate.signOut(); // nobody is in: nothing happens
    CHECK(out.size() == 1);
}

TEST_CASE("the demo sign-in sees only the given clinics and is never idle-locked")
{
    SecurityFixture f;
    SignInGate gate(f.db(), &f.clock, cheapOptions(10));
    QSignalSpy signedIn(&gate, &SignInGate::signedIn);
    QSignalSpy locked(&gate, &SignInGate::locked);
    RoutiqError error;
    REQUIRE(
        gate.signInDemo({QStringLiteral("demo-cliniko"), QStringLiteral("demo-nookal")}, &error));
    CHECK(signedIn.size() == 1);
    REQUIRE(gate.currentUser());
    CHECK(gate.currentUser()->demo);
    CHECK(gate.needsFirstAdmin()); // the demo account is not a real account
    const QList<ClinicId> all{QStringLiteral("real-clinic"), QStringLiteral("demo-nookal"),
                              QStringLiteral("demo-cliniko")};
    CHECK(gate.policy().visibleClinics(*gate.currentUser(), all) ==
          QList<ClinicId>{QStringLiteral("demo-nookal"), QStringLiteral("demo-cliniko")});

    f.clock.advanceMSecs(60 * 60'000);
    gate.idleLock().check();
    CHECK(locked.isEmpty());
    CHECK(gate.currentUser());
}

TEST_CASE("a second sign-in while one is being checked is refused without a signal")
{
    SecurityFixture f;
    SignInGate gate(f.db(), &f.clock, cheapOptions());
    firstAdmin(gate);
    gate.signOut();
    QSignalSpy ok(&gate, &SignInGate::signedIn);
    QSignalSpy failed(&gate, &SignInGate::signInFailed);
    REQUIRE(gate.signIn(kAdmin, kAdminPassword));
    CHECK_FALSE(gate.signIn(kAdmin, QStringLiteral("another try")));
    CHECK_FALSE(gate.createFirstAdmin(kAdmin, kAdminPassword));
    REQUIRE(ok.wait(10'000));
    CHECK(failed.isEmpty());
    CHECK(ok.size() == 1);
}

TEST_CASE(
    "destroying the gate while a production-cost check runs waits for it and calls nothing back")
{
    SecurityFixture f;
    SignInGate::Options o; // the app's Argon2id cost
    o.idleLockMinutes = 10;
    auto gate = std::make_unique<SignInGate>(f.db(), &f.clock, o);
    const auto hash = PasswordHasher(o.hashCost).hash(kAdminPassword);
    REQUIRE(hash);
    RoutiqError error;
    REQUIRE(gate->accounts().createFirstAdminWithHash(kAdmin, *hash, &error));
    QSignalSpy ok(gate.get(), &SignInGate::signedIn);
    REQUIRE(gate->signIn(kAdmin, kAdminPassword));
    gate.reset();
    CHECK(ok.isEmpty());
}
