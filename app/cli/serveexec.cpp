#include "servelauncher.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>

#include <cstdio>
#include <vector>

#ifndef Q_OS_WIN
#include <unistd.h>
#endif

namespace routiq::cli {

// routiq-cli: `serve` runs in routiq-serve, installed beside it, with the same arguments.
// On Unix the process becomes routiq-serve (exec: same pid, terminal and signals, so Ctrl+C and
// a service manager's stop reach the server); on Windows it runs as a child whose exit code is
// passed on.
std::unique_ptr<CliCommand> makeServeCommand(const CliContext &, int *exitCode)
{
#ifdef Q_OS_WIN
    const QString program =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("routiq-serve.exe"));
#else
    const QString program =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("routiq-serve"));
#endif
    if (!QFileInfo(program).isExecutable()) {
        std::fprintf(stderr, "routiq-cli: 'serve' needs routiq-serve beside routiq-cli (%s).\n",
                     qPrintable(QDir::toNativeSeparators(program)));
        *exitCode = 2;
        return nullptr;
    }
    const QStringList arguments = QCoreApplication::arguments().mid(1);
#ifdef Q_OS_WIN
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    child.setInputChannelMode(QProcess::ForwardedInputChannel);
    child.start(program, arguments);
    child.waitForFinished(-1);
    *exitCode = child.exitStatus() == QProcess::NormalExit ? child.exitCode() : 1;
    return nullptr;
#else
    std::vector<QByteArray> storage;
    storage.push_back(QFile::encodeName(program));
    for (const QString &a : arguments)
        storage.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &a : storage)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    std::fflush(stdout);
    std::fflush(stderr);
    ::execv(argv.front(), argv.data());
    std::perror("routiq-cli: could not start routiq-serve");
    *exitCode = 2;
    return nullptr;
#endif
}

} // namespace routiq::cli
