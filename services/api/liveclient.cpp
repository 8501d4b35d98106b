#include "liveclient.h"

#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>

namespace routiq {

LiveClient::LiveClient(std::unique_ptr<QWebSocket> socket, qint64 sendQueueBytes)
    : m_ws(std::move(socket)), m_limit(sendQueueBytes)
{
    sinceSeen.start();
    connect(m_ws.get(), &QWebSocket::disconnected, this, [this] { goneOnce(); });
    connect(m_ws.get(), &QWebSocket::pong, this, [this] { sinceSeen.restart(); });
    connect(m_ws.get(), &QWebSocket::textMessageReceived, this, [this](const QString &message) {
        sinceSeen.restart();
        emit messageReceived(this, message);
    });
}

LiveClient::LiveClient(QTcpSocket *socket, qint64 sendQueueBytes)
    : m_sse(socket), m_limit(sendQueueBytes)
{
    sinceSeen.start();
    connect(socket, &QTcpSocket::disconnected, this, [this] { goneOnce(); });
    connect(socket, &QObject::destroyed, this, [this] { goneOnce(); });
}

LiveClient::~LiveClient()
{
    if (m_ws)
        m_ws->abort();
}

void LiveClient::goneOnce()
{
    // Once: the hub deletes the client after it, so no later signal may name this address.
    if (m_gone)
        return;
    m_gone = true;
    emit gone(this);
}

qint64 LiveClient::pendingBytes() const
{
    if (m_ws)
        return m_ws->bytesToWrite();
    return m_sse ? m_sse->bytesToWrite() : 0;
}

bool LiveClient::send(const QByteArray &json, qint64 seq, const char *event)
{
    return send(LiveMessage::of(json), seq, event);
}

bool LiveClient::send(const LiveMessage &message, qint64 seq, const char *event)
{
    if (m_closing)
        return false;
    if (pendingBytes() > m_limit) {
        close(1008, QStringLiteral("too slow: the send queue is full"));
        return false;
    }
    if (m_ws) {
        m_ws->sendTextMessage(message.text);
    } else if (m_sse) {
        m_sse->write("id: " + QByteArray::number(seq) + "\nevent: " + event +
                     "\ndata: " + message.json + "\n\n");
    }
    return true;
}

void LiveClient::heartbeat()
{
    if (m_closing)
        return;
    if (m_ws)
        m_ws->ping();
    else if (m_sse) {
        m_sse->write(": ping\n\n");
        // An SSE client answers nothing; a live TCP connection is what counts.
        sinceSeen.restart();
    }
}

void LiveClient::close(int code, const QString &reason)
{
    if (m_closing)
        return;
    m_closing = true;
    if (m_ws) {
        m_ws->close(QWebSocketProtocol::CloseCode(code), reason);
        // A client that does not answer the close is cut off.
        QTimer::singleShot(2000, this, [this] {
            if (m_ws)
                m_ws->abort();
            goneOnce();
        });
    } else if (m_sse) {
        m_sse->disconnectFromHost();
        goneOnce();
    } else {
        goneOnce();
    }
}

} // namespace routiq
