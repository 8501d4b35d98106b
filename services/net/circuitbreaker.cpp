#include "circuitbreaker.h"

#include "core/logging.h"

#include <algorithm>

namespace routiq {

CircuitBreaker::CircuitBreaker(const Clock &clock, Config config) : m_clock(clock), m_config(config)
{}

bool CircuitBreaker::allowRequest()
{
    std::lock_guard lock(m_mutex);
    switch (m_state) {
    case State::Closed:
        return true;
    case State::Open:
        if (m_clock.nowMSecs() - m_openedAtMs < m_config.coolDownMs)
            return false;
        m_state = State::HalfOpen;
        m_trialInFlight = true;
        qCInfo(lcNet) << "circuit half-open: sending one trial request";
        return true;
    case State::HalfOpen:
        if (m_trialInFlight)
            return false;
        m_trialInFlight = true;
        return true;
    }
    return false;
}

void CircuitBreaker::recordSuccess()
{
    std::lock_guard lock(m_mutex);
    if (m_state != State::Closed)
        qCInfo(lcNet) << "circuit closed again";
    m_state = State::Closed;
    m_consecutiveFailures = 0;
    m_trialInFlight = false;
}

void CircuitBreaker::recordFailure()
{
    std::lock_guard lock(m_mutex);
    ++m_consecutiveFailures;
    m_trialInFlight = false;
    if (m_state == State::HalfOpen ||
        (m_state == State::Closed && m_consecutiveFailures >= m_config.failureThreshold)) {
        m_state = State::Open;
        m_openedAtMs = m_clock.nowMSecs();
        qCWarning(lcNet) << "circuit opened after" << m_consecutiveFailures
                         << "consecutive failures";
    }
}

void CircuitBreaker::cancelTrial()
{
    std::lock_guard lock(m_mutex);
    if (m_state == State::HalfOpen && m_trialInFlight) {
        // Back to open with the cool-down already served: the next request is the trial.
        m_trialInFlight = false;
    }
}

CircuitBreaker::State CircuitBreaker::state() const
{
    std::lock_guard lock(m_mutex);
    return m_state;
}

qint64 CircuitBreaker::msUntilHalfOpen() const
{
    std::lock_guard lock(m_mutex);
    if (m_state != State::Open)
        return 0;
    return std::max<qint64>(0, m_openedAtMs + m_config.coolDownMs - m_clock.nowMSecs());
}

QString CircuitBreaker::stateName(State state)
{
    switch (state) {
    case State::Closed:
        return QStringLiteral("closed");
    case State::Open:
        return QStringLiteral("open");
    case State::HalfOpen:
        return QStringLiteral("half-open");
    }
    return {};
}

} // namespace routiq
