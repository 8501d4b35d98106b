#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace routiq {

// One simulated HTTP answer before it is sent: what the protocol code of a simulator builds
// and SimulatorCore sends (now, or after a Slow fault's delay).
struct SimulatorReply
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = QByteArrayLiteral("application/json; charset=utf-8");
    QList<QPair<QByteArray, QByteArray>> headers;
    int delayMs = 0;

    static SimulatorReply json(const QJsonObject &o, int status = 200)
    {
        return raw(status, QJsonDocument(o).toJson(QJsonDocument::Compact),
                   QByteArrayLiteral("application/json; charset=utf-8"));
    }
    static SimulatorReply raw(int status, QByteArray body, QByteArray contentType)
    {
        SimulatorReply r;
        r.status = status;
        r.body = std::move(body);
        r.contentType = std::move(contentType);
        return r;
    }
};

} // namespace routiq
