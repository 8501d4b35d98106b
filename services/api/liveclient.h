#pragma once

#include "domain/ids.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrlQuery>

#include <memory>

class QTcpSocket;
class QWebSocket;

namespace routiq {

// One message as sent to many subscribers: its JSON bytes (for SSE) and the same as text (for
// WebSockets), each made once per fan-out rather than once per subscriber.
struct LiveMessage
{
    QByteArray json;
    QString text;
    static LiveMessage of(const QByteArray &json) { return {json, QString::fromUtf8(json)}; }
};

// One subscriber of the live channel: a WebSocket (/ws/clinics/{id}/metrics) or a Server-Sent
// Events response (/api/v1/clinics/{id}/metrics/stream), with what it asked for and what it was
// sent last. Messages are whole figures, never deltas, so any message resynchronises. A client
// whose unsent bytes exceed the send queue limit is dropped (closed), never buffered without
// bound. Lives on the server thread.
class LiveClient : public QObject
{
    Q_OBJECT
public:
    LiveClient(std::unique_ptr<QWebSocket> socket, qint64 sendQueueBytes);
    LiveClient(QTcpSocket *socket, qint64 sendQueueBytes); // SSE: headers already written
    ~LiveClient() override;

    // The subscription.
    qint64 userId = 0;
    QString username;
    ClinicId clinic;
    QUrlQuery query;
    QByteArray lastBody;      // the figures last sent (compact JSON)
    QByteArray lastSignature; // the cache files' state they were computed from
    QElapsedTimer sinceSeen;  // since the last pong (or message) from the client

    bool isWebSocket() const { return m_ws != nullptr; }
    // Sends one message (a JSON object as text / an SSE event with `seq` as its id). False when
    // the client was too far behind and is now being dropped.
    bool send(const QByteArray &json, qint64 seq, const char *event = "figures");
    bool send(const LiveMessage &message, qint64 seq, const char *event = "figures");
    void heartbeat(); // a WebSocket ping, an SSE comment
    void close(int code, const QString &reason);
    qint64 pendingBytes() const;

signals:
    void gone(LiveClient *client);
    void messageReceived(LiveClient *client, const QString &message);

private:
    void goneOnce();

    std::unique_ptr<QWebSocket> m_ws;
    QPointer<QTcpSocket> m_sse;
    qint64 m_limit;
    bool m_closing = false;
    bool m_gone = false;
};

} // namespace routiq
