// routiq: the desktop app's composition root.
#include "kpimodel.h"
#include "mainwindow.h"
#include "translations.h"

#include "core/clock.h"
#include "core/datadirectory.h"
#include "core/logging.h"
#include "dashboardcontroller.h"
#include "net/httppolicyregistry.h"
#include "session/appcontext.h"
#include "session/clinicsessions.h"
#include "session/demoenvironment.h"
#include "storage/appdatabase.h"

#include "routiqversion.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTimer>

#include <cstdio>

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
    parser.addOptions({demo, screenshot, after, lang, dataDir, masterKey, clinic});
    parser.process(app);

    routiq::installTranslations(app, parser.value(lang));

    routiq::SystemClock clock;
    routiq::KpiModel kpis;
    routiq::MainWindow window(&kpis);
    routiq::DashboardController controller(&window, &kpis, clock);
    window.show();

    // --screenshot (or no display): save the window once real figures are on screen, after the
    // requested seconds of live updates; if they never come, save what is shown (an error).
    QString shotPath = parser.value(screenshot);
    if (shotPath.isEmpty() && headless)
        shotPath = QDir::temp().filePath(QStringLiteral("routiq-screenshot.png"));
    const int afterMs = qMax(0, int(parser.value(after).toDouble() * 1000));
    bool shotScheduled = false;
    auto scheduleShot = [&](int delayMs) {
        if (shotPath.isEmpty() || shotScheduled)
            return;
        shotScheduled = true;
        QTimer::singleShot(delayMs, &window, [&window, shotPath] {
            const QString path = QFileInfo(shotPath).absoluteFilePath();
            if (!window.grab().save(path, "PNG")) {
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
    QObject::connect(&controller, &routiq::DashboardController::firstCompleteSnapshot, &window,
                     [&] { scheduleShot(afterMs + 1200); });
    QTimer::singleShot(120000, &window, [&] { scheduleShot(0); });

    routiq::HttpPolicyRegistry httpPolicies(clock); // shared budgets across clinic connections
    std::unique_ptr<routiq::ClinicSessions> sessions;
    auto showError = [&](const routiq::RoutiqError &error) {
        window.setStatusText(error.message);
        std::fprintf(stderr, "routiq: %s (%s)\n", qPrintable(error.message),
                     qPrintable(error.code));
        scheduleShot(500);
    };
    // Every clinic connection gets its own session (sync and metrics threads, its own cache
    // and key); the dashboard switches between them and offers "All clinics".
    auto openClinics = [&](routiq::AppContext *context,
                           const QList<routiq::ClinicConnection> &clinics,
                           std::optional<routiq::RateLimiter::Config> rateLimit) {
        if (clinics.isEmpty()) {
            window.setStatusText(QApplication::translate(
                "main", "No clinic connected yet: add one with 'routiq-cli clinic add', or "
                        "try 'routiq --demo'."));
            scheduleShot(500);
            return;
        }
        sessions = std::make_unique<routiq::ClinicSessions>(context, &clock, &httpPolicies);
        sessions->setRateLimit(rateLimit);
        QObject::connect(sessions.get(), &routiq::ClinicSessions::sessionOpened, &controller,
                         &routiq::DashboardController::addSession);
        if (parser.isSet(clinic)) {
            // --clinic: switch to it once every clinic has been opened (or failed to).
            const QString wanted = parser.value(clinic);
            const bool all = wanted == QLatin1String("all");
            QObject::connect(
                sessions.get(), &routiq::ClinicSessions::allAttempted, &controller,
                [&controller, wanted, all] { controller.selectClinic(all ? QString() : wanted); });
        }
        QObject::connect(
            sessions.get(), &routiq::ClinicSessions::openFailed, &window,
            [&](const routiq::ClinicConnection &, const routiq::RoutiqError &e) { showError(e); });
        sessions->open(clinics);
    };

    routiq::DemoEnvironment demoEnvironment;
    std::unique_ptr<routiq::AppContext> context;
    if (parser.isSet(demo)) {
        const QString dir = parser.isSet(dataDir) ? parser.value(dataDir)
                                                  : routiq::DemoEnvironment::defaultDataDirectory();
        demoEnvironment.start(dir, [&](const routiq::RoutiqError &error) {
            if (!error.isNull()) {
                showError(error);
                return;
            }
            openClinics(demoEnvironment.context(), demoEnvironment.connections(),
                        routiq::DemoEnvironment::localRateLimit());
        });
    } else {
        routiq::AppContext::open(
            {routiq::DataDirectory::resolve(parser.value(dataDir)), parser.value(masterKey)},
            [&](std::unique_ptr<routiq::AppContext> app, const routiq::RoutiqError &error) {
                if (!app) {
                    showError(error);
                    return;
                }
                context = std::move(app);
                openClinics(context.get(), context->appDatabase().clinicConnections(),
                            std::nullopt);
            });
    }

    const int code = QApplication::exec();
    if (sessions)
        sessions->stopAll();
    return code;
}
