#pragma once

#include "domain/routiqerror.h"

#include <QByteArray>
#include <QDateTime>

namespace routiq {

// The seed's error body, {"error": {"code", "message", "details", "timestamp", "fallback_data":
// {"last_updated", "data_age_minutes"}}}, and the HTTP status of each code. Service codes are
// mapped to the seed's where one fits (ACCESS_DENIED -> FORBIDDEN, INVALID_CREDENTIALS and the
// account refusals -> UNAUTHORIZED); the rest keep Routiq's own code. Never a stack trace, a
// patient name or a key: the message and details are the services' own, already safe.
class ApiError
{
public:
    static RoutiqError make(const char *code, const QString &message, const QString &details = {});
    // The code as the API reports it.
    static QString apiCode(const QString &serviceCode);
    static int httpStatus(const QString &apiCode);
    // The body; `lastUpdated` (the cached data still available) fills fallback_data.
    static QByteArray body(const RoutiqError &error, const QDateTime &lastUpdated = {},
                           const QDateTime &nowUtc = QDateTime::currentDateTimeUtc());
};

} // namespace routiq
