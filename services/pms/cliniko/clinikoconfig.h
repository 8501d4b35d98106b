#pragma once

#include "net/circuitbreaker.h"
#include "net/pmshttpclient.h"
#include "net/ratelimiter.h"

#include <QString>
#include <QUrl>

namespace routiq {

// Everything one Cliniko connection needs. Only apiKey and contactEmail are required; the key
// never appears in logs or errors.
struct ClinikoConfig
{
    QString apiKey;       // "MS0x...-au2": the suffix picks the shard (none = au1)
    QUrl baseUrlOverride; // e.g. the simulator's http://127.0.0.1:PORT/v1; empty = shard
    QString productName = QStringLiteral("Routiq");
    QString contactEmail;     // Cliniko requires "Product (email)" in the User-Agent
    QString timeZoneOverride; // IANA; last fallback for a business with no zone
    int perPage = 100;        // Cliniko's maximum

    PmsHttpClient::Config http;            // timeouts, retries; errorCodePrefix stays CLINIKO
    RateLimiter::Config rateLimit;         // used when no shared limiter is passed in
    CircuitBreaker::Config circuitBreaker; // used when no shared breaker is passed in

    QByteArray userAgent() const
    {
        return (productName + QStringLiteral(" (") + contactEmail + QLatin1Char(')')).toUtf8();
    }
};

} // namespace routiq
