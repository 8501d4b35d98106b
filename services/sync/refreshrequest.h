#pragma once

#include "domain/routiqerror.h"

#include <QDateTime>
#include <QFileSystemWatcher>
#include <QObject>
#include <QString>
#include <QTimer>

#include <optional>

namespace routiq {

class Clock;

// A request for an early sync poll of one clinic, as a small file beside its cache
// (`<cache>.refresh`, JSON {"scheduled_at": ISO UTC}). The API (`serve`, which runs no sync of
// its own, or the app's API server) writes it; whatever keeps that cache live (`sync --watch`,
// the app's ClinicSession) watches it and polls at that time. The data folder is what every
// process of the folder already shares: no daemon, no socket, and no secret in the file.
class RefreshRequest
{
public:
    static QString fileFor(const QString &cachePath);
    // The time the file asks for; nullopt when there is none (or it is unreadable).
    static std::optional<QDateTime> scheduledAt(const QString &file);
    static bool write(const QString &file, const QDateTime &scheduledAt, RoutiqError *error);

    // When a request made at `now` runs, given the last one's time: at most one poll per
    // `windowSecs`, so a flood of requests costs the PMS budget one extra poll a window.
    // - none within the window: now (a new request);
    // - the last one still ahead: that time (coalesced, nothing new is written);
    // - the last one ran less than a window ago: one window after it (a new request).
    struct Decision
    {
        QDateTime scheduledAt;
        bool coalesced = false;
    };
    static Decision schedule(const std::optional<QDateTime> &last, const QDateTime &now,
                             qint64 windowSecs);
};

// The sync's side: emits due() once at each new request's time. Watches the file (and its
// folder, for a file that does not exist yet) and polls it every few seconds too, for file
// systems without change notifications. A request older than the watcher is not replayed.
class RefreshRequestWatcher : public QObject
{
    Q_OBJECT
public:
    RefreshRequestWatcher(QString file, const Clock *clock, QObject *parent = nullptr);

signals:
    void due();

private:
    void look();

    QString m_file;
    const Clock *m_clock;
    QDateTime m_seen; // the latest request time acted on
    QFileSystemWatcher m_watcher;
    QTimer m_poll;
    QTimer m_timer; // until the request's time
};

} // namespace routiq
