// The app as a user meets it, through AppShell and real windows (offscreen): first start asks for
// the administrator, the idle lock brings the sign-in window back, a wrong password is refused,
// and `routiq --demo` opens its two clinics without anything typed.
#include "e2etestsupport.h"
#include "testapp.h"

#include "appshell.h"
#include "clinicsetupflow.h"
#include "connectclinicwizard.h"
#include "dashboardcontroller.h"
#include "dashboardfilters.h"
#include "demo/demoenvironment.h"
#include "firstadminpage.h"
#include "kpicard.h"
#include "mainwindow.h"
#include "recoverypage.h"
#include "security/auditanchor.h"
#include "security/auditlog.h"
#include "session/signingate.h"
#include "signinpage.h"
#include "storage/sqlciphersupport.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace routiq;
using namespace routiq::test;

namespace {

void type(QLineEdit *field, const QString &text)
{
    field->clear();
    QTest::keyClicks(field, text);
}

} // namespace

TEST_CASE("first start creates the administrator, the idle lock returns to sign-in, and only "
          "the right password opens the dashboard again")
{
    ensureGuiApp();
    REQUIRE(SqlCipherSupport::ensureDriverAvailable().isNull());
    QTemporaryDir dir;
    ManualClock clock(QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC));
    AppShell::Options options;
    options.dataDirectory = dir.path();
    options.idleLockMinutes = 5;
    options.hashCost = PasswordHasher::Cost::testingOnly();
    AppShell shell(clock, options);
    QSignalSpy signInShown(&shell, &AppShell::signInShown);
    shell.start();
    REQUIRE(signInShown.wait(30000));

    // A fresh data folder: the first-admin page, not the sign-in page.
    REQUIRE(shell.signInWindow()->isVisible());
    CHECK_FALSE(shell.window()->isVisible());
    FirstAdminPage *setup = shell.firstAdminPage();
    REQUIRE(setup->isVisible());
    type(setup->usernameField(), QStringLiteral("manager"));
    type(setup->passwordField(), QStringLiteral("a long enough password"));
    type(setup->confirmField(), QStringLiteral("a long enough password"));
    QTest::keyClick(setup->confirmField(), Qt::Key_Return);
    // The recovery key is shown once before the dashboard, in groups a person can copy.
    REQUIRE(spinUntil([&] { return !setup->shownRecoveryKey().isEmpty(); }, 20000));
    const QString recoveryKey = setup->shownRecoveryKey();
    CHECK(QRegularExpression(QStringLiteral("^[A-Z2-7]{4}(-[A-Z2-7]{4}){7}$"))
              .match(recoveryKey)
              .hasMatch());
    CHECK_FALSE(shell.window()->isVisible());
    QTest::mouseClick(setup->continueButton(), Qt::LeftButton);
    CHECK(setup->shownRecoveryKey().isEmpty());
    // No clinic yet: "Connect your clinic" comes first; closing it opens the dashboard.
    REQUIRE(spinUntil([&] { return shell.setupFlow() && shell.setupFlow()->wizard(); }, 10000));
    CHECK_FALSE(shell.window()->isVisible());
    shell.setupFlow()->wizard()->close();
    REQUIRE(spinUntil([&] { return shell.window()->isVisible(); }, 20000));
    CHECK_FALSE(shell.signInWindow()->isVisible());
    REQUIRE(shell.gate()->currentUser());
    CHECK(shell.gate()->currentUser()->role == Role::Admin);

    // Five idle minutes: the dashboard goes away, the sign-in page explains why.
    clock.advanceMSecs((5 * 60 + 1) * 1000);
    shell.gate()->idleLock().check();
    REQUIRE(spinUntil([&] { return shell.signInWindow()->isVisible(); }, 5000));
    CHECK_FALSE(shell.window()->isVisible());
    SignInPage *signIn = shell.signInPage();
    CHECK(signIn->usernameField()->text() == QStringLiteral("manager"));
    CHECK(signIn->message().contains(QStringLiteral("5")));

    // A wrong password keeps it locked; the right one opens the dashboard again.
    QSignalSpy failed(shell.gate(), &SignInGate::signInFailed);
    type(signIn->passwordField(), QStringLiteral("not the password"));
    QTest::keyClick(signIn->passwordField(), Qt::Key_Return);
    REQUIRE(failed.wait(20000));
    CHECK_FALSE(shell.window()->isVisible());
    CHECK(signIn->passwordField()->text().isEmpty());
    type(signIn->passwordField(), QStringLiteral("a long enough password"));
    QTest::keyClick(signIn->passwordField(), Qt::Key_Return);
    REQUIRE(spinUntil([&] { return shell.window()->isVisible(); }, 20000));

    // All of it is in the audit trail, and the chain holds.
    const auto entries = shell.gate()->audit().list(*shell.gate()->currentUser(), {}, nullptr);
    REQUIRE(entries);
    QStringList actions;
    for (const AuditEntry &e : *entries)
        actions << e.action;
    CHECK(actions.contains(QStringLiteral("session.idle_lock")));
    CHECK(actions.contains(QStringLiteral("login.failed")));
    CHECK(actions.count(QStringLiteral("login.ok")) >= 1);
    const AuditLog::Verification verified = shell.gate()->audit().verify();
    CHECK(verified.ok);
    CHECK(verified.macsChecked); // every entry the app wrote carries a MAC
    CHECK(verified.firstKeyedSeq == 1);

    // The head is anchored outside the database for `routiq-cli audit verify`, MACed.
    RoutiqError anchorError;
    const auto anchored =
        AuditAnchor(dir.path(), shell.gate()->audit().macKey()).read(&anchorError);
    INFO(anchorError.code.toStdString());
    REQUIRE(anchored);
    CHECK(anchored->macChecked);
    const auto anchoredHead = anchored->head;
    CHECK(anchoredHead.seq == shell.gate()->audit().head().seq);
    CHECK(shell.gate()->audit().verify(anchoredHead).ok);
}

TEST_CASE("a restarted app opens nothing before a sign-in, says why, and a forgotten admin "
          "password is replaced with the recovery key")
{
    ensureGuiApp();
    REQUIRE(SqlCipherSupport::ensureDriverAvailable().isNull());
    QTemporaryDir dir;
    ManualClock clock(QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC));
    AppShell::Options options;
    options.dataDirectory = dir.path();
    options.hashCost = PasswordHasher::Cost::testingOnly();
    QString recoveryKey;
    {
        AppShell first(clock, options);
        QSignalSpy shown(&first, &AppShell::signInShown);
        first.start();
        REQUIRE(shown.wait(30000));
        FirstAdminPage *setup = first.firstAdminPage();
        type(setup->usernameField(), QStringLiteral("manager"));
        type(setup->passwordField(), QStringLiteral("a long enough password"));
        type(setup->confirmField(), QStringLiteral("a long enough password"));
        QTest::keyClick(setup->confirmField(), Qt::Key_Return);
        REQUIRE(spinUntil([&] { return !setup->shownRecoveryKey().isEmpty(); }, 20000));
        recoveryKey = setup->shownRecoveryKey();
    }

    AppShell shell(clock, options);
    QSignalSpy shown(&shell, &AppShell::signInShown);
    shell.start();
    REQUIRE(shown.wait(30000));
    SignInPage *signIn = shell.signInPage();
    REQUIRE(signIn->isVisible());
    // Locked: no app database, no cache, no sync until someone signs in; the page says why.
    CHECK_FALSE(shell.context()->isUnlocked());
    CHECK(shell.sessions() == nullptr);
    CHECK(signIn->message().contains(QStringLiteral("sign-in")));
    REQUIRE(signIn->recoveryButton()->isVisible());

    // The password is forgotten: a wrong one is refused and still opens nothing.
    type(signIn->usernameField(), QStringLiteral("manager"));
    type(signIn->passwordField(), QStringLiteral("what was it again"));
    QSignalSpy submitted(signIn, &SignInPage::submitted);
    QTest::keyClick(signIn->passwordField(), Qt::Key_Return);
    CHECK(submitted.count() == 1);
    CHECK(
        spinUntil([&] { return signIn->message().contains(QStringLiteral("Wrong name")); }, 20000));
    CHECK_FALSE(shell.context()->isUnlocked());

    QTest::mouseClick(signIn->recoveryButton(), Qt::LeftButton);
    RecoveryPage *recovery = shell.recoveryPage();
    REQUIRE(recovery->isVisible());
    type(recovery->recoveryKeyField(), QStringLiteral("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH"));
    type(recovery->usernameField(), QStringLiteral("manager"));
    type(recovery->passwordField(), QStringLiteral("a brand new password"));
    type(recovery->confirmField(), QStringLiteral("a brand new password"));
    QTest::mouseClick(recovery->submitButton(), Qt::LeftButton);
    REQUIRE(spinUntil([&] { return !recovery->message().isEmpty(); }, 20000));
    CHECK_FALSE(shell.context()->isUnlocked());

    type(recovery->recoveryKeyField(), recoveryKey.toLower().replace(u'-', u' '));
    type(recovery->passwordField(), QStringLiteral("a brand new password"));
    type(recovery->confirmField(), QStringLiteral("a brand new password"));
    QTest::mouseClick(recovery->submitButton(), Qt::LeftButton);
    REQUIRE(spinUntil([&] { return shell.window()->isVisible(); }, 20000));
    REQUIRE(shell.gate()->currentUser());
    CHECK(shell.gate()->currentUser()->username == QStringLiteral("manager"));
    CHECK(shell.sessions() != nullptr);
    const auto entries = shell.gate()->audit().list(*shell.gate()->currentUser(), {}, nullptr);
    REQUIRE(entries);
    bool recoveryAudited = false, failureKept = false;
    for (const AuditEntry &e : *entries) {
        recoveryAudited = recoveryAudited || e.details.contains(QStringLiteral("recovery-key"));
        failureKept = failureKept || (e.action == QStringLiteral("login.failed") &&
                                      e.details.contains(QStringLiteral("before-unlock")));
    }
    CHECK(recoveryAudited);
    CHECK(failureKept); // the failure before the data key was open reached the audit log
}

TEST_CASE("routiq --demo signs in the demo account and shows its Cliniko and Nookal clinics")
{
    ensureGuiApp();
    REQUIRE(SqlCipherSupport::ensureDriverAvailable().isNull());
    QTemporaryDir dir;
    SystemClock clock;
    AppShell::Options options;
    options.demo = true;
    options.dataDirectory = dir.path();
    options.firstClinic = QStringLiteral("all");
    AppShell shell(clock, options);
    QSignalSpy ready(&shell, &AppShell::dashboardReady);
    shell.start();
    REQUIRE(ready.wait(120000));

    CHECK_FALSE(shell.signInWindow()->isVisible());
    REQUIRE(shell.window()->isVisible());
    REQUIRE(shell.gate()->currentUser());
    CHECK(shell.gate()->currentUser()->demo);
    QComboBox *clinics = shell.window()->filters()->clinicBox();
    REQUIRE(clinics->count() == 3); // All clinics, the Cliniko clinic, the Nookal clinic
    CHECK(clinics->findData(DemoEnvironment::clinikoClinicId()) > 0);
    CHECK(clinics->findData(DemoEnvironment::nookalClinicId()) > 0);
    REQUIRE(spinUntil([&] { return shell.controller()->selectedClinic().isEmpty(); }, 30000));
    CHECK(shell.window()->cards().first()->valueText() != QStringLiteral("\u2014"));
}

TEST_CASE("the first sign-in of a run counts each attempt before its result is used: after five "
          "wrong passwords even the right one is refused until the lockout ends")
{
    ensureGuiApp();
    REQUIRE(SqlCipherSupport::ensureDriverAvailable().isNull());
    QTemporaryDir dir;
    ManualClock clock(QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC));
    AppShell::Options options;
    options.dataDirectory = dir.path();
    options.hashCost = PasswordHasher::Cost::testingOnly();
    const QString password = QStringLiteral("a long enough password");
    {
        AppShell first(clock, options);
        QSignalSpy shown(&first, &AppShell::signInShown);
        first.start();
        REQUIRE(shown.wait(30000));
        FirstAdminPage *setup = first.firstAdminPage();
        type(setup->usernameField(), QStringLiteral("manager"));
        type(setup->passwordField(), password);
        type(setup->confirmField(), password);
        QTest::keyClick(setup->confirmField(), Qt::Key_Return);
        REQUIRE(spinUntil([&] { return !setup->shownRecoveryKey().isEmpty(); }, 20000));
    }

    AppShell shell(clock, options);
    QSignalSpy shown(&shell, &AppShell::signInShown);
    shell.start();
    REQUIRE(shown.wait(30000));
    SignInPage *page = shell.signInPage();
    // As the sign-in page submits (and the startup bench does): through the folder unlock.
    const auto attempt = [&](const QString &typed) {
        emit page->submitted(QStringLiteral("manager"), typed);
        return spinUntil([&] { return !page->isBusy(); }, 20000);
    };
    for (int i = 0; i < 5; ++i)
        REQUIRE(attempt(QStringLiteral("wrong password %1").arg(i)));
    CHECK(page->message().contains(QStringLiteral("30")));

    // Locked out: the right password is refused and the folder stays closed.
    REQUIRE(attempt(password));
    CHECK(page->message().contains(QStringLiteral("Too many")));
    CHECK_FALSE(shell.context()->isUnlocked());
    CHECK_FALSE(shell.gate());
    CHECK_FALSE(shell.window()->isVisible());

    // Once the lockout is over the same password opens the dashboard.
    clock.advanceMSecs(31 * 1000);
    emit page->submitted(QStringLiteral("manager"), password);
    REQUIRE(spinUntil([&] { return shell.window()->isVisible(); }, 20000));
    CHECK(shell.context()->isUnlocked());
    REQUIRE(shell.gate());
    REQUIRE(shell.gate()->currentUser());
    CHECK(shell.gate()->currentUser()->username == QStringLiteral("manager"));
}
