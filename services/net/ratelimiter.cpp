#include "ratelimiter.h"

#include <algorithm>
#include <cmath>

namespace routiq {

RateLimiter::RateLimiter(const Clock &clock, Config config)
    : m_clock(clock), m_config(config), m_tokens(std::max(1, config.burst)),
      m_lastRefillMs(clock.nowMSecs())
{}

void RateLimiter::refillLocked(qint64 nowMs)
{
    if (nowMs <= m_lastRefillMs)
        return;
    const double perMs = double(std::max(1, m_config.requestsPerWindow)) /
                         double(std::max<qint64>(1, m_config.windowMs));
    m_tokens = std::min(double(std::max(1, m_config.burst)),
                        m_tokens + double(nowMs - m_lastRefillMs) * perMs);
    m_lastRefillMs = nowMs;
}

qint64 RateLimiter::tryAcquire()
{
    const qint64 nowMs = m_clock.nowMSecs();
    std::lock_guard lock(m_mutex);
    if (nowMs < m_blockedUntilMs)
        return m_blockedUntilMs - nowMs;
    if (!m_config.enabled) {
        m_granted.push_back(nowMs);
        pruneLocked(nowMs);
        return 0;
    }
    refillLocked(nowMs);
    if (m_tokens >= 1.0) {
        m_tokens -= 1.0;
        m_granted.push_back(nowMs);
        pruneLocked(nowMs);
        return 0;
    }
    const double perMs = double(std::max(1, m_config.requestsPerWindow)) /
                         double(std::max<qint64>(1, m_config.windowMs));
    return std::max<qint64>(1, qint64(std::ceil((1.0 - m_tokens) / perMs)));
}

void RateLimiter::pruneLocked(qint64 nowMs) const
{
    const qint64 from = nowMs - std::max<qint64>(1, m_config.windowMs);
    while (!m_granted.empty() && m_granted.front() <= from)
        m_granted.pop_front();
}

int RateLimiter::usedInWindow() const
{
    const qint64 nowMs = m_clock.nowMSecs();
    std::lock_guard lock(m_mutex);
    pruneLocked(nowMs);
    return int(m_granted.size());
}

void RateLimiter::blockUntil(const QDateTime &resetAt)
{
    if (!resetAt.isValid())
        return;
    std::lock_guard lock(m_mutex);
    m_blockedUntilMs = std::max(m_blockedUntilMs, resetAt.toMSecsSinceEpoch());
}

QDateTime RateLimiter::blockedUntil() const
{
    std::lock_guard lock(m_mutex);
    if (m_blockedUntilMs == 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(m_blockedUntilMs, Qt::UTC);
}

} // namespace routiq
