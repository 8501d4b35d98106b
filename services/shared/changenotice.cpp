#include "changenotice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace routiq {

QByteArray ChangeNotice::toPayload() const
{
    QJsonObject json{{QStringLiteral("clinic"), clinic}, {QStringLiteral("seq"), QJsonValue(seq)}};
    QJsonArray list;
    for (const QDate &d : dates)
        list.append(d.toString(Qt::ISODate));
    QJsonObject withDates = json;
    withDates.insert(QStringLiteral("dates"), list);
    const QByteArray full = QJsonDocument(withDates).toJson(QJsonDocument::Compact);
    if (full.size() <= maxPayloadBytes)
        return full;
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

std::optional<ChangeNotice> ChangeNotice::fromPayload(const QString &payload)
{
    const QJsonObject json = QJsonDocument::fromJson(payload.toUtf8()).object();
    if (!json.value(QStringLiteral("clinic")).isString() ||
        !json.value(QStringLiteral("seq")).isDouble())
        return std::nullopt;
    ChangeNotice n;
    n.clinic = json.value(QStringLiteral("clinic")).toString();
    n.seq = qint64(json.value(QStringLiteral("seq")).toDouble());
    if (!json.contains(QStringLiteral("dates")))
        n.datesOmitted = true;
    for (const QJsonValue &v : json.value(QStringLiteral("dates")).toArray())
        n.dates.append(QDate::fromString(v.toString(), Qt::ISODate));
    return n;
}

} // namespace routiq
