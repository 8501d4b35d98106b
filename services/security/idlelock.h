#pragma once

#include <QObject>
#include <QTimer>

namespace routiq {

class Clock;

// Locks a shared clinic PC's session after a stretch without input: emits lockRequested() once
// the clock has moved `timeoutMinutes` past the last activity(). GUI-free; the app feeds it from
// an event filter on user input and shows the login screen on the signal.
class IdleLock : public QObject
{
    Q_OBJECT
public:
    IdleLock(const Clock *clock, int timeoutMinutes, QObject *parent = nullptr);

    int timeoutMinutes() const { return m_timeoutMinutes; }
    void setTimeoutMinutes(int minutes); // 0 turns the lock off
    bool isLocked() const { return m_locked; }

    // How long until the lock, in ms (0 when due or locked, -1 when off).
    qint64 remainingMs() const;

public slots:
    void activity(); // user input: restart the countdown (does not unlock)
    void unlock();   // after a successful login: clear the lock and restart the countdown
    // Emits lockRequested() if the time is up. Called by the timer; tests call it directly.
    void check();

signals:
    void lockRequested();

private:
    void schedule();

    const Clock *m_clock;
    int m_timeoutMinutes;
    qint64 m_lastActivityMs;
    bool m_locked = false;
    QTimer m_timer;
};

} // namespace routiq
