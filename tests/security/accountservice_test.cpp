#include "securityfixture.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>
#include <QVariant>

using namespace routiq;
using routiq::test::SecurityFixture;

namespace {

const QString kStaffPassword = QStringLiteral("front desk secret");

AccountService::NewAccount staffAccount(const QString &name, QList<ClinicId> clinics)
{
    AccountService::NewAccount n;
    n.username = name;
    n.password = kStaffPassword;
    n.role = Role::Staff;
    n.clinics = std::move(clinics);
    return n;
}

QStringList actions(SecurityFixture &f)
{
    RoutiqError error;
    const auto entries = f.audit->list(f.admin(), {}, &error);
    REQUIRE(entries);
    QStringList out;
    for (const AuditEntry &e : *entries)
        out.append(e.action);
    return out;
}

} // namespace

TEST_CASE("the first admin can be created only while no account exists")
{
    SecurityFixture f;
    RoutiqError error;
    CHECK(f.accounts->hasAccounts(&error) == std::optional<bool>(false));
    const auto admin = f.accounts->createFirstAdmin(QStringLiteral("  Boss "),
                                                    SecurityFixture::kAdminPassword, &error);
    REQUIRE(admin);
    CHECK(admin->role == Role::Admin);
    CHECK(admin->username == QStringLiteral("boss"));
    CHECK(f.accounts->hasAccounts(&error) == std::optional<bool>(true));

    CHECK_FALSE(f.accounts->createFirstAdmin(QStringLiteral("intruder"),
                                             QStringLiteral("another long password"), &error));
    CHECK(error.code == QStringLiteral("ACCOUNTS_EXIST"));
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM accounts")) == 1);
}

TEST_CASE("the password is stored only as an Argon2id hash")
{
    SecurityFixture f;
    f.admin();
    QSqlQuery q(f.db());
    REQUIRE(q.exec(QStringLiteral("SELECT password_hash FROM accounts")));
    REQUIRE(q.next());
    const QString stored = q.value(0).toString();
    CHECK(stored.startsWith(QStringLiteral("$argon2id$")));
    CHECK_FALSE(stored.contains(SecurityFixture::kAdminPassword));
}

TEST_CASE("an unknown user and a wrong password get the same error, so names cannot be probed")
{
    SecurityFixture f;
    f.admin();
    const AuthResult wrong =
        f.accounts->authenticate(QStringLiteral("boss"), QStringLiteral("nope"));
    const AuthResult unknown =
        f.accounts->authenticate(QStringLiteral("nobody"), SecurityFixture::kAdminPassword);
    CHECK_FALSE(wrong.ok());
    CHECK_FALSE(unknown.ok());
    CHECK(wrong.error.code == QStringLiteral("INVALID_CREDENTIALS"));
    CHECK(unknown.error.code == wrong.error.code);
    CHECK(unknown.error.message == wrong.error.message);
    CHECK(unknown.error.details == wrong.error.details);
}

TEST_CASE("the right password signs in with the account's role and clinics, names ignore case")
{
    SecurityFixture f;
    RoutiqError error;
    REQUIRE(f.accounts->addAccount(
        f.admin(),
        staffAccount(QStringLiteral("Mia"), {QStringLiteral("south"), QStringLiteral("north")}),
        &error));
    const AuthResult r = f.accounts->authenticate(QStringLiteral(" MIA"), kStaffPassword);
    REQUIRE(r.ok());
    CHECK(r.user->username == QStringLiteral("mia"));
    CHECK(r.user->role == Role::Staff);
    CHECK(r.user->clinics == QList<ClinicId>{QStringLiteral("north"), QStringLiteral("south")});
    CHECK(r.error.isNull());
}

TEST_CASE("a disabled account is told so only when the password is right")
{
    SecurityFixture f;
    RoutiqError error;
    REQUIRE(f.accounts->addAccount(f.admin(), staffAccount(QStringLiteral("mia"), {}), &error));
    REQUIRE(f.accounts->setDisabled(f.admin(), QStringLiteral("mia"), true, &error));

    CHECK(f.accounts->authenticate(QStringLiteral("mia"), QStringLiteral("wrong password"))
              .error.code == QStringLiteral("INVALID_CREDENTIALS"));
    CHECK(f.accounts->authenticate(QStringLiteral("mia"), kStaffPassword).error.code ==
          QStringLiteral("ACCOUNT_DISABLED"));

    REQUIRE(f.accounts->setDisabled(f.admin(), QStringLiteral("mia"), false, &error));
    CHECK(f.accounts->authenticate(QStringLiteral("mia"), kStaffPassword).ok());
}

TEST_CASE("a temporary account signs in until its expiry and not after")
{
    SecurityFixture f;
    RoutiqError error;
    AccountService::NewAccount locum =
        staffAccount(QStringLiteral("locum"), {QStringLiteral("north")});
    locum.expiresAt = f.clock.nowUtc().addDays(7);
    REQUIRE(f.accounts->addAccount(f.admin(), locum, &error));

    const AuthResult during = f.accounts->authenticate(QStringLiteral("locum"), kStaffPassword);
    REQUIRE(during.ok());
    CHECK(during.user->expiresAt == locum.expiresAt);

    f.clock.advanceMSecs(7LL * 24 * 3600 * 1000);
    CHECK(f.accounts->authenticate(QStringLiteral("locum"), kStaffPassword).error.code ==
          QStringLiteral("ACCOUNT_EXPIRED"));
    // A session that was open when the account expired loses its access too.
    CHECK_FALSE(f.accounts->policy().allows(*during.user, Permission::ViewAggregates,
                                            QStringLiteral("north")));
    CHECK_FALSE(f.accounts->reload(*during.user, &error));
    CHECK(error.code == QStringLiteral("ACCOUNT_EXPIRED"));

    REQUIRE(f.accounts->setExpiry(f.admin(), QStringLiteral("locum"), std::nullopt, &error));
    CHECK(f.accounts->authenticate(QStringLiteral("locum"), kStaffPassword).ok());
}

TEST_CASE("only admins manage users, and a refused attempt is audited")
{
    SecurityFixture f;
    RoutiqError error;
    REQUIRE(f.accounts->addAccount(f.admin(), staffAccount(QStringLiteral("mia"), {}), &error));
    const ActingUser mia = f.signIn(QStringLiteral("mia"), kStaffPassword);

    CHECK_FALSE(f.accounts->addAccount(mia, staffAccount(QStringLiteral("friend"), {}), &error));
    CHECK(error.code == QStringLiteral("ACCESS_DENIED"));
    CHECK_FALSE(f.accounts->setRole(mia, QStringLiteral("mia"), Role::Admin, &error));
    CHECK(error.code == QStringLiteral("ACCESS_DENIED"));
    CHECK_FALSE(f.accounts->list(mia, &error));
    CHECK(error.code == QStringLiteral("ACCESS_DENIED"));
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM accounts")) == 2);
    CHECK(f.scalar(QStringLiteral("SELECT role = 'staff' FROM accounts WHERE username = 'mia'")) ==
          1);
    CHECK(actions(f).count(QStringLiteral("access.denied")) == 3); // the list refusal too
}

TEST_CASE("admins add, list, re-role and re-assign accounts, each change audited")
{
    SecurityFixture f;
    RoutiqError error;
    const ActingUser boss = f.admin();
    REQUIRE(f.accounts->addAccount(
        boss, staffAccount(QStringLiteral("mia"), {QStringLiteral("north")}), &error));
    REQUIRE(f.accounts->setRole(boss, QStringLiteral("mia"), Role::ReadOnly, &error));
    REQUIRE(f.accounts->assignClinics(boss, QStringLiteral("mia"),
                                      {QStringLiteral("south"), QStringLiteral("east")}, &error));
    REQUIRE(f.accounts->setPassword(boss, QStringLiteral("mia"),
                                    QStringLiteral("a new long password"), &error));

    const auto all = f.accounts->list(boss, &error);
    REQUIRE(all);
    REQUIRE(all->size() == 2);
    const Account &mia = all->at(1);
    CHECK(mia.username == QStringLiteral("mia"));
    CHECK(mia.role == Role::ReadOnly);
    CHECK(mia.clinics == QList<ClinicId>{QStringLiteral("east"), QStringLiteral("south")});
    CHECK(mia.createdAt == f.clock.nowUtc());

    const QStringList a = actions(f);
    CHECK(a.contains(QStringLiteral("user.create")));
    CHECK(a.contains(QStringLiteral("user.role")));
    CHECK(a.contains(QStringLiteral("user.clinics")));
    CHECK(a.contains(QStringLiteral("user.password")));
    const auto entries = f.audit->list(boss, {}, &error);
    for (const AuditEntry &e : *entries) {
        CHECK_FALSE(e.details.contains(QStringLiteral("a new long password")));
        if (e.action == QStringLiteral("user.role")) {
            CHECK(e.userName == QStringLiteral("boss"));
            CHECK(e.objectId == QStringLiteral("mia"));
            CHECK(e.details == QStringLiteral("from=staff to=readonly"));
        }
    }
    CHECK(f.accounts->authenticate(QStringLiteral("mia"), QStringLiteral("a new long password"))
              .ok());
}

TEST_CASE("a signed-in session picks up admin changes on reload and ends when disabled")
{
    SecurityFixture f;
    RoutiqError error;
    REQUIRE(f.accounts->addAccount(
        f.admin(), staffAccount(QStringLiteral("mia"), {QStringLiteral("north")}), &error));
    const ActingUser mia = f.signIn(QStringLiteral("mia"), kStaffPassword);
    REQUIRE(f.accounts->assignClinics(f.admin(), QStringLiteral("mia"), {QStringLiteral("east")},
                                      &error));
    const auto fresh = f.accounts->reload(mia, &error);
    REQUIRE(fresh);
    CHECK(fresh->clinics == QList<ClinicId>{QStringLiteral("east")});

    REQUIRE(f.accounts->setDisabled(f.admin(), QStringLiteral("mia"), true, &error));
    CHECK_FALSE(f.accounts->reload(mia, &error));
    CHECK(error.code == QStringLiteral("ACCOUNT_DISABLED"));
}

TEST_CASE("the last active admin can be neither disabled nor demoted")
{
    SecurityFixture f;
    RoutiqError error;
    const ActingUser boss = f.admin();
    CHECK_FALSE(f.accounts->setDisabled(boss, QStringLiteral("boss"), true, &error));
    CHECK(error.code == QStringLiteral("LAST_ADMIN"));
    CHECK_FALSE(f.accounts->setRole(boss, QStringLiteral("boss"), Role::Staff, &error));
    CHECK(error.code == QStringLiteral("LAST_ADMIN"));

    AccountService::NewAccount second = staffAccount(QStringLiteral("owner"), {});
    second.role = Role::Admin;
    REQUIRE(f.accounts->addAccount(boss, second, &error));
    CHECK(f.accounts->setRole(boss, QStringLiteral("boss"), Role::Staff, &error));
}

TEST_CASE("bad user names, taken names, the reserved demo name and short passwords are refused")
{
    SecurityFixture f;
    RoutiqError error;
    const ActingUser boss = f.admin();
    CHECK_FALSE(f.accounts->addAccount(boss, staffAccount(QStringLiteral("a b"), {}), &error));
    CHECK(error.code == QStringLiteral("INVALID_USERNAME"));
    CHECK_FALSE(f.accounts->addAccount(
        boss, staffAccount(QStringLiteral("'; DROP TABLE accounts;--"), {}), &error));
    CHECK(error.code == QStringLiteral("INVALID_USERNAME"));
    CHECK_FALSE(f.accounts->addAccount(boss, staffAccount(QStringLiteral("Demo"), {}), &error));
    CHECK(error.code == QStringLiteral("INVALID_USERNAME"));
    CHECK_FALSE(f.accounts->addAccount(boss, staffAccount(QStringLiteral("BOSS"), {}), &error));
    CHECK(error.code == QStringLiteral("USERNAME_TAKEN"));
    AccountService::NewAccount weak = staffAccount(QStringLiteral("mia"), {});
    weak.password = QStringLiteral("short");
    CHECK_FALSE(f.accounts->addAccount(boss, weak, &error));
    CHECK(error.code == QStringLiteral("WEAK_PASSWORD"));
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM accounts")) == 1);
}

TEST_CASE("a successful login re-hashes a password stored with an outdated cost")
{
    SecurityFixture f;
    f.admin();
    QSqlQuery q(f.db());
    REQUIRE(q.exec(QStringLiteral("SELECT password_hash FROM accounts")));
    REQUIRE(q.next());
    const QByteArray oldHash = q.value(0).toString().toLatin1();
    q.finish();

    PasswordHasher::Cost stronger = PasswordHasher::Cost::testingOnly();
    stronger.opsLimit += 1;
    const PasswordHasher newer(stronger);
    REQUIRE(newer.needsRehash(oldHash));
    AccountService upgraded(f.db(), &f.clock, &newer, f.audit.get());
    REQUIRE(upgraded.authenticate(QStringLiteral("boss"), SecurityFixture::kAdminPassword).ok());

    REQUIRE(q.exec(QStringLiteral("SELECT password_hash FROM accounts")));
    REQUIRE(q.next());
    const QByteArray newHash = q.value(0).toString().toLatin1();
    CHECK(newHash != oldHash);
    CHECK_FALSE(newer.needsRehash(newHash));
    CHECK(upgraded.authenticate(QStringLiteral("boss"), SecurityFixture::kAdminPassword).ok());
}

TEST_CASE("every login attempt is in the audit log, under the account's name or a keyed hash of an "
          "unknown one, never the password")
{
    SecurityFixture f;
    f.admin();
    f.accounts->authenticate(QStringLiteral("boss"), QStringLiteral("guess one"));
    f.accounts->authenticate(QStringLiteral("ghost"), QStringLiteral("guess two"));
    f.accounts->authenticate(QStringLiteral("boss"), SecurityFixture::kAdminPassword);
    RoutiqError error;
    const auto entries = f.audit->list(f.admin(), {}, &error);
    REQUIRE(entries);
    QStringList seen;
    for (const AuditEntry &e : *entries) {
        seen.append(e.action + QLatin1Char(':') + e.userName.left(8));
        CHECK_FALSE(e.details.contains(QStringLiteral("guess")));
        CHECK_FALSE(e.objectId.contains(QStringLiteral("guess")));
        CHECK_FALSE(e.userName.contains(QStringLiteral("ghost")));
        CHECK_FALSE(e.objectId.contains(QStringLiteral("ghost")));
    }
    CHECK(seen == QStringList{QStringLiteral("user.create:boss"), QStringLiteral("login.ok:boss"),
                              QStringLiteral("login.failed:boss"),
                              QStringLiteral("login.failed:unknown:"),
                              QStringLiteral("login.ok:boss")});
    CHECK(f.audit->verify().ok);
}

TEST_CASE("a split login checks unknown names against a full-cost decoy, like a stored hash")
{
    SecurityFixture f;
    f.admin();
    const AccountService::LoginAttempt unknown = f.accounts->beginLogin(QStringLiteral("nobody"));
    CHECK_FALSE(unknown.decided);
    CHECK_FALSE(unknown.account);
    CHECK_FALSE(unknown.hasStoredHash);
    // Well-formed with the service's cost: verifying it runs the whole Argon2id work.
    CHECK_FALSE(f.hasher.needsRehash(unknown.passwordHash));

    const AccountService::LoginAttempt known = f.accounts->beginLogin(QStringLiteral("Boss"));
    REQUIRE(known.account);
    CHECK(known.hasStoredHash);
    const auto check = AccountService::checkPassword(f.hasher, known.passwordHash,
                                                     SecurityFixture::kAdminPassword);
    CHECK(check.matches);
    CHECK_FALSE(check.rehash);
    const AuthResult r = f.accounts->finishLogin(known, check);
    REQUIRE(r.ok());
    CHECK(r.user->username == QStringLiteral("boss"));

    // A matching password against the decoy of an unknown name still fails.
    AccountService::PasswordCheck forged;
    forged.matches = true;
    CHECK(f.accounts->finishLogin(unknown, forged).error.code ==
          QStringLiteral("INVALID_CREDENTIALS"));
}

TEST_CASE("a failed login under an unknown name keeps only a keyed hash of the typed name")
{
    // People type their password into the name field; it must not land in the audit log or
    // the throttle table, where any admin could read it.
    const QString typed = QStringLiteral("tr0ub4dor.and.3");
    SecurityFixture f;
    f.admin();
    for (int i = 0; i < 2; ++i)
        CHECK(f.accounts->authenticate(typed, QStringLiteral("anything")).error.code ==
              QStringLiteral("INVALID_CREDENTIALS"));
    f.accounts->authenticate(QStringLiteral("someone.else"), QStringLiteral("anything"));

    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE user_name LIKE "
                                  "'%tr0ub4dor%' OR object_id LIKE '%tr0ub4dor%' OR details LIKE "
                                  "'%tr0ub4dor%'")) == 0);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM login_throttle WHERE username LIKE "
                                  "'%tr0ub4dor%'")) == 0);
    // One typed name counts under one key (so it still locks out), another under another.
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM login_throttle WHERE username LIKE "
                                  "'unknown:%'")) == 2);
    CHECK(f.scalar(QStringLiteral("SELECT max(failed_count) FROM login_throttle")) == 2);
    const QString key = f.accounts->beginLogin(typed).key;
    CHECK(key.startsWith(QStringLiteral("unknown:")));
    CHECK(key.size() == 8 + 32);

    // Keyed per app database: the same name gives another hash elsewhere, so a table of
    // hashed common passwords does not read the log.
    SecurityFixture other;
    CHECK(other.accounts->beginLogin(typed).key != key);
}
