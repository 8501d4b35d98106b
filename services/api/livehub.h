#pragma once

#include "api/apicall.h"
#include "api/apisettings.h"
#include "api/liveclient.h"
#include "domain/ids.h"

#include <QElapsedTimer>
#include <QFileSystemWatcher>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>
#include <optional>

class QTcpSocket;
class QWebSocket;

namespace routiq {

class ApiBackend;

// The live channel (WebSocket /ws/clinics/{id}/metrics and its SSE twin), on the server thread.
// Fed by the cache itself: whatever writes a clinic's cache (`sync --watch`, the app's
// ClinicSession) changes its files, which a file watcher (and a poll, for file systems without
// notifications) notices; each subscriber's figures are then computed by the backend with the
// GET /metrics code, and sent when they differ from what it was sent last, at most one message
// per api/liveIntervalMs (default 500 ms: 2 a second) per client. Each message carries the
// clinic's sequence number (one step per cache change seen), so a client that reconnects with
// ?since=<seq> gets one full message and knows whether it missed anything.
class LiveHub : public QObject
{
    Q_OBJECT
public:
    LiveHub(ApiBackend *backend, const ApiSettings &settings, QObject *parent = nullptr);
    ~LiveHub() override;

    void addWebSocket(std::unique_ptr<QWebSocket> socket);
    // GET .../metrics/stream: takes `socket` and answers it as an event stream, or returns
    // the error reply to write instead.
    std::optional<ApiReply> addEventStream(const ApiCall &call, const ClinicId &clinic,
                                           QTcpSocket *socket);
    int clientCount() const { return int(m_clients.size()); }

private:
    // Authenticates and subscribes; on failure sends the error and closes.
    bool subscribe(LiveClient *client, const QByteArray &authorization, const QByteArray &bareToken,
                   const ClinicId &clinic, QUrlQuery query);
    void onMessage(LiveClient *client, const QString &message);
    void drop(LiveClient *client);
    void watch(const ClinicId &clinic);
    void scheduleCheck(int delayMs);
    void touched(); // a cache file (or its folder) changed
    void check();
    void heartbeat();
    QByteArray signature(const ClinicId &clinic) const;
    // One distinct subscription's figures at this change: computed and serialised once, then
    // sent to every subscriber of it.
    struct Prepared
    {
        ApiReply reply;
        QByteArray data;                         // the body, compact
        QHash<QByteArray, LiveMessage> messages; // by type ("figures", "update")
    };
    static QString subscriptionKey(const LiveClient *client);
    Prepared &prepare(LiveClient *client, QHash<QString, Prepared> *memo);
    // Sends `client`'s figures if they changed (or `full`); false if dropped.
    bool refresh(LiveClient *client, bool full, QHash<QString, Prepared> *memo);

    ApiBackend *m_backend;
    ApiSettings m_settings;
    QSet<LiveClient *> m_clients;
    QHash<ClinicId, QStringList> m_files;    // the cache files of each clinic watched
    QHash<ClinicId, QByteArray> m_signature; // their state when last seen
    QHash<ClinicId, qint64> m_seq;
    QHash<LiveClient *, QElapsedTimer> m_lastSent;
    QFileSystemWatcher m_watcher;
    static constexpr int kSettleMs = 20;     // quiet time after a write before computing
    static constexpr int kMaxSettleMs = 100; // at most this long after the first write
    QElapsedTimer m_firstTouch;              // since the first write not yet checked
    QTimer m_check;     // one check soon after a change (coalesces a sync's many writes)
    QTimer m_poll;      // and one every interval anyway
    QTimer m_heartbeat; // pings; closes clients silent for api/idleTimeoutSecs
};

} // namespace routiq
