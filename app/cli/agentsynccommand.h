#pragma once

#include "clicommand.h"

#include "core/clock.h"
#include "shared/agentpmsconnection.h"
#include "shared/serverconninfo.h"

#include <memory>

namespace routiq {
class SecretStore;
class ServerAgentLock;
class SyncWorker;
} // namespace routiq

namespace routiq::cli {

// `--server CONNINFO [--user NAME] sync --clinic ID [--watch]`: the sync agent of shared mode.
// The same sync engine as the local `sync`, writing into ServerSyncStore (each committed change
// numbered and NOTIFYed there). The PMS connection and API key come from this computer's
// keychain (AgentPmsConnection, written by `--server … clinic add`). One agent per clinic: it
// holds the clinic's advisory lock (ServerAgentLock) while it syncs; a second one says so on
// stderr once and waits, then takes over when the first ends. Losing the lock's connection stops
// the agent with SERVER_UNREACHABLE (exit 1): a supervisor (systemd Restart=) starts it again.
class AgentSyncCommand : public CliCommand
{
    Q_OBJECT
public:
    // Out of line: the members' types are complete only in the .cpp.
    explicit AgentSyncCommand(CliContext context, QObject *parent = nullptr);
    ~AgentSyncCommand() override;
    void start(const QStringList &args) override;

private:
    void takeLock(const AgentPmsConnection::Entry &entry);
    void run(const AgentPmsConnection::Entry &entry);
    void stopWorker();

    bool m_watch = false;
    bool m_terminal = false;
    ServerConnInfo m_server;
    ClinicId m_clinic;
    SystemClock m_clock;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ServerAgentLock> m_lock;
    std::unique_ptr<SyncWorker> m_worker;
    RoutiqError m_lastError;
};

} // namespace routiq::cli
