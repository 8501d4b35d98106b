#include "loginthrottle.h"

#include "core/clock.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace routiq {

namespace {

RoutiqError throttleError(const QString &why)
{
    return RoutiqError::make(QStringLiteral("SECURITY_STORAGE"),
                             QStringLiteral("The sign-in state could not be saved."), why);
}

// BEGIN IMMEDIATE on either database the throttle may use: the write lock is taken before the
// read, so a second process waits (busy timeout) instead of reading the same count. Spelled
// out, because only the app database's driver makes transaction() IMMEDIATE; Qt's QSQLITE
// (keyslots.db) begins a deferred one, whose later upgrade to a writer can fail at once.
bool beginImmediate(QSqlDatabase &db, QString *why)
{
    QSqlQuery begin(db);
    if (begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return true;
    *why = begin.lastError().text();
    return false;
}

} // namespace

qint64 LoginThrottle::Policy::delayAfter(int failures) const
{
    const int over = failures - lockAfterFailures; // 0 for the failure that first locks
    if (over < 0)
        return 0;
    qint64 delay = firstDelayMs;
    for (int i = 0; i < over && delay < maxDelayMs; ++i)
        delay *= 2;
    return std::min(delay, maxDelayMs);
}

LoginThrottle::LoginThrottle(QSqlDatabase db, const Clock *clock)
    : LoginThrottle(std::move(db), clock, Policy())
{}

LoginThrottle::LoginThrottle(QSqlDatabase db, const Clock *clock, Policy policy)
    : m_db(std::move(db)), m_clock(clock), m_policy(policy)
{}

qint64 LoginThrottle::remainingLockMs(const QString &username) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT locked_until_ms FROM login_throttle WHERE username = ?"));
    q.addBindValue(username);
    if (!q.exec() || !q.next() || q.value(0).isNull())
        return 0;
    return std::max<qint64>(0, q.value(0).toLongLong() - m_clock->nowMSecs());
}

int LoginThrottle::failureCount(const QString &username) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT failed_count FROM login_throttle WHERE username = ?"));
    q.addBindValue(username);
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toInt();
}

LoginThrottle::Admission LoginThrottle::admit(const QString &username, RoutiqError *error)
{
    Admission admission;
    const auto fail = [&](const QString &why) {
        m_db.rollback();
        if (error)
            *error = throttleError(why);
        return Admission{};
    };
    if (QString why; !beginImmediate(m_db, &why)) {
        if (error)
            *error = throttleError(why);
        return Admission{};
    }
    const qint64 now = m_clock->nowMSecs();
    QSqlQuery read(m_db);
    read.prepare(QStringLiteral("SELECT failed_count, last_failure_ms, locked_until_ms"
                                " FROM login_throttle WHERE username = ?"));
    read.addBindValue(username);
    if (!read.exec())
        return fail(read.lastError().text());
    int failures = 0;
    const bool exists = read.next();
    if (exists) {
        if (!read.value(2).isNull() && read.value(2).toLongLong() > now) {
            admission.remainingLockMs = read.value(2).toLongLong() - now;
            read.finish();
            m_db.rollback(); // nothing written: attempts while locked are not counted
            return admission;
        }
        const bool stale =
            !read.value(1).isNull() && now - read.value(1).toLongLong() > m_policy.forgetAfterMs;
        failures = stale ? 0 : read.value(0).toInt();
    }
    read.finish();
    ++failures;
    const qint64 delay = m_policy.delayAfter(failures);

    // Update-then-insert: SQLite 3.15 has no UPSERT.
    QSqlQuery write(m_db);
    write.prepare(exists ? QStringLiteral("UPDATE login_throttle SET failed_count = ?,"
                                          " locked_until_ms = ?, last_failure_ms = ?"
                                          " WHERE username = ?")
                         : QStringLiteral("INSERT INTO login_throttle (failed_count,"
                                          " locked_until_ms, last_failure_ms, username)"
                                          " VALUES (?, ?, ?, ?)"));
    write.addBindValue(failures);
    write.addBindValue(delay > 0 ? QVariant(now + delay) : QVariant(QMetaType::fromType<qint64>()));
    write.addBindValue(now);
    write.addBindValue(username);
    if (!write.exec())
        return fail(write.lastError().text());
    if (!m_db.commit())
        return fail(m_db.lastError().text());
    admission.admitted = true;
    admission.failures = failures;
    admission.lockDelayMs = delay;
    return admission;
}

bool LoginThrottle::withdraw(const QString &username, RoutiqError *error)
{
    if (QString why; !beginImmediate(m_db, &why)) {
        if (error)
            *error = throttleError(why);
        return false;
    }
    QSqlQuery read(m_db);
    read.prepare(QStringLiteral("SELECT failed_count FROM login_throttle WHERE username = ?"));
    read.addBindValue(username);
    if (!read.exec()) {
        m_db.rollback();
        if (error)
            *error = throttleError(read.lastError().text());
        return false;
    }
    const int failures = read.next() ? std::max(0, read.value(0).toInt() - 1) : 0;
    read.finish();
    QSqlQuery write(m_db);
    // A lockout stays only when the remaining count would have started one by itself.
    write.prepare(m_policy.delayAfter(failures) > 0
                      ? QStringLiteral("UPDATE login_throttle SET failed_count = ?"
                                       " WHERE username = ?")
                      : QStringLiteral("UPDATE login_throttle SET failed_count = ?,"
                                       " locked_until_ms = NULL WHERE username = ?"));
    write.addBindValue(failures);
    write.addBindValue(username);
    if (!write.exec() || !m_db.commit()) {
        m_db.rollback();
        if (error)
            *error = throttleError(write.lastError().text());
        return false;
    }
    return true;
}

bool LoginThrottle::reset(const QString &username, RoutiqError *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM login_throttle WHERE username = ?"));
    q.addBindValue(username);
    if (!q.exec()) {
        if (error)
            *error = throttleError(q.lastError().text());
        return false;
    }
    return true;
}

} // namespace routiq
