// The login lockout holds when several routiq-cli processes try wrong passwords at once: the
// check and the count are one BEGIN IMMEDIATE transaction, so the processes are serialised by
// the database and the outcome is the one a sequence of attempts would give.
#include "e2etestsupport.h"
#include "testapp.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <memory>
#include <vector>

using namespace routiq;

namespace {

int countLines(const QString &text, const QString &action, const QString &name)
{
    int n = 0;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QStringList words = line.simplified().split(QLatin1Char(' '));
        if (words.size() >= 5 && words[2] == name && words[3] == action)
            ++n;
    }
    return n;
}

} // namespace

TEST_CASE("wrong passwords from parallel routiq-cli processes lock the account as if they ran in "
          "sequence")
{
    test::ensureCoreApp();
    QTemporaryDir dir;
    test::Cli admin{dir.filePath(QStringLiteral("data"))};
    REQUIRE(admin.signInAsNewAdmin());
    const QString samPassword = admin.addUser(QStringLiteral("sam"), QStringLiteral("staff"));
    REQUIRE_FALSE(samPassword.isEmpty());

    test::Cli guesser{admin.dataDir};
    guesser.user = QStringLiteral("sam");
    guesser.passwordFile =
        admin.writePasswordFile(QStringLiteral("guess"), QStringLiteral("not sam's password"));

    // All started before any finishes: each spends most of its time in Argon2id, so without
    // the transaction they all pass the lockout check before the first failure is counted.
    constexpr int processes = 9;
    QObject owner;
    std::vector<QProcess *> running;
    for (int i = 0; i < processes; ++i)
        running.push_back(
            guesser.start({QStringLiteral("clinic"), QStringLiteral("list")}, &owner));
    int invalid = 0, locked = 0;
    for (QProcess *p : running) {
        if (p->state() != QProcess::NotRunning) {
            QSignalSpy done(p, &QProcess::finished);
            REQUIRE(done.wait(180'000));
        }
        REQUIRE(p->exitStatus() == QProcess::NormalExit);
        CHECK(p->exitCode() == 1);
        const QString code = test::Cli::errorCode(QString::fromUtf8(p->readAllStandardError()));
        if (code == QStringLiteral("INVALID_CREDENTIALS"))
            ++invalid;
        else if (code == QStringLiteral("ACCOUNT_LOCKED"))
            ++locked;
        else
            FAIL("unexpected error code " << code.toStdString());
    }
    // In sequence: failures 1-4 are wrong passwords, the 5th starts the 30 s lockout, the rest
    // are refused without a password check.
    CHECK(invalid == 4);
    CHECK(locked == processes - 4);

    QString out, err;
    REQUIRE(admin.run({QStringLiteral("audit"), QStringLiteral("list")}, &out, &err) == 0);
    CHECK(countLines(out, QStringLiteral("login.failed"), QStringLiteral("sam")) == 5);
    CHECK(countLines(out, QStringLiteral("account.lockout"), QStringLiteral("sam")) == 1);
    CHECK(countLines(out, QStringLiteral("login.locked"), QStringLiteral("sam")) == processes - 5);

    // Locked now, even with the right password.
    test::Cli sam = guesser;
    sam.passwordFile = samPassword;
    REQUIRE(sam.run({QStringLiteral("clinic"), QStringLiteral("list")}, nullptr, &err) == 1);
    CHECK(test::Cli::errorCode(err) == QStringLiteral("ACCOUNT_LOCKED"));
}
