#pragma once

#include "domain/ids.h"
#include "domain/routiqerror.h"
#include "serverconninfo.h"

#include <QObject>

#include <memory>

class QTimer;

namespace routiq {

class ServerConnection;

// One clinic's agent lock on the shared server: a session-level advisory lock on a connection of
// its own, keyed (kAgentLockClass, hashtext(clinic id)), so only one sync agent per clinic talks
// to the PMS. acquire() tries at once and, while another agent holds it, again every retry
// interval (`waiting` once); `acquired` when it is ours. The lock lives as long as the session:
// when the connection is lost PostgreSQL releases it, so every heartbeat checks the connection
// and `lost` tells the agent to stop writing. Destroying the object (or release()) ends it.
class ServerAgentLock : public QObject
{
    Q_OBJECT
public:
    static constexpr int kAgentLockClass = 0x52510016; // "RQ" and issue 16

    struct Options
    {
        int retryMs = 1'000;
        int heartbeatMs = 2'000;
    };
    ServerAgentLock(ServerConnInfo server, ClinicId clinic, Options options,
                    QObject *parent = nullptr);
    ServerAgentLock(ServerConnInfo server, ClinicId clinic, QObject *parent = nullptr)
        : ServerAgentLock(std::move(server), std::move(clinic), Options(), parent)
    {}
    ~ServerAgentLock() override;

    void acquire();
    void release();
    // Checks the lock's connection now (as the heartbeat does): false, after `lost`, when it is
    // gone — e.g. when the sync failed on a server error and the agent must know why.
    bool verify();
    bool isHeld() const { return m_held; }

signals:
    void waiting(); // another agent holds the lock (once per acquire)
    void acquired();
    // The connection failed before or after the lock was taken: the lock is not (or no longer)
    // held.
    void lost(const routiq::RoutiqError &error);

private:
    void tryOnce();
    void fail(const RoutiqError &error);

    ServerConnInfo m_server;
    ClinicId m_clinic;
    Options m_options;
    std::unique_ptr<ServerConnection> m_connection;
    QTimer *m_timer = nullptr;
    bool m_held = false;
    bool m_saidWaiting = false;
};

} // namespace routiq
