#pragma once

#include "core/clock.h"

#include <QString>

#include <mutex>

namespace routiq {

// Stops hammering a PMS host that keeps failing: after `failureThreshold` consecutive failures
// (5xx after retries, timeouts, network errors) it opens and refuses requests at once; after
// `coolDownMs` on the Clock it lets one trial request through (half-open), which closes it on
// success or opens it again on failure. One breaker per host, shared by its clients.
class CircuitBreaker
{
public:
    enum class State
    {
        Closed,
        Open,
        HalfOpen
    };

    struct Config
    {
        int failureThreshold = 5;
        qint64 coolDownMs = 30'000;
    };

    CircuitBreaker(const Clock &clock, Config config);

    // True when a request may be sent now. In half-open state only one trial is let through
    // until it reports back.
    bool allowRequest();
    void recordSuccess();
    void recordFailure();
    // A request let through was abandoned (aborted) before it could report: frees the trial.
    void cancelTrial();

    State state() const;
    // Milliseconds until an open breaker half-opens (0 when not open).
    qint64 msUntilHalfOpen() const;

    static QString stateName(State state);

private:
    const Clock &m_clock;
    const Config m_config;
    mutable std::mutex m_mutex;
    State m_state = State::Closed;
    int m_consecutiveFailures = 0;
    qint64 m_openedAtMs = 0;
    bool m_trialInFlight = false;
};

} // namespace routiq
