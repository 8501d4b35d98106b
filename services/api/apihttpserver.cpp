#include "apihttpserver.h"

#include "api/apibackend.h"
#include "api/apierror.h"
#include "api/livehub.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QRegularExpression>
#include <QWebSocket>

namespace routiq {

namespace {

QByteArray header(const QHttpServerRequest &request, const char *name)
{
    for (const auto &h : request.headers())
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "OTHER";
    }
}

} // namespace

ApiHttpServer::ApiHttpServer(ApiBackend *backend, const ApiSettings &settings,
                             const std::atomic_bool *stopping)
    : m_backend(backend), m_stopping(stopping), m_hub(new LiveHub(backend, settings, this))
{
    connect(this, &QAbstractHttpServer::newWebSocketConnection, this, [this] {
        while (hasPendingWebSocketConnections())
            m_hub->addWebSocket(nextPendingWebSocketConnection());
    });
}

bool ApiHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // A WebSocket upgrade: Qt HttpServer 6.4 hands the socket to its WebSocket server when this
    // returns true having written nothing; the hub checks the token once the handshake is done.
    if (header(request, "upgrade").compare("websocket", Qt::CaseInsensitive) == 0) {
        static const QRegularExpression live(
            QStringLiteral("^/ws/clinics/[A-Za-z0-9_.-]+/metrics$"));
        return live.match(request.url().path()).hasMatch() && !m_stopping->load();
    }
    ApiCall call;
    call.method = methodName(request.method());
    call.path = request.url().path();
    call.query = request.query();
    call.authorization = header(request, "authorization");
    call.body = request.body();
    call.declaredBodyBytes = header(request, "content-length").toLongLong();
    call.lastEventId = header(request, "last-event-id");

    static const QRegularExpression stream(
        QStringLiteral("^/api/v1/clinics/([A-Za-z0-9_.-]+)/metrics/stream$"));
    const QRegularExpressionMatch m = stream.match(call.path);
    ApiReply reply;
    if (m.hasMatch() && call.method == "GET" && !m_stopping->load()) {
        const auto refused = m_hub->addEventStream(call, m.captured(1), socket);
        if (!refused)
            return true; // the socket is an event stream now
        reply = *refused;
    } else if (m_stopping->load()) {
        reply.status = 503;
        reply.body = ApiError::body(
            ApiError::make("SERVICE_UNAVAILABLE", QStringLiteral("The server is stopping.")));
    } else {
        QMetaObject::invokeMethod(
            m_backend, [&] { reply = m_backend->handle(call); }, Qt::BlockingQueuedConnection);
    }
    QHttpServerResponder responder = makeResponder(request, socket);
    QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", reply.contentType},
                                                 {"X-Content-Type-Options", "nosniff"}};
    headers.append(reply.headers);
    responder.writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
    for (const auto &h : headers)
        responder.writeHeader(h.first, h.second);
    responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    responder.writeBody(reply.body);
    return true;
}

void ApiHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Only an upgrade to an unknown live channel gets here: every other request is answered.
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.write(ApiError::body(ApiError::make(
                        "NOT_FOUND", QStringLiteral("There is no such live channel."))),
                    "application/json", QHttpServerResponder::StatusCode::NotFound);
}

} // namespace routiq
