#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace routiq {

// One HTTP request as the API backend sees it: what the server thread read off the socket,
// copied, so the backend (on the thread that owns the databases) never touches the socket.
struct ApiCall
{
    QByteArray method; // "GET", "POST", ...
    QString path;      // decoded, without the query
    QUrlQuery query;
    QByteArray authorization; // the Authorization header, as sent
    QByteArray body;
    QByteArray lastEventId;       // SSE reconnects
    qint64 declaredBodyBytes = 0; // Content-Length
};

// The answer: status, content type, body and extra headers.
struct ApiReply
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
};

} // namespace routiq
