#include "nookaljson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>
#include <cmath>

namespace routiq {

namespace {

bool looksLikeHtml(const QByteArray &body, const QByteArray &contentType)
{
    if (contentType.toLower().contains("text/html"))
        return true;
    return body.left(64).trimmed().startsWith('<');
}

} // namespace

std::optional<NookalJson::Envelope>
NookalJson::parseEnvelope(const QByteArray &body, const QByteArray &contentType, QString *problem)
{
    if (body.trimmed().isEmpty()) {
        *problem = QStringLiteral("empty body");
        return std::nullopt;
    }
    if (looksLikeHtml(body, contentType)) {
        *problem = QStringLiteral("an HTML page instead of JSON (unknown method or outage)");
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        *problem = error.error != QJsonParseError::NoError
                       ? QStringLiteral("malformed or truncated JSON (%1 at byte %2 of %3)")
                             .arg(error.errorString())
                             .arg(error.offset)
                             .arg(body.size())
                       : QStringLiteral("JSON that is not an object");
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    const QString status = text(root.value(QLatin1String("status"))).toLower();
    const QJsonObject details = root.value(QLatin1String("details")).toObject();
    Envelope e;
    if (status == u"failure") {
        e.failure = true;
        e.errorCode = text(details.value(QLatin1String("errorCode")));
        e.errorMessage = text(details.value(QLatin1String("errorMessage")));
        return e;
    }
    if (status != u"success") {
        *problem = QStringLiteral("an envelope without status success or failure");
        return std::nullopt;
    }
    const QJsonValue results =
        root.value(QLatin1String("data")).toObject().value(QLatin1String("results"));
    e.hasResults = results.isObject();
    e.results = results.toObject();
    e.totalItems = int(integer(details.value(QLatin1String("totalItems"))).value_or(-1));
    const auto next =
        integer(root.value(QLatin1String("settings")).toObject().value(QLatin1String("nextPage")));
    if (next && *next > 0)
        e.nextPage = int(*next);
    return e;
}

std::optional<QList<QJsonObject>> NookalJson::collection(const QJsonValue &value)
{
    QList<QJsonObject> out;
    if (value.isNull() || value.isUndefined())
        return out;
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray()) {
            if (!v.isObject())
                return std::nullopt;
            out.append(v.toObject());
        }
        return out;
    }
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject o = value.toObject();
    QList<std::pair<qint64, QJsonObject>> keyed;
    for (auto it = o.begin(); it != o.end(); ++it) {
        bool ok = false;
        const qint64 index = it.key().toLongLong(&ok);
        if (!ok || !it.value().isObject())
            return std::nullopt;
        keyed.append({index, it.value().toObject()});
    }
    std::sort(keyed.begin(), keyed.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &entry : keyed)
        out.append(entry.second);
    return out;
}

QString NookalJson::text(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (std::floor(d) == d && std::abs(d) < 9007199254740992.0)
            return QString::number(qint64(d));
        return QString::number(d);
    }
    if (value.isBool())
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    return {};
}

std::optional<qint64> NookalJson::integer(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (std::floor(d) != d || std::abs(d) >= 9007199254740992.0) // beyond 2^53: maybe rounded
            return std::nullopt;
        return qint64(d);
    }
    if (!value.isString())
        return std::nullopt;
    bool ok = false;
    const qint64 n = value.toString().trimmed().toLongLong(&ok);
    return ok ? std::optional<qint64>(n) : std::nullopt;
}

std::optional<bool> NookalJson::flag(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    const QString t = text(value).trimmed().toLower();
    if (t == u"1" || t == u"true" || t == u"yes")
        return true;
    if (t == u"0" || t == u"false" || t == u"no")
        return false;
    return std::nullopt;
}

QDate NookalJson::date(const QJsonValue &value)
{
    const QString t = text(value).trimmed();
    if (t.size() < 10)
        return {};
    return QDate::fromString(t.left(10), QStringLiteral("yyyy-MM-dd")); // 0000-00-00 is invalid
}

QTime NookalJson::time(const QJsonValue &value)
{
    const QString t = text(value).trimmed();
    QTime result = QTime::fromString(t, QStringLiteral("HH:mm:ss"));
    if (!result.isValid())
        result = QTime::fromString(t, QStringLiteral("HH:mm"));
    return result;
}

std::optional<WallClock> NookalJson::wallClock(const QJsonValue &value)
{
    const QString t = text(value).trimmed();
    const QDate d = date(value);
    if (!d.isValid())
        return std::nullopt;
    if (t.size() == 10)
        return WallClock{d, QTime(0, 0)};
    const QTime clock = time(QJsonValue(t.mid(11)));
    if (t.size() < 16 || (t.at(10) != QLatin1Char(' ') && t.at(10) != QLatin1Char('T')) ||
        !clock.isValid())
        return std::nullopt;
    return WallClock{d, clock};
}

QDateTime NookalJson::toUtc(const WallClock &wall, const QTimeZone &zone)
{
    return QDateTime(wall.date, wall.time, zone.isValid() ? zone : QTimeZone::utc()).toUTC();
}

WallClock NookalJson::fromUtc(const QDateTime &utc, const QTimeZone &zone)
{
    const QDateTime local = utc.toTimeZone(zone.isValid() ? zone : QTimeZone::utc());
    return WallClock{local.date(), local.time()};
}

QString NookalJson::format(const WallClock &wall)
{
    return wall.date.toString(QStringLiteral("yyyy-MM-dd")) + QLatin1Char(' ') +
           wall.time.toString(QStringLiteral("HH:mm:ss"));
}

} // namespace routiq
