#include "httppolicyregistry.h"

#include <QCryptographicHash>

namespace routiq {

HttpPolicyRegistry::HttpPolicyRegistry(const Clock &clock) : m_clock(clock) {}

std::shared_ptr<RateLimiter> HttpPolicyRegistry::limiterFor(const QString &credential,
                                                            const RateLimiter::Config &config)
{
    const QByteArray digest =
        QCryptographicHash::hash(credential.trimmed().toUtf8(), QCryptographicHash::Sha256);
    std::lock_guard lock(m_mutex);
    std::shared_ptr<RateLimiter> &limiter = m_limiters[digest];
    if (!limiter)
        limiter = std::make_shared<RateLimiter>(m_clock, config);
    return limiter;
}

std::shared_ptr<CircuitBreaker> HttpPolicyRegistry::breakerFor(const QString &origin,
                                                               const CircuitBreaker::Config &config)
{
    std::lock_guard lock(m_mutex);
    std::shared_ptr<CircuitBreaker> &breaker = m_breakers[origin.toLower()];
    if (!breaker)
        breaker = std::make_shared<CircuitBreaker>(m_clock, config);
    return breaker;
}

} // namespace routiq
