#pragma once

#include "domain/routiqerror.h"

#include <QSqlDatabase>
#include <QString>

namespace routiq {

class Clock;

// Counts failed logins per typed user name (existing or not) and locks that name out for a
// delay that doubles with each further failure, so guessing passwords gets slow fast. State is
// in the database, so restarting the app does not reset it.
//
// An attempt is counted as a failure *before* its password is checked, in the same
// BEGIN IMMEDIATE transaction as the lockout check (admit), and forgiven afterwards when the
// password was right (reset / withdraw). Checking first and counting after the slow Argon2id
// run let parallel processes (several routiq-cli logins at once) all pass the check and lose
// each other's counts; now they are serialised by the database lock, as if run in sequence.
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

    struct Admission
    {
        bool admitted = false;      // false: locked (see remainingLockMs) or a storage error
        qint64 remainingLockMs = 0; // when refused for a lockout
        int failures = 0;           // counting this attempt, when admitted
        qint64 lockDelayMs = 0;     // the lockout this attempt starts if it fails (0 if none)
    };
    // In one BEGIN IMMEDIATE transaction: refuses while `username` is locked, else counts this
    // attempt as a failure (starting the lockout it would start) and admits it. `error` is set
    // on storage errors (then not admitted).
    Admission admit(const QString &username, RoutiqError *error);
    // The admitted attempt had the right password: the streak is over.
    bool reset(const QString &username, RoutiqError *error);
    // The admitted attempt had the right password but was refused for another reason
    // (disabled, expired): take back its count, and a lockout it alone started.
    bool withdraw(const QString &username, RoutiqError *error);

private:
    QSqlDatabase m_db;
    const Clock *m_clock;
    Policy m_policy;
};

} // namespace routiq
