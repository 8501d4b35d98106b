#include "securityfixture.h"

#include <catch2/catch.hpp>

using namespace routiq;
using routiq::test::SecurityFixture;

namespace {

int countActions(SecurityFixture &f, const QString &action, const QString &userName)
{
    RoutiqError error;
    const auto entries = f.audit->list(f.admin(), {}, &error);
    REQUIRE(entries);
    int n = 0;
    for (const AuditEntry &e : *entries)
        n += (e.action == action && e.userName == userName) ? 1 : 0;
    return n;
}

} // namespace

TEST_CASE("20 wrong passwords lock the account with growing delays, the right one works after")
{
    SecurityFixture f;
    RoutiqError error;
    AccountService::NewAccount n;
    n.username = QStringLiteral("mia");
    n.password = QStringLiteral("front desk secret");
    n.role = Role::Staff;
    REQUIRE(f.accounts->addAccount(f.admin(), n, &error));

    QList<qint64> delays;
    int lockedAttempts = 0;
    for (int attempt = 1; attempt <= 20; ++attempt) {
        INFO("attempt " << attempt);
        const AuthResult r = f.accounts->authenticate(QStringLiteral("mia"),
                                                      QStringLiteral("guess-%1").arg(attempt));
        REQUIRE_FALSE(r.ok());
        if (attempt < 5) {
            CHECK(r.error.code == QStringLiteral("INVALID_CREDENTIALS"));
            CHECK_FALSE(r.retryAfterSecs);
            continue;
        }
        REQUIRE(r.error.code == QStringLiteral("ACCOUNT_LOCKED"));
        REQUIRE(r.retryAfterSecs);
        delays.append(*r.retryAfterSecs);
        CHECK(r.error.message.contains(QString::number(*r.retryAfterSecs)));

        // While locked even the right password is refused, with the time still to wait, and
        // it does not count as a failure (the password is not even checked).
        f.clock.advanceMSecs(*r.retryAfterSecs * 1000 - 1000);
        const AuthResult early = f.accounts->authenticate(QStringLiteral("mia"), n.password);
        CHECK_FALSE(early.ok());
        CHECK(early.error.code == QStringLiteral("ACCOUNT_LOCKED"));
        CHECK(early.retryAfterSecs == std::optional<qint64>(1));
        ++lockedAttempts;
        f.clock.advanceMSecs(1000);
    }

    // 30 s after the 5th failure, doubling, capped at 15 minutes.
    CHECK(delays == QList<qint64>{30, 60, 120, 240, 480, 900, 900, 900, 900, 900, 900, 900, 900,
                                  900, 900, 900});
    CHECK(f.throttleFailures(QStringLiteral("mia")) == 20);

    const AuthResult ok = f.accounts->authenticate(QStringLiteral("mia"), n.password);
    REQUIRE(ok.ok());
    CHECK(ok.user->username == QStringLiteral("mia"));
    CHECK(f.throttleFailures(QStringLiteral("mia")) == 0);

    // Every attempt is in the audit log, and the log is intact.
    CHECK(countActions(f, QStringLiteral("login.failed"), QStringLiteral("mia")) == 20);
    CHECK(countActions(f, QStringLiteral("account.lockout"), QStringLiteral("mia")) == 16);
    CHECK(countActions(f, QStringLiteral("login.locked"), QStringLiteral("mia")) == lockedAttempts);
    CHECK(countActions(f, QStringLiteral("login.ok"), QStringLiteral("mia")) == 1);
    CHECK(f.audit->verify().ok);
}

TEST_CASE("an unknown user name locks out exactly like a real one")
{
    SecurityFixture f;
    f.admin();
    QList<QString> codes;
    for (int i = 0; i < 6; ++i)
        codes.append(
            f.accounts->authenticate(QStringLiteral("ghost"), QStringLiteral("pw")).error.code);
    CHECK(codes == QList<QString>{
                       QStringLiteral("INVALID_CREDENTIALS"), QStringLiteral("INVALID_CREDENTIALS"),
                       QStringLiteral("INVALID_CREDENTIALS"), QStringLiteral("INVALID_CREDENTIALS"),
                       QStringLiteral("ACCOUNT_LOCKED"), QStringLiteral("ACCOUNT_LOCKED")});
    // Logged under the keyed hash that stands for the unknown name (never the name itself).
    const QString ghost = f.accounts->beginLogin(QStringLiteral("ghost")).key;
    CHECK(ghost.startsWith(QStringLiteral("unknown:")));
    CHECK(countActions(f, QStringLiteral("login.failed"), ghost) == 5);
    CHECK(countActions(f, QStringLiteral("login.locked"), ghost) == 2); // and the beginLogin above
}

TEST_CASE("a lockout survives restarting the app")
{
    SecurityFixture f;
    f.admin();
    for (int i = 0; i < 5; ++i)
        f.accounts->authenticate(QStringLiteral("boss"), QStringLiteral("wrong"));
    AccountService restarted(f.db(), &f.clock, &f.hasher, f.audit.get());
    const AuthResult r =
        restarted.authenticate(QStringLiteral("boss"), SecurityFixture::kAdminPassword);
    CHECK(r.error.code == QStringLiteral("ACCOUNT_LOCKED"));
    CHECK(r.retryAfterSecs == std::optional<qint64>(30));
    f.clock.advanceMSecs(30'000);
    CHECK(restarted.authenticate(QStringLiteral("boss"), SecurityFixture::kAdminPassword).ok());
}

TEST_CASE("a successful login starts the failure count over")
{
    SecurityFixture f;
    f.admin();
    for (int round = 0; round < 3; ++round) {
        for (int i = 0; i < 4; ++i)
            CHECK(f.accounts->authenticate(QStringLiteral("boss"), QStringLiteral("typo"))
                      .error.code == QStringLiteral("INVALID_CREDENTIALS"));
        CHECK(
            f.accounts->authenticate(QStringLiteral("boss"), SecurityFixture::kAdminPassword).ok());
    }
}

TEST_CASE("a failure streak older than a day is forgotten")
{
    SecurityFixture f;
    f.admin();
    for (int i = 0; i < 4; ++i)
        f.accounts->authenticate(QStringLiteral("boss"), QStringLiteral("typo"));
    f.clock.advanceMSecs(25LL * 3600 * 1000);
    CHECK(f.accounts->authenticate(QStringLiteral("boss"), QStringLiteral("typo")).error.code ==
          QStringLiteral("INVALID_CREDENTIALS"));
    CHECK(f.throttleFailures(QStringLiteral("boss")) == 1);
}
