#pragma once

#include "net/circuitbreaker.h"
#include "net/pmshttpclient.h"
#include "net/ratelimiter.h"

#include <QString>
#include <QUrl>

namespace routiq {

// Everything one Nookal v2 connection needs. Only apiKey is required; the key travels in the
// POST body only and never appears in logs, errors or cursors.
struct NookalConfig
{
    QString apiKey;
    // e.g. the simulator's http://127.0.0.1:PORT/production/v2; empty = the production API.
    // Plain http is accepted only for loopback hosts.
    QUrl baseUrlOverride;
    QString timeZoneOverride; // IANA; used when no location gives a zone (else UTC)
    int pageLength = 100;     // Nookal publishes no maximum; 100 is what its clients use

    PmsHttpClient::Config http; // timeouts, retries; service name and error prefix become NOOKAL
    // Nookal publishes no limit: stay polite, a few requests per second at most.
    RateLimiter::Config rateLimit{120, 60'000, 5, true};
    CircuitBreaker::Config circuitBreaker;

    static QUrl defaultBaseUrl()
    {
        return QUrl(QStringLiteral("https://api.nookal.com/production/v2"));
    }
};

} // namespace routiq
