#include "routiqerror.h"

#include <QJsonValue>

namespace routiq {

QJsonObject RoutiqError::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("code"), code);
    o.insert(QStringLiteral("message"), message);
    o.insert(QStringLiteral("details"), details);
    o.insert(QStringLiteral("timestamp"), timestamp.toUTC().toString(Qt::ISODate));
    o.insert(QStringLiteral("fallbackDataAge"),
             fallbackDataAgeSecs ? QJsonValue(double(*fallbackDataAgeSecs)) : QJsonValue());
    return o;
}

RoutiqError RoutiqError::make(QString code, QString message, QString details)
{
    RoutiqError e;
    e.code = std::move(code);
    e.message = std::move(message);
    e.details = std::move(details);
    e.timestamp = QDateTime::currentDateTimeUtc();
    return e;
}

RoutiqError RoutiqError::make(ErrorCode code, QString details)
{
    return make(errorCodeName(code), errorUserMessage(code), std::move(details));
}

} // namespace routiq
