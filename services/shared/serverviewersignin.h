#pragma once

#include "domain/clinicconnection.h"
#include "domain/routiqerror.h"
#include "serveraccounts.h"
#include "serverconnection.h"
#include "serverconninfo.h"

#include <QList>

#include <optional>

namespace routiq {

// Who signed in to the shared server from the app, and what they may look at: the account
// (ServerAccounts::whoAmI, as an ActingUser for AccessPolicy) and the clinics its role sees
// (row-level security decides; an admin sees every clinic), by name.
struct ServerViewerAccess
{
    ServerAccount account;
    QList<ClinicConnection> clinics;
};

// Signing in to the shared server from the app (issue 16) is connecting as that login role, as
// for `routiq-cli --server`: a wrong password, a disabled account, an untrusted certificate are
// the server's answers (ServerError::connectFailed). Then the schema must be current and the
// account a viewer's: the sync agent's role and roles outside Routiq's groups are refused
// (ACCESS_DENIED), so a PC is never signed in as the agent. A network round trip: call it on a
// worker thread; the connection it opens is closed before it returns.
class ServerViewerSignIn
{
public:
    static std::optional<ServerViewerAccess>
    signIn(const ServerConnInfo &server, const ServerCredentials &credentials, RoutiqError *error);
    // The clinics `db`'s role can see, by name (then id).
    static std::optional<QList<ClinicConnection>> visibleClinics(const QSqlDatabase &db,
                                                                 RoutiqError *error);
};

} // namespace routiq
