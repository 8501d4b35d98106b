#pragma once

#include "domain/pmskind.h"
#include "domain/routiqerror.h"

#include <QCoreApplication>

namespace routiq {

// Turns the typed errors of the HTTP layer and the adapters (CLINIKO_AUTH_REJECTED,
// NOOKAL_HOST_NOT_FOUND, ..._RATE_LIMITED, ...) into what a clinic admin testing a new
// connection needs to read: wrong key, key of another Cliniko shard, no network, the PMS is down,
// rate limited, a proxy or TLS problem. The code stays (tests and support read it); the
// message is replaced and translated; the key never appears in message or details.
class ConnectionFailureText
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionFailureText)

public:
    enum class Kind
    {
        WrongKey,
        OtherShard,
        NoNetwork,
        PmsDown,
        RateLimited,
        ProxyOrTls,
        Other
    };

    static Kind classify(const RoutiqError &error, PmsKind pms, const QString &apiKey);
    static RoutiqError explain(const RoutiqError &error, PmsKind pms, const QString &apiKey);
};

} // namespace routiq
