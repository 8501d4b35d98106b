#include "idlelock.h"

#include "core/clock.h"

#include <algorithm>

namespace routiq {

namespace {
// The timer only wakes us up; the clock decides. Re-checking at least this often keeps a
// suspended laptop or a changed clock from delaying the lock by more than this.
constexpr qint64 kMaxTimerIntervalMs = 15'000;
} // namespace

IdleLock::IdleLock(const Clock *clock, int timeoutMinutes, QObject *parent)
    : QObject(parent), m_clock(clock), m_timeoutMinutes(std::max(0, timeoutMinutes)),
      m_lastActivityMs(clock->nowMSecs())
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleLock::check);
    schedule();
}

void IdleLock::setTimeoutMinutes(int minutes)
{
    m_timeoutMinutes = std::max(0, minutes);
    schedule();
}

qint64 IdleLock::remainingMs() const
{
    if (m_timeoutMinutes == 0)
        return -1;
    if (m_locked)
        return 0;
    const qint64 due = m_lastActivityMs + qint64(m_timeoutMinutes) * 60'000;
    return std::max<qint64>(0, due - m_clock->nowMSecs());
}

void IdleLock::activity()
{
    if (m_locked)
        return; // input on the lock screen is not activity in the locked session
    m_lastActivityMs = m_clock->nowMSecs();
    // Input arrives many times a second; the running timer re-checks the clock anyway.
    if (!m_timer.isActive())
        schedule();
}

void IdleLock::unlock()
{
    m_locked = false;
    m_lastActivityMs = m_clock->nowMSecs();
    schedule();
}

void IdleLock::check()
{
    if (m_locked || m_timeoutMinutes == 0)
        return;
    if (remainingMs() > 0) {
        schedule();
        return;
    }
    m_locked = true;
    m_timer.stop();
    emit lockRequested();
}

void IdleLock::schedule()
{
    const qint64 remaining = remainingMs();
    if (remaining < 0 || m_locked) {
        m_timer.stop();
        return;
    }
    m_timer.start(int(std::clamp<qint64>(remaining, 0, kMaxTimerIntervalMs)));
}

} // namespace routiq
