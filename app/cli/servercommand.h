#pragma once

#include "clicommand.h"

namespace routiq::cli {

// `--server CONNINFO server init` (issue 16): creates or migrates the shared server's schema
// and its group roles, as the PostgreSQL role the connection string (or libpq's PGUSER, service
// file) names — one allowed to create roles. Needs no data folder and no Routiq sign-in: the
// database's own role is the authority here. Prints what it did as one JSON object:
// {"server": "host=… dbname=…", "schemaVersionBefore": 0, "schemaVersion": 1,
//  "migrationsApplied": [1], "rolesCreated": [...], "rolesPresent": [...]}.
class ServerCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    void start(const QStringList &args) override;
};

} // namespace routiq::cli
