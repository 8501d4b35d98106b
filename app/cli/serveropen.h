#pragma once

#include "clicommand.h"

#include "shared/serverconninfo.h"

#include <optional>

namespace routiq::cli {

// The one step by which the shared-mode commands (sync as the agent, metrics, clinic add) reach
// the server: --server/ROUTIQ_SERVER parsed and checked (ServerConnInfo), --user NAME as the
// connection's role and its password from ROUTIQ_PASSWORD_FILE or the no-echo prompt, kept in
// memory for QSqlDatabase::open. Without --user, libpq's own user and PGPASSFILE/service file.
// (The lead routes this through the shared "server sign-in" at merge.)
class ServerOpen
{
public:
    static std::optional<ServerConnInfo> connInfo(const CliContext &context, RoutiqError *error);
};

} // namespace routiq::cli
