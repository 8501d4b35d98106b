#pragma once

#include "clicommand.h"

#include "domain/routiqerror.h"
#include "security/actinguser.h"
#include "shared/serveraccounts.h"
#include "shared/serverconnection.h"
#include "shared/serverconninfo.h"

#include <memory>

namespace routiq::cli {

// A command's signed-in connection to the shared server: the connection, who it is (the
// account from ServerAccounts::whoAmI, as an ActingUser for AccessPolicy) and the sign-in to
// open more connections with (a thread's own, a LISTEN connection, a reconnect after a restart).
class ServerSession
{
public:
    ServerSession(ServerConnInfo info, ServerCredentials credentials,
                  std::unique_ptr<ServerConnection> connection, ServerAccount account);

    QSqlDatabase database() const { return m_connection->database(); }
    ServerConnection &connection() { return *m_connection; }
    const ServerConnInfo &info() const { return m_info; }
    const ServerAccount &account() const { return m_account; }
    ActingUser actingUser() const { return m_account.actingUser(); }
    // Another connection with the same address and sign-in, owned by the calling thread.
    std::unique_ptr<ServerConnection> openAnother(RoutiqError *error) const;

private:
    ServerConnInfo m_info;
    ServerCredentials m_credentials; // the password stays in this process, never logged
    std::unique_ptr<ServerConnection> m_connection;
    ServerAccount m_account;
};

// Signing in on the shared server is connecting as that login role (issue 16). The one place
// every `--server` command but `server init` opens the server:
// - `--user NAME` sets the connection's user (replacing the connection string's user=); its
//   password comes from ROUTIQ_PASSWORD_FILE, else libpq's PGPASSFILE or service file when one is
//   set, else the no-echo prompt at a terminal, else libpq's ~/.pgpass. It goes to the driver
//   only: never on the command line, in the connection string or a log line.
// - without --user, the connection string's (or PGUSER's) role signs in through libpq's own
//   mechanisms, as for `server init` (the set-up role making the first admin).
// Then the schema must be current (SERVER_SCHEMA_MISSING: run init) and whoAmI resolves the
// account. A wrong password is INVALID_CREDENTIALS, a disabled account ACCOUNT_DISABLED, no
// password at all LOGIN_REQUIRED (exit 2), from ServerError::connectFailed. Use from a command's
// start():
//   RoutiqError error;
//   auto session = ServerSignIn::open(context(), &error);
//   if (!session) { fail(error, errorExitStatus(error.typedCode())); return; }
class ServerSignIn
{
public:
    static std::unique_ptr<ServerSession> open(const CliContext &context, RoutiqError *error);
    // The credentials only (password read as above), for callers that connect themselves.
    static std::optional<ServerCredentials>
    credentials(const CliContext &context, const ServerConnInfo &info, RoutiqError *error);
};

} // namespace routiq::cli
