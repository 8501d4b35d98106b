#include "serveropen.h"

#include "passwordinput.h"

#include <unistd.h>

namespace routiq::cli {

std::optional<ServerConnInfo> ServerOpen::connInfo(const CliContext &context, RoutiqError *error)
{
    auto info = ServerConnInfo::parse(context.server, error);
    if (!info)
        return std::nullopt;
    if (context.actingUser.isEmpty())
        return info;
    info->setUser(context.actingUser);
    const bool fromFile = !qEnvironmentVariableIsEmpty("ROUTIQ_PASSWORD_FILE");
    if (!fromFile && ::isatty(STDIN_FILENO) != 1)
        return info; // unattended: libpq's PGPASSFILE or service file gives the password
    const auto password = PasswordInput::read(
        "ROUTIQ_PASSWORD_FILE",
        QStringLiteral("Password for %1 on the server: ").arg(context.actingUser));
    if (!password) {
        *error = RoutiqError::make(QStringLiteral("LOGIN_REQUIRED"),
                                   QStringLiteral("No password for '%1': ROUTIQ_PASSWORD_FILE "
                                                  "could not be read.")
                                       .arg(context.actingUser));
        return std::nullopt;
    }
    info->setPassword(*password);
    return info;
}

} // namespace routiq::cli
