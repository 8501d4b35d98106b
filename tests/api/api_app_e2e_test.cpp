// The app's opt-in API server (issue 19), in the running app (AppShell, real windows offscreen):
// an admin turns it on in Settings › API server, the page shows the URL, the same API answers
// over real HTTP, a taken port is said plainly, and turning it off stops it.
#include "apitestsupport.h"
#include "testapp.h"
#include "testfolder.h"

#include "api/apihost.h"
#include "apiserverpage.h"
#include "appshell.h"
#include "settingsopener.h"
#include "settingswindow.h"
#include "signinpage.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTcpServer>
#include <QTest>

using namespace routiq;
using namespace routiq::apitest;

TEST_CASE("an admin turns the app's API server on in Settings and it serves the API over HTTP "
          "until turned off")
{
    test::ensureGuiApp();
    Folder f;
    REQUIRE(f.make());
    // This process's QSettings in a folder of the test's own.
    QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings().remove(QStringLiteral("apiServer"));

    ManualClock clock(QDateTime::currentDateTimeUtc());
    AppShell::Options options;
    options.dataDirectory = f.admin.dataDir;
    options.hashCost = PasswordHasher::Cost::testingOnly();
    AppShell shell(clock, options);
    QSignalSpy shown(&shell, &AppShell::signInShown);
    QSignalSpy ready(&shell, &AppShell::dashboardReady);
    shell.start();
    REQUIRE(shown.wait(30000));
    SignInPage *signInPage = shell.signInPage();
    QTest::keyClicks(signInPage->usernameField(), QStringLiteral("admin"));
    QTest::keyClicks(signInPage->passwordField(), test::cliAdminPassword());
    QTest::keyClick(signInPage->passwordField(), Qt::Key_Return);
    REQUIRE((ready.count() > 0 || ready.wait(60000)));

    shell.settings()->open();
    SettingsWindow *window = shell.settings()->window();
    REQUIRE(window);
    auto *page = window->findChild<ApiServerPage *>();
    REQUIRE(page);
    window->tabs()->setCurrentWidget(page);
    // Off by default, loopback by default.
    CHECK_FALSE(page->enabledField()->isChecked());
    CHECK(page->addressField()->text() == QStringLiteral("127.0.0.1"));
    CHECK(page->status().contains(QStringLiteral("off")));

    page->enabledField()->setChecked(true);
    page->portField()->setValue(0); // any free port
    QTest::mouseClick(page->applyButton(), Qt::LeftButton);
    REQUIRE(test::spinUntil([&] { return page->status().startsWith(QStringLiteral("Serving")); },
                            30000));
    const QUrl base(page->status().section(QLatin1Char(' '), -1));
    REQUIRE(base.port() > 0);
    CHECK(base.host() == QStringLiteral("127.0.0.1"));
    Server remote; // only its url(): the app listens
    remote.base = base;
    CHECK(request("GET", remote.url(QStringLiteral("/api/v1/health"))).status == 200);
    const QByteArray token =
        accessToken(signIn(remote, QStringLiteral("sam"), passwordIn(f.staff.passwordFile)));
    REQUIRE_FALSE(token.isEmpty());
    QString out, err;
    REQUIRE(f.staff.run(words({"metrics", "--clinic", "north", "--period", "month"}), &out, &err) ==
            0);
    const Answer metrics = request(
        "GET", remote.url(QStringLiteral("/api/v1/clinics/north/metrics?period=month")), token);
    CHECK(metrics.status == 200);
    // The CLI's body; the app's own sync moves lastUpdated at every poll.
    QJsonObject cli = QJsonDocument::fromJson(out.toUtf8()).object();
    QJsonObject api = metrics.object();
    CHECK(api.contains(QStringLiteral("totalBookings")));
    cli.remove(QStringLiteral("lastUpdated"));
    api.remove(QStringLiteral("lastUpdated"));
    CHECK(api == cli);
    // Saved for the next start, without any secret.
    CHECK(QSettings().value(QStringLiteral("apiServer/enabled")).toBool());

    // A port another program holds: said plainly, nothing served.
    QTcpServer other;
    REQUIRE(other.listen(QHostAddress::LocalHost, 0));
    page->portField()->setValue(other.serverPort());
    QTest::mouseClick(page->applyButton(), Qt::LeftButton);
    REQUIRE(test::spinUntil(
        [&] { return page->status().contains(QStringLiteral("could not start")); }, 30000));
    CHECK(page->status().contains(QStringLiteral("in use")));
    CHECK(request("GET", remote.url(QStringLiteral("/api/v1/health"))).status == 0);

    // Plain HTTP beyond loopback is refused before anything listens.
    page->portField()->setValue(0);
    page->addressField()->setText(QStringLiteral("0.0.0.0"));
    QTest::mouseClick(page->applyButton(), Qt::LeftButton);
    REQUIRE(test::spinUntil(
        [&] { return page->status().contains(QStringLiteral("loopback only")); }, 30000));

    page->enabledField()->setChecked(false);
    page->addressField()->setText(QStringLiteral("127.0.0.1"));
    QTest::mouseClick(page->applyButton(), Qt::LeftButton);
    CHECK(page->status().contains(QStringLiteral("off")));
    CHECK_FALSE(QSettings().value(QStringLiteral("apiServer/enabled")).toBool());
    QSettings().remove(QStringLiteral("apiServer"));
}
