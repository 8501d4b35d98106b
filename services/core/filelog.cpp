#include "filelog.h"

#include "logcontext.h"
#include "logscrubber.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QThread>

#include <mutex>

namespace routiq {

namespace {

std::mutex g_mutex; // guards the two below against install/uninstall races
std::unique_ptr<RotatingLogFile> g_log;
QtMessageHandler g_previous = nullptr;

QString levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return QStringLiteral("debug");
    case QtInfoMsg:
        return QStringLiteral("info");
    case QtWarningMsg:
        return QStringLiteral("warning");
    case QtCriticalMsg:
        return QStringLiteral("critical");
    case QtFatalMsg:
        return QStringLiteral("fatal");
    }
    return QStringLiteral("info");
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    // A message raised while writing one (a file warning) goes to stderr only, not round again.
    thread_local bool inHandler = false;
    QtMessageHandler previous = nullptr;
    if (!inHandler) {
        inHandler = true;
        std::lock_guard lock(g_mutex);
        if (g_log)
            g_log->append(FileLog::formatLine(type, context.category, message));
        previous = g_previous;
        inHandler = false;
    } else {
        previous = g_previous;
    }
    if (previous)
        previous(type, context, message);
}

} // namespace

RotatingLogFile::Options FileLog::optionsFrom(const QSettings &settings)
{
    RotatingLogFile::Options o;
    o.maxFileBytes =
        qMax(1, settings.value(QStringLiteral("logs/maxFileMB"), 5).toInt()) * 1024LL * 1024LL;
    o.maxFiles = qBound(1, settings.value(QStringLiteral("logs/maxFiles"), 5).toInt(), 50);
    o.retentionDays = qMax(0, settings.value(QStringLiteral("logs/retentionDays"), 14).toInt());
    return o;
}

QString FileLog::directoryFor(const QString &dataDirectory)
{
    return QDir(dataDirectory).filePath(QStringLiteral("logs"));
}

QByteArray FileLog::formatLine(QtMsgType type, const char *category, const QString &message)
{
    QJsonObject o;
    o.insert(QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("level"), levelName(type));
    o.insert(QStringLiteral("category"),
             QString::fromUtf8(category && *category ? category : "default"));
    QThread *thread = QThread::currentThread();
    QString threadName = thread ? thread->objectName() : QString();
    if (threadName.isEmpty())
        threadName =
            QCoreApplication::instance() && thread == QCoreApplication::instance()->thread()
                ? QStringLiteral("main")
                : QStringLiteral("worker");
    o.insert(QStringLiteral("thread"), threadName);
    // Worker threads are named "sync:<clinic id>", "metrics:<clinic id>", ...
    const qsizetype colon = threadName.indexOf(u':');
    if (colon > 0)
        o.insert(QStringLiteral("clinic"), threadName.mid(colon + 1));
    const QString run = LogContext::runId();
    if (!run.isEmpty())
        o.insert(QStringLiteral("run"), run);
    o.insert(QStringLiteral("message"), LogScrubber::scrub(message));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

void FileLog::install(const QString &directory, RotatingLogFile::Options options)
{
    std::lock_guard lock(g_mutex);
    g_log = std::make_unique<RotatingLogFile>(directory, options);
    QtMessageHandler previous = qInstallMessageHandler(&handler);
    if (previous != &handler)
        g_previous = previous;
}

void FileLog::uninstall()
{
    std::lock_guard lock(g_mutex);
    if (!g_log)
        return;
    qInstallMessageHandler(g_previous);
    g_previous = nullptr;
    g_log.reset();
}

RotatingLogFile *FileLog::current()
{
    std::lock_guard lock(g_mutex);
    return g_log.get();
}

} // namespace routiq
