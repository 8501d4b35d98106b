#include "refreshrequest.h"

#include "core/clock.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

namespace routiq {

QString RefreshRequest::fileFor(const QString &cachePath)
{
    return cachePath + QStringLiteral(".refresh");
}

std::optional<QDateTime> RefreshRequest::scheduledAt(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(f.read(4096)).object();
    const QDateTime at =
        QDateTime::fromString(o.value(QStringLiteral("scheduled_at")).toString(), Qt::ISODate);
    if (!at.isValid())
        return std::nullopt;
    return at.toUTC();
}

bool RefreshRequest::write(const QString &file, const QDateTime &scheduledAt, RoutiqError *error)
{
    // Whole or not at all: the watcher never reads half a file.
    QSaveFile f(file);
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("scheduled_at"),
                                   scheduledAt.toUTC().toString(Qt::ISODateWithMs)}})
            .toJson(QJsonDocument::Compact);
    if (!f.open(QIODevice::WriteOnly) || f.write(body) != body.size() || !f.commit()) {
        *error = RoutiqError::make(QStringLiteral("STORAGE_ERROR"),
                                   QStringLiteral("Could not write the refresh request."),
                                   f.errorString());
        return false;
    }
    return true;
}

RefreshRequest::Decision RefreshRequest::schedule(const std::optional<QDateTime> &last,
                                                  const QDateTime &now, qint64 windowSecs)
{
    if (!last || last->addSecs(windowSecs) <= now)
        return {now, false};
    if (*last > now)
        return {*last, true};
    return {last->addSecs(windowSecs), false};
}

RefreshRequestWatcher::RefreshRequestWatcher(QString file, const Clock *clock, QObject *parent)
    : QObject(parent), m_file(std::move(file)), m_clock(clock)
{
    // What was asked before this sync started is not asked again, unless it is still ahead.
    const auto existing = RefreshRequest::scheduledAt(m_file);
    if (existing && *existing <= m_clock->nowUtc())
        m_seen = *existing;
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RefreshRequestWatcher::due);
    m_watcher.addPath(QFileInfo(m_file).absolutePath());
    if (QFileInfo::exists(m_file))
        m_watcher.addPath(m_file);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &RefreshRequestWatcher::look);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &RefreshRequestWatcher::look);
    m_poll.setInterval(5000);
    connect(&m_poll, &QTimer::timeout, this, &RefreshRequestWatcher::look);
    m_poll.start();
    look();
}

void RefreshRequestWatcher::look()
{
    // The file is replaced as a whole (a rename): watch the new one.
    if (QFileInfo::exists(m_file) && !m_watcher.files().contains(m_file))
        m_watcher.addPath(m_file);
    const auto at = RefreshRequest::scheduledAt(m_file);
    if (!at || (m_seen.isValid() && *at <= m_seen))
        return;
    m_seen = *at;
    const qint64 wait = std::max<qint64>(0, m_clock->nowUtc().msecsTo(*at));
    m_timer.start(int(std::min<qint64>(wait, 3600 * 1000)));
}

} // namespace routiq
