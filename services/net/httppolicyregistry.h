#pragma once

#include "circuitbreaker.h"
#include "core/clock.h"
#include "ratelimiter.h"

#include <QHash>
#include <QString>

#include <memory>
#include <mutex>

namespace routiq {

// Hands out the shared pieces of the HTTP policy: one token bucket per PMS credential (two
// clinic connections using the same Cliniko user share its 200/min) and one circuit breaker per
// origin (scheme, host and port: two local simulators on one host are two servers). Credentials are
// keyed by a SHA-256 digest, so the registry never holds an API key. Thread-safe: sync workers of
// several clinics ask it from their own threads.
class HttpPolicyRegistry
{
public:
    explicit HttpPolicyRegistry(const Clock &clock);

    std::shared_ptr<RateLimiter> limiterFor(const QString &credential,
                                            const RateLimiter::Config &config);
    std::shared_ptr<CircuitBreaker> breakerFor(const QString &origin,
                                               const CircuitBreaker::Config &config);

private:
    const Clock &m_clock;
    std::mutex m_mutex;
    QHash<QByteArray, std::shared_ptr<RateLimiter>> m_limiters;
    QHash<QString, std::shared_ptr<CircuitBreaker>> m_breakers;
};

} // namespace routiq
