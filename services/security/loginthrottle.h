#pragma once

#include "domain/routiqerror.h"

#include <QSqlDatabase>
#include <QString>

namespace routiq {

class Clock;

// Counts failed logins per typed user name (existing or not) and locks that name out for a
// delay that doubles with each further failure, so guessing passwords gets slow fast. State is
// in the database, so restarting the app does not reset it.
class LoginThrottle
{
public:
    struct Policy
    {
        int lockAfterFailures = 5;             // the 5th failure in a row starts a lockout
        qint64 firstDelayMs = 30'000;          // 30 s, then doubling per further failure
        qint64 maxDelayMs = 15 * 60'000;       // capped at 15 min
        qint64 forgetAfterMs = 24 * 3'600'000; // a failure streak older than a day starts over

        // Lockout length after `failures` consecutive failures (0 = no lockout).
        qint64 delayAfter(int failures) const;
    };

    LoginThrottle(QSqlDatabase db, const Clock *clock);
    LoginThrottle(QSqlDatabase db, const Clock *clock, Policy policy);

    const Policy &policy() const { return m_policy; }

    // Milliseconds until `username` may try again; 0 when not locked.
    qint64 remainingLockMs(const QString &username) const;
    int failureCount(const QString &username) const;

    // Records a failure; returns the lockout it started in ms (0 if none). -1 on storage error.
    qint64 recordFailure(const QString &username, RoutiqError *error);
    bool reset(const QString &username, RoutiqError *error);

private:
    QSqlDatabase m_db;
    const Clock *m_clock;
    Policy m_policy;
};

} // namespace routiq
