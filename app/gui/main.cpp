// routiq: the desktop app's composition root.
#include "appshell.h"
#include "translations.h"

#include "appointmentlistdialog.h"
#include "core/clock.h"
#include "core/coredumps.h"
#include "core/datadirectory.h"
#include "core/filelog.h"
#include "dashboardcontroller.h"
#include "demo/demoenvironment.h"
#include "forwardbookingsview.h"
#include "insightviewscontroller.h"
#include "lapsedpatientswindow.h"
#include "mainwindow.h"
#include "practitionertableview.h"
#include "servermode.h"
#include "session/signingate.h"
#include "signinpage.h"
#include "startuptimings.h"
#include "synchealthcontroller.h"
#include "synchealthwindow.h"

#include "routiqversion.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QSettings>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
           !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

bool argumentPresent(int argc, char **argv, const char *name)
{
    for (int i = 1; i < argc; ++i)
        if (qstrcmp(argv[i], name) == 0)
            return true;
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    // First thing: the start of this process for --startup-timings (CLOCK_MONOTONIC).
    const qint64 mainEnteredNs = routiq::StartupTimings::monotonicNs();
    // Before anything secret is in memory: no core dump may carry keys or patient names.
    if (!routiq::CoreDumps::disable())
        std::fputs("routiq: warning: core dumps could not be turned off\n", stderr);
    // Without a display there is nothing to show: render offscreen and leave a screenshot.
    const bool headless = !hasDisplay();
    if (headless || argumentPresent(argc, argv, "--screenshot"))
        qputenv("QT_QPA_PLATFORM", qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && headless
                                       ? QByteArray("offscreen")
                                       : qgetenv("QT_QPA_PLATFORM"));

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Routiq"));
    QApplication::setOrganizationName(QStringLiteral("Routiq"));
    QApplication::setApplicationVersion(QStringLiteral(ROUTIQ_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Live clinic dashboard for Cliniko and Nookal."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QApplication::translate("main", "Run on the built-in demo clinic."));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a PNG of the main window to <file> and exit."),
        QStringLiteral("file"));
    const QCommandLineOption after(
        QStringLiteral("after"),
        QApplication::translate("main", "With --screenshot: wait <seconds> of live updates first."),
        QStringLiteral("seconds"), QStringLiteral("0"));
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        QApplication::translate("main", "User interface language (en, de, es)."),
        QStringLiteral("code"));
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QApplication::translate("main", "Where the encrypted databases live."),
        QStringLiteral("dir"));
    const QCommandLineOption masterKey(
        QStringLiteral("master-key-file"),
        QApplication::translate("main", "Headless: keys sealed with this 0600 key file instead "
                                        "of the OS keychain."),
        QStringLiteral("file"));
    const QCommandLineOption clinic(
        QStringLiteral("clinic"),
        QApplication::translate("main", "Show this clinic connection first ('all' for the "
                                        "roll-up of every clinic)."),
        QStringLiteral("id"));
    const QCommandLineOption page(
        QStringLiteral("page"),
        QApplication::translate("main", "Open on this page: dashboard, today (the Today "
                                        "board), lapsed (dropped-off patients), practitioners "
                                        "(side by side), forward (forward bookings), drilldown "
                                        "(the appointments behind Total bookings) or synchealth "
                                        "(View › Sync health)."),
        QStringLiteral("name"), QStringLiteral("dashboard"));
    // Benchmark-only (tests/bench/startup_bench, D23): the moments of this start go to <file>
    // and the app quits once every clinic's index is ready; with --benchmark-sign-in the user
    // name and password are read as two lines from standard input (a pipe from the bench) and
    // submitted as the sign-in page would, through the same unlock, throttle and audit.
    const QCommandLineOption startupTimings(
        QStringLiteral("startup-timings"),
        QApplication::translate("main", "Benchmark: write the moments of this start to <file>, "
                                        "then quit."),
        QStringLiteral("file"));
    const QCommandLineOption benchmarkSignIn(
        QStringLiteral("benchmark-sign-in"),
        QApplication::translate("main", "Benchmark: read the user name and password as two "
                                        "lines from standard input and sign in with them."));
    // Shared mode (issue 16): a viewer of the clinic server; the password is asked at sign-in.
    const QCommandLineOption server(
        QStringLiteral("server"),
        QApplication::translate("main", "Shared mode: show the clinics of this Routiq server "
                                        "(a libpq connection string; default: ROUTIQ_SERVER)."),
        QStringLiteral("conninfo"));
    const QCommandLineOption user(
        QStringLiteral("user"),
        QApplication::translate("main", "Shared mode: the account name to sign in with."),
        QStringLiteral("name"));
    parser.addOptions({demo, screenshot, after, lang, dataDir, masterKey, clinic, page,
                       startupTimings, benchmarkSignIn, server, user});
    parser.process(app);

    routiq::installTranslations(app, parser.value(lang));

    const QString serverText =
        parser.isSet(server) ? parser.value(server) : qEnvironmentVariable("ROUTIQ_SERVER");
    if (!serverText.isEmpty() && !parser.isSet(demo)) {
        routiq::gui::ServerModeArguments arguments;
        arguments.conninfo = serverText;
        arguments.user = parser.value(user);
        arguments.clinic = parser.value(clinic);
        arguments.page = parser.value(page);
        arguments.screenshot = parser.value(screenshot);
        arguments.afterMs = qMax(0, int(parser.value(after).toDouble() * 1000));
        return routiq::gui::runServerMode(arguments);
    }

    routiq::SystemClock clock;
    routiq::AppShell::Options options;
    options.demo = parser.isSet(demo);
    options.dataDirectory =
        options.demo ? (parser.isSet(dataDir) ? parser.value(dataDir)
                                              : routiq::DemoEnvironment::defaultDataDirectory())
                     : routiq::DataDirectory::resolve(parser.value(dataDir));
    options.masterKeyFile = parser.value(masterKey);
    // The support log in the data folder's logs/ (stderr shows the same as before).
    routiq::FileLog::install(routiq::FileLog::directoryFor(options.dataDirectory),
                             routiq::FileLog::optionsFrom(QSettings()));
    // Closed after the shell (declared before it): its teardown lines are logged too.
    struct FileLogCloser
    {
        ~FileLogCloser() { routiq::FileLog::uninstall(); }
    } fileLogCloser;
    // The clinic shown last time (per mode: the demo's ids are not a real folder's) unless
    // --clinic names one.
    const QString lastClinicKey =
        options.demo ? QStringLiteral("demo/lastClinic") : QStringLiteral("dashboard/lastClinic");
    options.firstClinic =
        parser.isSet(clinic) ? parser.value(clinic) : QSettings().value(lastClinicKey).toString();
    // The idle lock is the admin's setting in the app database (Settings › Security,
    // SecuritySettings); the old per-user `security/idleLockMinutes` is no longer read, since
    // any user could set it to 0 there.
    options.forwardAuditToOsLog =
        QSettings().value(QStringLiteral("security/forwardAuditToOsLog"), false).toBool();
    bool shotPathDisabled = false; // --startup-timings: no screenshot, no waiting for one
    routiq::AppShell shell(clock, options);
    std::unique_ptr<routiq::StartupTimings> timings;
    if (parser.isSet(startupTimings)) {
        timings =
            std::make_unique<routiq::StartupTimings>(parser.value(startupTimings), mainEnteredNs);
        timings->watch(&shell);
        shotPathDisabled = true;
    }
    if (parser.isSet(benchmarkSignIn)) {
        // Never from the environment or the command line (both readable by other tools).
        char line[1024];
        QString username, password;
        if (std::fgets(line, sizeof line, stdin))
            username = QString::fromUtf8(line).trimmed();
        if (std::fgets(line, sizeof line, stdin))
            password = QString::fromUtf8(line).chopped(std::strchr(line, '\n') ? 1 : 0);
        std::memset(line, 0, sizeof line);
        QObject::connect(
            &shell, &routiq::AppShell::signInShown, &shell,
            [&shell, &timings, username, password] {
                if (timings)
                    timings->mark(QStringLiteral("sign_in_submitted"));
                emit shell.signInPage()->submitted(username, password);
            },
            Qt::SingleShotConnection);
    }
    if (parser.value(page) == QLatin1String("today"))
        shell.window()->showTodayBoard();
    // The insight windows open once the dashboard has its figures (they need a clinic shown);
    // with --screenshot the picture is of that window.
    const QString insightPage = parser.value(page);
    QPointer<QWidget> insightWindow;
    QObject::connect(&shell, &routiq::AppShell::dashboardReady, &shell, [&] {
        routiq::InsightViewsController *views = shell.controller()->insightViews();
        if (insightPage == QLatin1String("lapsed")) {
            views->openLapsed();
            insightWindow = views->lapsedWindow();
        } else if (insightPage == QLatin1String("practitioners")) {
            views->openPractitioners();
            insightWindow = views->practitionerView();
        } else if (insightPage == QLatin1String("forward")) {
            views->openForward();
            insightWindow = views->forwardView();
        } else if (insightPage == QLatin1String("synchealth") && shell.syncHealth()) {
            shell.syncHealth()->openWindow();
            insightWindow = shell.syncHealth()->window();
        } else if (insightPage == QLatin1String("drilldown")) {
            // The appointments behind "Total bookings", as a click on the card opens them.
            emit shell.window()->drillDownRequested(QStringLiteral("totalBookings"));
        }
    });

    // --screenshot (or no display): save what the user sees once it is settled — the dashboard
    // after its first complete figures (plus the requested seconds of live updates), or the
    // sign-in window; if nothing comes, save what is shown (an error).
    QString shotPath = parser.value(screenshot);
    if (shotPath.isEmpty() && headless && !shotPathDisabled)
        shotPath = QDir::temp().filePath(QStringLiteral("routiq-screenshot.png"));
    const int afterMs = qMax(0, int(parser.value(after).toDouble() * 1000));
    bool shotScheduled = false;
    auto scheduleShot = [&](int delayMs) {
        if (shotPath.isEmpty() || shotScheduled)
            return;
        shotScheduled = true;
        QTimer::singleShot(delayMs, &shell, [&shell, shotPath, &insightWindow, insightPage] {
            const QString path = QFileInfo(shotPath).absoluteFilePath();
            QWidget *shown = insightWindow ? insightWindow.data() : shell.visibleWindow();
            if (insightPage == QLatin1String("drilldown") &&
                shell.window()->appointmentListDialog())
                shown = shell.window()->appointmentListDialog();
            if (!shown->grab().save(path, "PNG")) {
                std::fprintf(stderr, "routiq: could not write the screenshot to %s\n",
                             qPrintable(path));
                QApplication::exit(1);
                return;
            }
            std::printf("Screenshot of the main window: %s\n", qPrintable(path));
            std::fflush(stdout);
            QApplication::quit();
        });
    };
    // Let the coalesced updates and the charts settle before grabbing.
    QObject::connect(&shell, &routiq::AppShell::dashboardReady, &shell,
                     [&] { scheduleShot(afterMs + 1200); });
    QObject::connect(&shell, &routiq::AppShell::signInShown, &shell, [&] { scheduleShot(800); });
    QObject::connect(&shell, &routiq::AppShell::failed, &shell,
                     [&](const routiq::RoutiqError &error) {
                         std::fprintf(stderr, "routiq: %s (%s)\n", qPrintable(error.message),
                                      qPrintable(error.code));
                         scheduleShot(500);
                     });
    QTimer::singleShot(120000, &shell, [&] { scheduleShot(0); });
    shell.start();

    const int code = QApplication::exec();
    if (shell.gate() && shell.gate()->currentUser())
        QSettings().setValue(lastClinicKey, shell.controller()->selectedClinic().isEmpty()
                                                ? QStringLiteral("all")
                                                : shell.controller()->selectedClinic());
    return code;
}
