#pragma once

#include "domain/ids.h"
#include "domain/routiqerror.h"
#include "serverconnection.h"
#include "serverconninfo.h"

#include <QDate>
#include <QList>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace routiq {

class ServerConnection;

// One clinic's live changes from the shared server, for a viewer: LISTEN routiq_changes on its
// own connection (QSqlDriver::subscribeToNotification; the notifications arrive through this
// thread's event loop) and, on each notification for the clinic, after each (re)connect and at
// every heartbeat, read clinic_changes after the last seen sequence — so a notification lost
// while disconnected loses nothing. A failed read or connect is a lost connection: the state
// turns Reconnecting and the feed retries with a doubling delay (first..max), resubscribes and
// catches up. The delays run through an injected scheduler (tests fire them by hand).
class ServerChangeFeed : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Connecting,
        Live,
        Reconnecting,
        Stopped
    };
    Q_ENUM(State)

    struct Change
    {
        qint64 seq = 0;
        QList<QDate> dates; // the local dates the change touched
        int recordCount = 0;
    };

    // Calls `run` after `delayMs` on this thread (the default: a single-shot QTimer).
    using Scheduler = std::function<void(int delayMs, std::function<void()> run)>;
    struct Options
    {
        int heartbeatMs = 5'000; // a catch-up read even without a notification
        int firstRetryMs = 500;
        int maxRetryMs = 30'000;
        Scheduler schedule; // empty: QTimer
    };

    ServerChangeFeed(ServerConnInfo server, ClinicId clinic, Options options,
                     QObject *parent = nullptr);
    ~ServerChangeFeed() override;

    // Before start(): connect as this signed-in account (the app's viewer), not as libpq's
    // default user.
    void setCredentials(const ServerCredentials &credentials) { m_credentials = credentials; }
    // Connects and follows the changes after `afterSeq` (negative: after the last one now).
    void start(qint64 afterSeq = -1);
    void stop();
    // Reads what is new now (as at a heartbeat); a lost connection starts reconnecting.
    void checkNow();

    // Every local date `changes` touched, in order (repeats kept).
    static QList<QDate> datesOf(const QList<Change> &changes);

    State state() const { return m_state; }
    qint64 lastSeenSequence() const { return m_lastSeq; }
    int nextRetryDelayMs() const { return m_retryMs; }

signals:
    // The changes after the last seen sequence, in order; lastSeenSequence() is the last's.
    void changed(const QList<routiq::ServerChangeFeed::Change> &changes);
    // Connecting → Live; Live → Reconnecting (with the error) → Live after a catch-up.
    void stateChanged(routiq::ServerChangeFeed::State state, const routiq::RoutiqError &error);
    // Every read that reached the server (after changed(), when there were changes): the
    // server was there at this moment, for a viewer's "last updated".
    void caughtUp();

private:
    void connectNow();
    bool catchUp(RoutiqError *error);
    void lose(const RoutiqError &error);
    void setState(State state, const RoutiqError &error = {});
    void scheduleHeartbeat();
    void onNotification(const QString &name, const QVariant &payload);

    ServerConnInfo m_server;
    std::optional<ServerCredentials> m_credentials;
    ClinicId m_clinic;
    Options m_options;
    std::unique_ptr<ServerConnection> m_connection;
    State m_state = State::Stopped;
    qint64 m_lastSeq = -1;
    int m_retryMs = 0;
    quint64 m_epoch = 0; // scheduled callbacks of an older connection (or after stop) do nothing
};

} // namespace routiq

Q_DECLARE_METATYPE(routiq::ServerChangeFeed::Change)
