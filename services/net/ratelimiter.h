#pragma once

#include "core/clock.h"

#include <QDateTime>

#include <deque>
#include <mutex>

namespace routiq {

// A token bucket for one PMS credential (Cliniko counts 200 requests/min per user). Shared by
// every client using that credential, possibly from several threads. It only answers "may I send
// now, or how long until I may"; the caller waits (with a QTimer) and asks again.
class RateLimiter
{
public:
    struct Config
    {
        // Cliniko allows 200/min per user; 180/min refill plus a burst of 15 keeps any 60 s
        // window at or under 195 requests, so a sliding-window server never answers 429.
        int requestsPerWindow = 180;
        qint64 windowMs = 60'000;
        int burst = 15;
        bool enabled = true;
    };

    RateLimiter(const Clock &clock, Config config);

    // Takes a token and returns 0, or takes nothing and returns the milliseconds to wait before
    // asking again (at least 1).
    qint64 tryAcquire();

    // The server said "not before `resetAt`" (a 429): nobody gets a token until then.
    void blockUntil(const QDateTime &resetAt);
    QDateTime blockedUntil() const;

    // Requests granted in the last window (the budget use a settings page or a first sync
    // shows as "42 of 180 per minute"), counted whether or not limiting is enabled.
    int usedInWindow() const;

    const Config &config() const { return m_config; }

private:
    void refillLocked(qint64 nowMs);
    void pruneLocked(qint64 nowMs) const;

    const Clock &m_clock;
    const Config m_config;
    mutable std::mutex m_mutex;
    double m_tokens = 0;
    qint64 m_lastRefillMs = 0;
    qint64 m_blockedUntilMs = 0;
    mutable std::deque<qint64> m_granted; // grant times (ms) within the last window
};

} // namespace routiq
