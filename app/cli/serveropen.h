#pragma once

#include "clicommand.h"

#include "domain/clinicconnection.h"
#include "shared/serverconninfo.h"

#include <QList>

#include <optional>

namespace routiq::cli {

// The address the shared-mode commands that open connections of their own (sync as the agent,
// metrics, clinic add) reach the server with: --server/ROUTIQ_SERVER parsed and checked
// (ServerConnInfo), with --user NAME as the connection's role and its password as ServerSignIn
// reads it, kept in memory for QSqlDatabase::open. Without --user, libpq's own user and
// PGPASSFILE/service file.
class ServerOpen
{
public:
    static std::optional<ServerConnInfo> connInfo(const CliContext &context, RoutiqError *error);
    // The clinics this account can see (row-level security), on a connection of their own
    // whose schema is checked first.
    static std::optional<QList<ClinicConnection>> visibleClinics(const ServerConnInfo &server,
                                                                 RoutiqError *error);
};

} // namespace routiq::cli
