#include "serveragentlock.h"

#include "serverconnection.h"
#include "servererror.h"

#include <QSqlQuery>
#include <QTimer>

#include <utility>

namespace routiq {

ServerAgentLock::ServerAgentLock(ServerConnInfo server, ClinicId clinic, Options options,
                                 QObject *parent)
    : QObject(parent), m_server(std::move(server)), m_clinic(std::move(clinic)), m_options(options),
      m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_held)
            verify();
        else
            tryOnce();
    });
}

ServerAgentLock::~ServerAgentLock()
{
    release();
}

void ServerAgentLock::acquire()
{
    m_saidWaiting = false;
    RoutiqError error;
    m_connection = ServerConnection::open(m_server, &error);
    if (!m_connection) {
        fail(error);
        return;
    }
    tryOnce();
}

void ServerAgentLock::release()
{
    m_timer->stop();
    if (m_connection && m_held) {
        QSqlQuery q(m_connection->database());
        q.prepare(QStringLiteral("SELECT pg_advisory_unlock(?, hashtext(?))"));
        q.addBindValue(kAgentLockClass);
        q.addBindValue(m_clinic);
        q.exec();
    }
    m_held = false;
    m_connection.reset();
}

void ServerAgentLock::fail(const RoutiqError &error)
{
    m_timer->stop();
    m_held = false;
    m_connection.reset();
    emit lost(error);
}

void ServerAgentLock::tryOnce()
{
    QSqlQuery q(m_connection->database());
    q.prepare(QStringLiteral("SELECT pg_try_advisory_lock(?, hashtext(?))"));
    q.addBindValue(kAgentLockClass);
    q.addBindValue(m_clinic);
    if (!q.exec() || !q.next()) {
        fail(ServerError::fromSql(q.lastError(), QStringLiteral("taking the agent lock")));
        return;
    }
    if (q.value(0).toBool()) {
        m_held = true;
        emit acquired();
        m_timer->start(m_options.heartbeatMs);
        return;
    }
    if (!std::exchange(m_saidWaiting, true))
        emit waiting();
    m_timer->start(m_options.retryMs);
}

bool ServerAgentLock::verify()
{
    if (!m_held || !m_connection)
        return false;
    QSqlQuery q(m_connection->database());
    if (!q.exec(QStringLiteral("SELECT 1")) || !q.next()) {
        // A statement that cannot fail but for the connection: the session, and the lock, ended.
        fail(ServerError::unreachable(QStringLiteral("keeping the agent lock: ") +
                                      q.lastError().text()));
        return false;
    }
    m_timer->start(m_options.heartbeatMs);
    return true;
}

} // namespace routiq
