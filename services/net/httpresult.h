#pragma once

#include "domain/routiqerror.h"

#include <QByteArray>
#include <QMetaType>
#include <QUrl>

namespace routiq {

// The outcome of one PMS request after rate limiting, retries and the circuit breaker: the body
// of a 2xx answer, or a typed error ready for the user.
struct HttpResult
{
    bool ok = false;
    int httpStatus = 0; // 0 when no HTTP answer arrived
    QByteArray body;
    QByteArray contentType;
    QUrl url;
    int attempts = 0;  // requests actually sent, retries included
    RoutiqError error; // set when !ok
};

} // namespace routiq

Q_DECLARE_METATYPE(routiq::HttpResult)
