#pragma once

#include "clicommand.h"

#include <memory>

namespace routiq {
class SecretStore;
}

namespace routiq::cli {

// `--server CONNINFO [--user NAME] clinic add --id ID --name NAME --pms cliniko|nookal
// --api-key-file FILE|- [--base-url URL] [--time-zone IANA] [--contact-email EMAIL]`, run on the
// agent's computer as the OS account the agent runs as: registers the clinic on the server (its
// id and name: what viewers see) and keeps the PMS connection with its API key in this
// computer's keychain for the agent (AgentPmsConnection) — never in the server's tables.
class ServerClinicAddCommand : public CliCommand
{
    Q_OBJECT
public:
    // Out of line: the members' types are complete only in the .cpp.
    explicit ServerClinicAddCommand(CliContext context, QObject *parent = nullptr);
    ~ServerClinicAddCommand() override;
    void start(const QStringList &args) override;

private:
    std::unique_ptr<SecretStore> m_secrets;
};

} // namespace routiq::cli
