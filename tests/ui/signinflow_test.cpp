#include "core/clock.h"
#include "firstadminpage.h"
#include "session/appschema.h"
#include "session/signingate.h"
#include "signinpage.h"
#include "storage/appdatabase.h"
#include "uitestapp.h"

#include <catch2/catch.hpp>

#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace routiq;

namespace {

// The wiring docs/architecture.md ("Sign-in and idle lock") describes for the app.
void wire(SignInGate &gate, SignInPage &signIn, FirstAdminPage &firstAdmin)
{
    QObject::connect(&firstAdmin, &FirstAdminPage::submitted, &gate, &SignInGate::createFirstAdmin);
    QObject::connect(&signIn, &SignInPage::submitted, &gate, &SignInGate::signIn);
    QObject::connect(&gate, &SignInGate::busyChanged, &signIn, &SignInPage::setBusy);
    QObject::connect(&gate, &SignInGate::busyChanged, &firstAdmin, &FirstAdminPage::setBusy);
    QObject::connect(&gate, &SignInGate::signInFailed, &signIn, &SignInPage::showFailure);
    QObject::connect(&gate, &SignInGate::signInFailed, &firstAdmin, &FirstAdminPage::showFailure);
    QObject::connect(&gate, &SignInGate::locked, &signIn, [&gate, &signIn] {
        signIn.reset();
        signIn.setUsername(gate.lastUsername());
        signIn.showIdleLockNotice(gate.idleLockMinutes());
    });
}

void type(QLineEdit *field, const QString &text)
{
    field->clear();
    QTest::keyClicks(field, text);
}

} // namespace

TEST_CASE("the pages and the gate together: first admin, a wrong password, a lockout countdown, "
          "the idle lock")
{
    routiq::test::ensureUiApp();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    RoutiqError error;
    auto db = AppDatabase::open(AppDatabase::defaultFilePath(dir.path()), DatabaseKey::generate(),
                                AppSchema::migrator(), &error);
    REQUIRE(db);
    ManualClock clock;
    SignInGate::Options options;
    options.hashCost = PasswordHasher::Cost::testingOnly();
    options.idleLockMinutes = 10;
    SignInGate gate(db->database(), &clock, options);
    SignInPage signIn(&clock);
    FirstAdminPage firstAdmin;
    wire(gate, signIn, firstAdmin);
    QSignalSpy signedIn(&gate, &SignInGate::signedIn);
    QSignalSpy failed(&gate, &SignInGate::signInFailed);

    REQUIRE(gate.needsFirstAdmin());
    firstAdmin.setMinimumPasswordLength(gate.minPasswordLength());
    type(firstAdmin.usernameField(), QStringLiteral("manager"));
    type(firstAdmin.passwordField(), QStringLiteral("a long enough password"));
    type(firstAdmin.confirmField(), QStringLiteral("a long enough password"));
    QTest::keyClick(firstAdmin.confirmField(), Qt::Key_Return);
    CHECK(firstAdmin.isBusy());
    REQUIRE(signedIn.wait(10'000));
    CHECK_FALSE(firstAdmin.isBusy());
    gate.signOut();

    type(signIn.usernameField(), QStringLiteral("manager"));
    type(signIn.passwordField(), QStringLiteral("not it"));
    QTest::keyClick(signIn.passwordField(), Qt::Key_Return);
    CHECK(signIn.isBusy());
    CHECK(signIn.submitButton()->text() == QStringLiteral("Signing in…"));
    REQUIRE(failed.wait(10'000));
    CHECK_FALSE(signIn.isBusy());
    CHECK(signIn.message() == QStringLiteral("Wrong name or password."));
    CHECK(signIn.passwordField()->text().isEmpty());

    for (int i = 0; i < 4; ++i) {
        type(signIn.passwordField(), QStringLiteral("guess %1").arg(i));
        QTest::keyClick(signIn.passwordField(), Qt::Key_Return);
        REQUIRE(failed.wait(10'000));
    }
    CHECK(signIn.message() == QStringLiteral("Too many attempts: try again in 30 s."));
    CHECK_FALSE(signIn.submitButton()->isEnabled());
    clock.advanceMSecs(30'000);
    signIn.refreshCountdown();
    CHECK(signIn.submitButton()->isEnabled());

    type(signIn.passwordField(), QStringLiteral("a long enough password"));
    QTest::keyClick(signIn.passwordField(), Qt::Key_Return);
    REQUIRE(signedIn.wait(10'000));
    CHECK(gate.currentUser());

    clock.advanceMSecs(10 * 60'000);
    gate.idleLock().check();
    CHECK_FALSE(gate.currentUser());
    CHECK(signIn.usernameField()->text() == QStringLiteral("manager"));
    CHECK(signIn.message() ==
          QStringLiteral("Locked after 10 minutes without activity. Sign in to continue."));
}
