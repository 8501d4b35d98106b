// "Changes apply at once" (issue 14): an admin's change to an account reaches the account's
// running session at its next action — a disabled account is sent back to the sign-in page by
// the real app (AppShell, offscreen), a demotion to read-only takes the drill-down away — and an
// admin's password reset makes the user choose a new password before the dashboard opens.
#include "clinicgroup.h"
#include "e2etestsupport.h"
#include "securityfixture.h"
#include "testapp.h"

#include "appointmentlistdialog.h"
#include "appshell.h"
#include "clinicsetupflow.h"
#include "connectclinicwizard.h"
#include "dashboardcontroller.h"
#include "firstadminpage.h"
#include "kpicard.h"
#include "kpimodel.h"
#include "mainwindow.h"
#include "newpasswordpage.h"
#include "security/auditedaccess.h"
#include "session/signingate.h"
#include "sessionrevalidator.h"
#include "signinpage.h"
#include "simulator/clinikosimulator.h"
#include "storage/sqlciphersupport.h"

#include <catch2/catch.hpp>

#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace routiq;
using namespace routiq::test;

namespace {

const QString kAdminPassword = QStringLiteral("a long enough password");
const QString kAnnPassword = QStringLiteral("front desk secret");

void type(QLineEdit *field, const QString &text)
{
    field->clear();
    QTest::keyClicks(field, text);
}

void signInAs(AppShell &shell, const QString &name, const QString &password)
{
    SignInPage *page = shell.signInPage();
    REQUIRE(spinUntil([&] { return page->isVisible(); }, 10000));
    type(page->usernameField(), name);
    type(page->passwordField(), password);
    QTest::keyClick(page->passwordField(), Qt::Key_Return);
}

QStringList auditTail(AppShell &shell, int n)
{
    QSqlQuery q(shell.context()->appDatabase().database());
    q.prepare(QStringLiteral("SELECT action || ' ' || details FROM audit_log ORDER BY seq DESC "
                             "LIMIT ?"));
    q.addBindValue(n);
    REQUIRE(q.exec());
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace

TEST_CASE("in the running app a password reset asks for a new password at the next sign-in, and "
          "a disabled account is refused at its next action and sent back to sign-in")
{
    ensureGuiApp();
    REQUIRE(SqlCipherSupport::ensureDriverAvailable().isNull());
    QTemporaryDir dir;
    ManualClock clock(QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC));
    AppShell::Options options;
    options.dataDirectory = dir.path();
    options.hashCost = PasswordHasher::Cost::testingOnly();
    AppShell shell(clock, options);
    QSignalSpy shown(&shell, &AppShell::signInShown);
    shell.start();
    REQUIRE(shown.wait(30000));
    FirstAdminPage *setup = shell.firstAdminPage();
    type(setup->usernameField(), QStringLiteral("manager"));
    type(setup->passwordField(), kAdminPassword);
    type(setup->confirmField(), kAdminPassword);
    QTest::keyClick(setup->confirmField(), Qt::Key_Return);
    REQUIRE(spinUntil([&] { return !setup->shownRecoveryKey().isEmpty(); }, 20000));
    QTest::mouseClick(setup->continueButton(), Qt::LeftButton);
    // No clinic yet: "Connect your clinic" comes first; closing it opens the dashboard.
    REQUIRE(spinUntil([&] { return shell.setupFlow() && shell.setupFlow()->wizard(); }, 10000));
    shell.setupFlow()->wizard()->close();
    REQUIRE(spinUntil([&] { return shell.window()->isVisible(); }, 20000));
    const ActingUser admin = *shell.gate()->currentUser();

    // The admin adds Ann and later resets her password (as Settings › Users does).
    AccountService &accounts = shell.gate()->accounts();
    AccountService::NewAccount ann;
    ann.username = QStringLiteral("ann");
    ann.password = kAnnPassword;
    ann.role = Role::Staff;
    RoutiqError error;
    REQUIRE(accounts.addAccount(admin, ann, &error));
    REQUIRE(accounts.setPassword(admin, QStringLiteral("ann"), QStringLiteral("temporary password"),
                                 &error));
    shell.gate()->signOut();

    // Ann signs in with the temporary password: she must choose her own before the dashboard.
    signInAs(shell, QStringLiteral("ann"), QStringLiteral("temporary password"));
    NewPasswordPage *choose = shell.newPasswordPage();
    REQUIRE(spinUntil([&] { return choose->isVisible(); }, 20000));
    CHECK_FALSE(shell.window()->isVisible());
    type(choose->passwordField(), QStringLiteral("anns own password"));
    type(choose->confirmField(), QStringLiteral("anns own password!"));
    QTest::keyClick(choose->confirmField(), Qt::Key_Return);
    CHECK(choose->message().contains(QStringLiteral("differ")));
    type(choose->passwordField(), QStringLiteral("anns own password"));
    type(choose->confirmField(), QStringLiteral("anns own password"));
    QTest::keyClick(choose->confirmField(), Qt::Key_Return);
    REQUIRE(spinUntil([&] { return shell.window()->isVisible(); }, 20000));
    REQUIRE(shell.gate()->currentUser());
    CHECK(shell.gate()->currentUser()->username == QStringLiteral("ann"));
    CHECK_FALSE(shell.gate()->currentUser()->mustChangePassword);

    // An admin (another session, or routiq-cli) disables Ann while her dashboard is open.
    REQUIRE(accounts.setDisabled(admin, QStringLiteral("ann"), true, &error));
    CHECK(shell.window()->isVisible()); // nothing happens until her next action...
    QSignalSpy revoked(shell.gate(), &SignInGate::revoked);
    QTest::keyClick(shell.window(), Qt::Key_2, Qt::ControlModifier); // ...e.g. Ctrl+2
    CHECK(revoked.count() == 1);
    CHECK_FALSE(shell.window()->todayBoardShown()); // the action itself did not happen
    REQUIRE(spinUntil([&] { return shell.signInWindow()->isVisible(); }, 5000));
    CHECK_FALSE(shell.window()->isVisible());
    CHECK_FALSE(shell.gate()->currentUser());
    CHECK(shell.signInPage()->message().contains(QStringLiteral("disabled")));
    CHECK(auditTail(shell, 3).contains(QStringLiteral("logout revoked ACCOUNT_DISABLED")));

    // And her password no longer opens anything.
    QSignalSpy failed(shell.gate(), &SignInGate::signInFailed);
    signInAs(shell, QStringLiteral("ann"), QStringLiteral("anns own password"));
    REQUIRE(failed.wait(20000));
    CHECK_FALSE(shell.window()->isVisible());
}

TEST_CASE("a demotion to read-only takes the drill-down away at the account's next action")
{
    ensureGuiApp();
    REQUIRE(SqlCipherSupport::ensureDriverAvailable().isNull());
    ClinikoSimulator sim(smallClinic(20, 60, 4242));
    sim.setRateLimitEnabled(false);
    REQUIRE(sim.start());
    SecurityFixture security;
    const ActingUser admin = security.admin();
    SignInGate::Options gateOptions;
    gateOptions.hashCost = PasswordHasher::Cost::testingOnly();
    SignInGate gate(security.db(), &security.clock, gateOptions);
    gate.audit().setMacKey(security.auditKey);
    const AuditedAccess access(&gate.policy(), &gate.audit());

    ClinicGroup group;
    REQUIRE(group.openContext());
    group.sessions().setAccessGuard(&access);
    const ClinicId id = QStringLiteral("north");
    REQUIRE(group.addClinic(id, PmsKind::Cliniko, sim.baseUrl(), sim.apiKey()));
    KpiModel kpis;
    MainWindow window(&kpis);
    DashboardController controller(&window, &kpis, group.clock());
    QObject::connect(&group.sessions(), &ClinicSessions::sessionOpened, &controller,
                     &DashboardController::addSession);
    window.show();
    REQUIRE(group.openSessions());
    REQUIRE(group.waitBackfilled(id));

    AccountService::NewAccount ann;
    ann.username = QStringLiteral("ann");
    ann.password = kAnnPassword;
    ann.role = Role::Staff;
    ann.clinics = {id};
    RoutiqError error;
    REQUIRE(security.accounts->addAccount(admin, ann, &error));
    QSignalSpy signedIn(&gate, &SignInGate::signedIn);
    REQUIRE(gate.signIn(QStringLiteral("ann"), kAnnPassword));
    REQUIRE(signedIn.wait(10000));
    controller.setUser(*gate.currentUser(), &gate.policy(), &access);
    SessionRevalidator revalidator(&gate, &controller, &access);

    const auto drillDown = [&] {
        QTest::keyClick(window.cards().first(), Qt::Key_Return);
        return spinUntil(
            [&] {
                auto *list = window.findChild<AppointmentListDialog *>();
                return list && list->isVisible();
            },
            3000);
    };
    REQUIRE(spinUntil(
        [&] { return window.cards().first()->valueText() != QStringLiteral("\u2014"); }, 10000));
    REQUIRE(drillDown());
    window.closeAppointmentList();

    // Demoted elsewhere; her next key press re-reads the account before it reaches the card.
    REQUIRE(security.accounts->setRole(admin, QStringLiteral("ann"), Role::ReadOnly, &error));
    CHECK(window.cards().first()->drillDownEnabled()); // not yet: no action since
    CHECK_FALSE(drillDown());
    CHECK_FALSE(window.cards().first()->drillDownEnabled());
    REQUIRE(gate.currentUser());
    CHECK(gate.currentUser()->role == Role::ReadOnly);

    // A removed clinic grant likewise: the clinic leaves the dashboard at the next action.
    REQUIRE(security.accounts->setRole(admin, QStringLiteral("ann"), Role::Staff, &error));
    REQUIRE(security.accounts->assignClinics(admin, QStringLiteral("ann"), {}, &error));
    QTest::keyClick(&window, Qt::Key_Shift);
    CHECK(gate.currentUser()->clinics.isEmpty());
    CHECK(controller.selectedClinic().isEmpty());
    CHECK_FALSE(drillDown());
}
