#include "serveropen.h"

#include "serversignin.h"

#include "shared/serverconnection.h"
#include "shared/serverviewersignin.h"
#include "shared/sharedschema.h"

namespace routiq::cli {

std::optional<ServerConnInfo> ServerOpen::connInfo(const CliContext &context, RoutiqError *error)
{
    auto info = ServerConnInfo::parse(context.server, error);
    if (!info)
        return std::nullopt;
    // The sign-in of every server command (ServerSignIn): the name checked, the password from
    // ROUTIQ_PASSWORD_FILE, libpq's own files or the no-echo prompt, in memory only.
    const auto credentials = ServerSignIn::credentials(context, *info, error);
    if (!credentials)
        return std::nullopt;
    if (!credentials->user.isEmpty())
        info->setUser(credentials->user);
    info->setPassword(credentials->password);
    return info;
}

std::optional<QList<ClinicConnection>> ServerOpen::visibleClinics(const ServerConnInfo &server,
                                                                  RoutiqError *error)
{
    const auto db = ServerConnection::open(server, error);
    if (!db)
        return std::nullopt;
    if (const RoutiqError schema = SharedSchema::checkCurrent(db->database()); !schema.isNull()) {
        *error = schema;
        return std::nullopt;
    }
    return ServerViewerSignIn::visibleClinics(db->database(), error);
}

} // namespace routiq::cli
