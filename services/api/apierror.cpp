#include "apierror.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace routiq {

RoutiqError ApiError::make(const char *code, const QString &message, const QString &details)
{
    return RoutiqError::make(QString::fromLatin1(code), message, details);
}

QString ApiError::apiCode(const QString &serviceCode)
{
    static const QHash<QString, QString> map{
        {QStringLiteral("ACCESS_DENIED"), QStringLiteral("FORBIDDEN")},
        {QStringLiteral("INVALID_CREDENTIALS"), QStringLiteral("UNAUTHORIZED")},
        {QStringLiteral("ACCOUNT_DISABLED"), QStringLiteral("UNAUTHORIZED")},
        {QStringLiteral("ACCOUNT_EXPIRED"), QStringLiteral("UNAUTHORIZED")},
        {QStringLiteral("NO_CLINIC"), QStringLiteral("NOT_FOUND")},
        {QStringLiteral("ACCOUNT_LOCKED"), QStringLiteral("RATE_LIMITED")},
    };
    return map.value(serviceCode, serviceCode);
}

int ApiError::httpStatus(const QString &code)
{
    static const QHash<QString, int> map{
        {QStringLiteral("BAD_REQUEST"), 400},
        {QStringLiteral("UNAUTHORIZED"), 401},
        {QStringLiteral("FORBIDDEN"), 403},
        {QStringLiteral("NOT_FOUND"), 404},
        {QStringLiteral("METHOD_NOT_ALLOWED"), 405},
        {QStringLiteral("PAYLOAD_TOO_LARGE"), 413},
        {QStringLiteral("RATE_LIMITED"), 429},
        {QStringLiteral("CACHE_EMPTY"), 503},
        {QStringLiteral("CLINIKO_API_UNAVAILABLE"), 503},
        {QStringLiteral("SERVICE_UNAVAILABLE"), 503},
    };
    return map.value(code, 500);
}

QByteArray ApiError::body(const RoutiqError &error, const QDateTime &lastUpdated,
                          const QDateTime &nowUtc)
{
    QJsonObject e;
    e.insert(QStringLiteral("code"), apiCode(error.code));
    e.insert(QStringLiteral("message"), error.message);
    e.insert(QStringLiteral("details"), error.details);
    const QDateTime at = error.timestamp.isValid() ? error.timestamp : nowUtc;
    e.insert(QStringLiteral("timestamp"), at.toUTC().toString(Qt::ISODate));
    QJsonObject fallback;
    if (lastUpdated.isValid()) {
        fallback.insert(QStringLiteral("last_updated"), lastUpdated.toUTC().toString(Qt::ISODate));
        fallback.insert(QStringLiteral("data_age_minutes"),
                        double(lastUpdated.secsTo(nowUtc) / 60));
    } else {
        fallback.insert(QStringLiteral("last_updated"), QJsonValue::Null);
        fallback.insert(QStringLiteral("data_age_minutes"), QJsonValue::Null);
    }
    e.insert(QStringLiteral("fallback_data"), fallback);
    return QJsonDocument(QJsonObject{{QStringLiteral("error"), e}}).toJson(QJsonDocument::Compact);
}

} // namespace routiq
