#include "servermode.h"

#include "core/clock.h"
#include "mainwindow.h"
#include "servershell.h"
#include "session/clinicsession.h"
#include "shared/serverviewersession.h"
#include "signinpage.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace routiq::gui {

namespace {

// The first line of the file ROUTIQ_PASSWORD_FILE names, as the CLI reads it; empty when unset.
std::optional<QString> passwordFromFile(RoutiqError *error)
{
    const QString path = qEnvironmentVariable("ROUTIQ_PASSWORD_FILE");
    if (path.isEmpty())
        return QString();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = RoutiqError::make(
            QStringLiteral("PASSWORD_FILE_UNREADABLE"),
            QApplication::translate("main", "The file ROUTIQ_PASSWORD_FILE names cannot be read."));
        return std::nullopt;
    }
    QByteArray line = file.readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

} // namespace

int runServerMode(const ServerModeArguments &arguments)
{
    RoutiqError error;
    const auto server = ServerConnInfo::parse(arguments.conninfo, &error);
    if (!server) {
        std::fprintf(stderr, "routiq: %s (%s)\n", qPrintable(error.message),
                     qPrintable(error.code));
        return 2;
    }
    const auto password = passwordFromFile(&error);
    if (!password) {
        std::fprintf(stderr, "routiq: %s (%s)\n", qPrintable(error.message),
                     qPrintable(error.code));
        return 2;
    }

    SystemClock clock;
    ServerShell::Options options;
    options.server = *server;
    options.username =
        arguments.user.isEmpty() ? server->value(QStringLiteral("user")) : arguments.user;
    options.firstClinic = arguments.clinic;
    if (!password->isEmpty())
        options.idleLockMinutes = 0; // a wall screen signed in by its file: nobody types there
    ServerShell shell(clock, options,
                      [&clock](const ClinicConnection &clinic, const ServerConnInfo &info,
                               const ServerCredentials &credentials) {
                          return ServerViewerSession::make(clinic, info, credentials, &clock);
                      });
    if (arguments.page == QLatin1String("today"))
        shell.window()->showTodayBoard();

    const bool autoSignIn = !password->isEmpty();
    QString shotPath = arguments.screenshot;
    bool shotScheduled = false;
    auto scheduleShot = [&](int delayMs) {
        if (shotPath.isEmpty() || shotScheduled)
            return;
        shotScheduled = true;
        QTimer::singleShot(delayMs, &shell, [&shell, shotPath] {
            const QString path = QFileInfo(shotPath).absoluteFilePath();
            if (!shell.visibleWindow()->grab().save(path, "PNG")) {
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
    QObject::connect(&shell, &ServerShell::dashboardReady, &shell,
                     [&] { scheduleShot(arguments.afterMs + 1200); });
    bool autoSignInUsed = false; // once: after a sign-out the person at the PC signs in
    QObject::connect(&shell, &ServerShell::signInShown, &shell, [&] {
        if (autoSignIn && !autoSignInUsed) {
            autoSignInUsed = true;
            emit shell.signInPage()->submitted(options.username, *password);
            return;
        }
        scheduleShot(800);
    });
    QObject::connect(&shell, &ServerShell::signInFailed, &shell, [&](const RoutiqError &e) {
        std::fprintf(stderr, "routiq: %s (%s)\n", qPrintable(e.message), qPrintable(e.code));
        scheduleShot(500);
    });
    // Signed in to a server whose clinics have no data yet: show what there is after a while.
    QObject::connect(&shell, &ServerShell::signedIn, &shell,
                     [&] { QTimer::singleShot(30000, &shell, [&] { scheduleShot(0); }); });
    QTimer::singleShot(120000, &shell, [&] { scheduleShot(0); });
    shell.start();
    return QApplication::exec();
}

} // namespace routiq::gui
