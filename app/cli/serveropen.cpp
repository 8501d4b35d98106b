#include "serveropen.h"

#include "serversignin.h"

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

} // namespace routiq::cli
