#pragma once

#include "clicommand.h"

#include <memory>

namespace routiq {
class SecretStore;
class ServerConnection;
} // namespace routiq

namespace routiq::cli {

// `--server CONNINFO [--user NAME] clinic list [--json]`: the clinics this account can see on
// the server (row-level security decides: admins all, staff and read-only their granted ones),
// as `clinic list` prints them in the single-PC mode.
// `--server … --user ADMIN clinic remove --id ID`: removes the clinic and all its data from the
// server (its rows go with it, by the schema's cascades) in one transaction with its audit entry
// (the audit log keeps the clinic's history). Refused with DATA_LOCKED while its agent syncs
// (stop the agent first), and for non-admins by the server. The agent's PMS connection in this
// computer's keychain is removed too, when it is here.
class ServerClinicsCommand : public CliCommand
{
    Q_OBJECT
public:
    explicit ServerClinicsCommand(CliContext context, QObject *parent = nullptr);
    ~ServerClinicsCommand() override;
    void start(const QStringList &args) override;

private:
    // The server's connection with a current schema, or null after fail().
    std::unique_ptr<ServerConnection> openServer();
    void list(const QStringList &args);
    void remove(const QStringList &args);

    std::unique_ptr<SecretStore> m_secrets;
};

} // namespace routiq::cli
