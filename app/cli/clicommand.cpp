#include "clicommand.h"

#include <QJsonDocument>
#include <QTimer>

#include <cstdio>

namespace routiq::cli {

void CliCommand::fail(const RoutiqError &error, int exitCode)
{
    RoutiqError e = error;
    if (!e.timestamp.isValid())
        e.timestamp = QDateTime::currentDateTimeUtc();
    std::fputs(QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact).constData(), stderr);
    std::fputc('\n', stderr);
    finishWith(exitCode);
}

void CliCommand::finishWith(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    // Always asynchronous, so a command that fails inside start() still finishes after main()
    // has connected to it and entered the event loop.
    QTimer::singleShot(0, this, [this, exitCode] { emit finished(exitCode); });
}

} // namespace routiq::cli
