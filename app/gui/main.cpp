// routiq: the desktop app's composition root.
#include "kpimodel.h"
#include "mainwindow.h"
#include "translations.h"

#include "core/logging.h"

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
    parser.addOptions({demo, screenshot, after, lang});
    parser.process(app);

    routiq::installTranslations(app, parser.value(lang));

    routiq::KpiModel kpis;
    routiq::MainWindow window(&kpis);
    if (parser.isSet(demo)) {
        window.setClinicNames({QApplication::translate("main", "Demo clinic (simulator)")});
        window.setStatusText(QApplication::translate("main", "Demo \u2014 connecting\u2026"));
    }
    window.show();

    QString shotPath = parser.value(screenshot);
    if (shotPath.isEmpty() && headless)
        shotPath = QDir::temp().filePath(QStringLiteral("routiq-screenshot.png"));
    if (!shotPath.isEmpty()) {
        bool ok = false;
        const int delayMs = qMax(0, int(parser.value(after).toDouble(&ok) * 1000));
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
    }
    return QApplication::exec();
}
