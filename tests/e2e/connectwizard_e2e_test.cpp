// "Connect your clinic" through the real windows (offscreen) against the Cliniko simulator on
// loopback: the first administrator, then the wizard by keyboard — a wrong key gives the plain
// message (and never the key), the right one shows what the PMS holds — then the first sync's
// progress and the dashboard, which opens while the backfill continues.
#include "e2etestsupport.h"
#include "testapp.h"

#include "appshell.h"
#include "clinicconnectionspanel.h"
#include "clinicsetupflow.h"
#include "connectclinicwizard.h"
#include "connectdetailspage.h"
#include "firstadminpage.h"
#include "firstsyncpage.h"
#include "mainwindow.h"
#include "session/appcontext.h"
#include "session/clinicconnectionservice.h"
#include "session/clinicsessions.h"
#include "simulator/clinikosimulator.h"
#include "storage/appdatabase.h"
#include "storage/sqlciphersupport.h"
#include "theme.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace routiq;
using namespace routiq::test;

namespace {

void type(QLineEdit *field, const QString &text)
{
    field->clear();
    QTest::keyClicks(field, text);
}

qint64 storedRows(const FirstSyncPage *page)
{
    qint64 sum = 0;
    for (int i = 0; i < page->resources()->topLevelItemCount(); ++i)
        sum += page->resources()->topLevelItem(i)->text(1).toLongLong();
    return sum;
}

// With a folder (ROUTIQ_SCREENS_DIR, or the hidden "[.screens]" run): each step as a PNG.
struct Shots
{
    QString dir;
    QString suffix;
    void take(QWidget *w, const QString &name) const
    {
        if (dir.isEmpty())
            return;
        QApplication::processEvents();
        REQUIRE(w->grab().save(QDir(dir).filePath(name + suffix + QStringLiteral(".png"))));
    }
};

void runWizard(const Shots &shots)
{
    REQUIRE(SqlCipherSupport::ensureDriverAvailable().isNull());
    ClinikoSimulator sim(smallClinic(30, 150));
    REQUIRE(sim.start());
    QTemporaryDir dir;
    SystemClock clock;
    AppShell::Options options;
    options.dataDirectory = dir.path();
    options.hashCost = PasswordHasher::Cost::testingOnly();
    AppShell shell(clock, options);
    QSignalSpy signInShown(&shell, &AppShell::signInShown);
    shell.start();
    REQUIRE(signInShown.wait(30000));

    FirstAdminPage *setup = shell.firstAdminPage();
    type(setup->usernameField(), QStringLiteral("manager"));
    type(setup->passwordField(), QStringLiteral("a long enough password"));
    type(setup->confirmField(), QStringLiteral("a long enough password"));
    QTest::keyClick(setup->confirmField(), Qt::Key_Return);
    REQUIRE(spinUntil([&] { return !setup->shownRecoveryKey().isEmpty(); }, 20000));
    QTest::keyClick(setup->continueButton(), Qt::Key_Space);

    // No clinic yet: the wizard, not the dashboard.
    REQUIRE(spinUntil([&] { return shell.setupFlow() && shell.setupFlow()->wizard(); }, 10000));
    ConnectClinicWizard *wizard = shell.setupFlow()->wizard();
    REQUIRE(spinUntil([&] { return wizard->isVisible(); }, 5000));
    CHECK_FALSE(shell.window()->isVisible());
    CHECK_FALSE(shell.signInWindow()->isVisible());
    CHECK(wizard->step() == ConnectClinicWizard::ChoosePms);
    CHECK(wizard->clinikoChoice()->isChecked());
    shots.take(wizard, QStringLiteral("wizard-1-choose"));
    // Keyboard only: Enter takes the default button (Next).
    QTest::keyClick(wizard->clinikoChoice(), Qt::Key_Return);
    REQUIRE(wizard->step() == ConnectClinicWizard::Details);

    ConnectDetailsPage *details = wizard->detailsPage();
    CHECK(details->apiKeyField()->echoMode() == QLineEdit::Password);
    CHECK_FALSE(wizard->nextButton()->isEnabled()); // nothing tested yet
    const QString wrongKey = QStringLiteral("not-the-key-0123456789-au1");
    type(details->apiKeyField(), wrongKey);
    QTest::keyClick(details->showKeyToggle(), Qt::Key_Space);
    CHECK(details->apiKeyField()->echoMode() == QLineEdit::Normal);
    QTest::keyClick(details->showKeyToggle(), Qt::Key_Space);
    CHECK(details->apiKeyField()->echoMode() == QLineEdit::Password);
    type(details->emailField(), QStringLiteral("manager@routiq.invalid"));
    type(details->nameField(), QStringLiteral("Northside Physio"));
    CHECK(details->idField()->text() == QStringLiteral("northside-physio"));
    type(details->serverField(), sim.baseUrl().toString());
    shots.take(wizard, QStringLiteral("wizard-2-details"));

    // The wrong key: the plain message, no key, no stack trace; nothing stored.
    QTest::keyClick(details->serverField(), Qt::Key_Return); // default button: Test
    CHECK_FALSE(details->testButton()->isEnabled());         // disabled while it runs
    REQUIRE(spinUntil([&] { return details->testButton()->isEnabled(); }, 30000));
    const QString failure = details->resultText();
    INFO(failure.toStdString());
    CHECK(failure.contains(QStringLiteral("did not accept this API key")));
    CHECK_FALSE(failure.contains(wrongKey));
    CHECK_FALSE(failure.contains(QStringLiteral("HTTP")));
    CHECK_FALSE(wizard->nextButton()->isEnabled());
    CHECK(shell.context()->appDatabase().clinicConnections().isEmpty());
    shots.take(wizard, QStringLiteral("wizard-3-wrong-key"));

    // The right key: what the PMS holds.
    type(details->apiKeyField(), sim.apiKey());
    QTest::mouseClick(details->testButton(), Qt::LeftButton);
    REQUIRE(spinUntil([&] { return details->hasWorkingTest(); }, 30000));
    const QString found = details->resultText();
    INFO(found.toStdString());
    CHECK(found.contains(QStringLiteral("The connection works.")));
    CHECK(found.contains(QStringLiteral("Practitioners: ")));
    CHECK(found.contains(QStringLiteral("Appointments: ")));
    CHECK(found.contains(QStringLiteral("/"))); // an IANA zone such as Australia/Melbourne
    CHECK_FALSE(found.contains(sim.apiKey()));
    REQUIRE(wizard->nextButton()->isEnabled());
    shots.take(wizard, QStringLiteral("wizard-4-tested"));
    QTest::keyClick(wizard->nextButton(), Qt::Key_Space);

    // The first sync: progress per resource, then the dashboard, while the wizard stays.
    REQUIRE(spinUntil([&] { return wizard->step() == ConnectClinicWizard::FirstSync; }, 20000));
    CHECK(details->apiKey().isEmpty()); // in the keychain now, not in a widget
    FirstSyncPage *sync = wizard->syncPage();
    REQUIRE(spinUntil([&] { return storedRows(sync) > 0; }, 60000));
    shots.take(wizard, QStringLiteral("wizard-5-first-sync"));
    // Requests against the PMS budget (the simulator's Cliniko-like 180 a minute).
    CHECK(spinUntil(
        [&] { return sync->budgetLabel()->text().contains(QStringLiteral("last minute")); }, 5000));
    INFO(sync->budgetLabel()->text().toStdString());
    REQUIRE(spinUntil([&] { return shell.window()->isVisible(); }, 60000));
    CHECK(wizard->isVisible());
    CHECK(shell.context()->appDatabase().clinicConnection(QStringLiteral("northside-physio")));
    // The admin finds the clinic again in the connections panel (File menu).
    REQUIRE(shell.window()->clinicConnectionsAction()->isVisible());
    shell.window()->clinicConnectionsAction()->trigger();
    ClinicConnectionsPanel *panel = shell.setupFlow()->panel();
    REQUIRE(panel);
    REQUIRE(panel->table()->rowCount() == 1);
    CHECK(panel->table()->item(0, 0)->text().contains(QStringLiteral("Northside Physio")));
    CHECK(
        panel->removalText(QStringLiteral("northside-physio")).contains(QStringLiteral("grants")));
    if (!shots.dir.isEmpty()) {
        // Pause, as the admin would, for its screen; then the panel with its figures.
        QTest::keyClick(sync->pauseButton(), Qt::Key_Space);
        REQUIRE(spinUntil([&] { return sync->statusText().startsWith(QStringLiteral("Paused")); },
                          5000));
        shots.take(wizard, QStringLiteral("wizard-6-paused"));
        panel->table()->selectRow(0);
        shots.take(panel, QStringLiteral("panel"));
    }

    // Replacing the key from the panel: a wrong one is tested first and the old one kept.
    QSignalSpy replaced(panel, &ClinicConnectionsPanel::actionFinished);
    panel->replaceApiKey(QStringLiteral("northside-physio"), wrongKey);
    REQUIRE(replaced.wait(30000));
    CHECK(replaced.at(0).at(0).value<RoutiqError>().code ==
          QStringLiteral("CLINIKO_AUTH_REJECTED"));
    CHECK(panel->messageText().contains(QStringLiteral("The old key was kept")));
    CHECK_FALSE(panel->messageText().contains(wrongKey));
    CHECK(shell.sessions()->session(QStringLiteral("northside-physio")));

    // Removing it from the panel, with the dashboard open: the session goes from the window
    // first, then its cache, keys and grants (ClinicConnectionService, as `clinic remove`).
    const ClinicId id = QStringLiteral("northside-physio");
    const QString cache = shell.context()->clinicDatabasePath(id);
    REQUIRE(QFile::exists(cache));
    QSignalSpy finished(panel, &ClinicConnectionsPanel::actionFinished);
    panel->removeClinic(id);
    REQUIRE(finished.wait(30000));
    CHECK(finished.at(0).at(0).value<RoutiqError>().isNull());
    CHECK(panel->table()->rowCount() == 0);
    CHECK_FALSE(shell.sessions()->session(id));
    CHECK_FALSE(QFile::exists(cache));
    CHECK(shell.context()->appDatabase().clinicConnections().isEmpty());
    QApplication::processEvents();
    CHECK(shell.window()->isVisible());
}

} // namespace

TEST_CASE("first admin, then the connect wizard: a wrong key is explained plainly, the right "
          "one connects, the first sync shows progress and the dashboard opens")
{
    ensureGuiApp();
    runWizard({qEnvironmentVariable("ROUTIQ_SCREENS_DIR"), {}});
}

TEST_CASE("screens of every wizard step and the clinic panel, light and dark", "[.screens]")
{
    ensureGuiApp();
    const QString dir = qEnvironmentVariable("ROUTIQ_SCREENS_DIR", QDir::tempPath());
    for (const auto &[mode, suffix] : {std::pair{ThemeMode::Light, QStringLiteral("-light")},
                                       std::pair{ThemeMode::Dark, QStringLiteral("-dark")}}) {
        applyTheme(mode);
        runWizard({dir, suffix});
    }
    applyTheme(ThemeMode::System);
}
