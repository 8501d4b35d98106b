// routiq-cli: the headless agent's composition root. Links only routiq_services.
#include "clicommands.h"

#include "core/coredumps.h"
#include "core/datadirectory.h"
#include "core/filelog.h"

#include "routiqversion.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTimer>

#include <cstdio>

int main(int argc, char **argv)
{
    // Before anything secret is in memory: no core dump may carry keys or patient names.
    if (!routiq::CoreDumps::disable())
        std::fputs("routiq-cli: warning: core dumps could not be turned off\n", stderr);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Routiq"));
    QCoreApplication::setOrganizationName(QStringLiteral("Routiq"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ROUTIQ_VERSION));

    // Global options come before the command; everything after the command belongs to it.
    QStringList args = QCoreApplication::arguments().mid(1);
    QString dataDir;
    QString masterKeyFile;
    QString actingUser;
    QString server = qEnvironmentVariable("ROUTIQ_SERVER");
    while (!args.isEmpty() && args.first().startsWith(QLatin1Char('-'))) {
        const QString opt = args.takeFirst();
        if (opt == QLatin1String("-h") || opt == QLatin1String("--help")) {
            std::fputs(qPrintable(routiq::cli::usageText()), stdout);
            return 0;
        }
        if (opt == QLatin1String("-v") || opt == QLatin1String("--version")) {
            std::printf("routiq-cli %s\n", ROUTIQ_VERSION);
            return 0;
        }
        if (opt == QLatin1String("--data-dir") && !args.isEmpty()) {
            dataDir = args.takeFirst();
            continue;
        }
        if (opt == QLatin1String("--user") && !args.isEmpty()) {
            actingUser = args.takeFirst();
            continue;
        }
        if (opt == QLatin1String("--server") && !args.isEmpty()) {
            server = args.takeFirst();
            continue;
        }
        if (opt == QLatin1String("--master-key-file") && !args.isEmpty()) {
            masterKeyFile = args.takeFirst();
            continue;
        }
        if (opt.startsWith(QLatin1String("--data-dir="))) {
            dataDir = opt.mid(11);
            continue;
        }
        std::fprintf(stderr, "routiq-cli: unknown option '%s'. Run 'routiq-cli --help'.\n",
                     qPrintable(opt));
        return 2;
    }
    if (args.isEmpty()) {
        std::fputs(qPrintable(routiq::cli::usageText()), stderr);
        return 2;
    }
    const routiq::cli::CliContext context{routiq::DataDirectory::resolve(dataDir), masterKeyFile,
                                          actingUser, server};
    // The support log in the data folder's logs/ (stderr shows the same as before).
    routiq::FileLog::install(routiq::FileLog::directoryFor(context.dataDir),
                             routiq::FileLog::optionsFrom(QSettings()));
    int exitCode = 0;
    std::unique_ptr<routiq::cli::CliCommand> command =
        routiq::cli::makeCommand(context, args, &exitCode);
    if (!command)
        return exitCode;
    QObject::connect(command.get(), &routiq::cli::CliCommand::finished, &app,
                     [](int code) { QCoreApplication::exit(code); });
    const QStringList commandArgs = args;
    QTimer::singleShot(0, command.get(), [&command, commandArgs] { command->start(commandArgs); });
    const int code = QCoreApplication::exec();
    command.reset();
    routiq::FileLog::uninstall();
    return code;
}
