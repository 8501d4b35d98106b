#include "serversignin.h"

#include "passwordinput.h"

#include "shared/sharedschema.h"
#include "shared/sharedschemaroles.h"

#include <QRegularExpression>

namespace routiq::cli {

ServerSession::ServerSession(ServerConnInfo info, ServerCredentials credentials,
                             std::unique_ptr<ServerConnection> connection, ServerAccount account)
    : m_info(std::move(info)), m_credentials(std::move(credentials)),
      m_connection(std::move(connection)), m_account(std::move(account))
{}

std::unique_ptr<ServerConnection> ServerSession::openAnother(RoutiqError *error) const
{
    return ServerConnection::open(m_info, m_credentials, error);
}

std::optional<ServerCredentials>
ServerSignIn::credentials(const CliContext &context, const ServerConnInfo &info, RoutiqError *error)
{
    ServerCredentials credentials;
    credentials.user = context.actingUser;
    if (credentials.user.isEmpty())
        return credentials; // the connection string's role, libpq's password file
    // Any login role of that shape may sign in (the set-up role's routiq_setup too); the name
    // only goes into the connection string, quoted, never into SQL.
    static const QRegularExpression loginName{QString::fromLatin1(kAccountNamePattern)};
    if (!loginName.match(credentials.user).hasMatch()) {
        if (error)
            *error = RoutiqError::make(
                errorCodeName(ErrorCode::BadRequest),
                QStringLiteral("'%1' is not an account name.").arg(credentials.user.left(80)));
        return std::nullopt;
    }
    if (qEnvironmentVariableIsSet("ROUTIQ_PASSWORD_FILE")) {
        const auto password = PasswordInput::read("ROUTIQ_PASSWORD_FILE", QString());
        if (!password) {
            if (error)
                *error = RoutiqError::make(errorCodeName(ErrorCode::LoginRequired),
                                           QStringLiteral("ROUTIQ_PASSWORD_FILE cannot be read."));
            return std::nullopt;
        }
        credentials.password = *password;
        return credentials;
    }
    if (qEnvironmentVariableIsSet("PGPASSFILE") || !info.value(QStringLiteral("service")).isEmpty())
        return credentials; // libpq finds it
    credentials.password =
        PasswordInput::read("ROUTIQ_PASSWORD_FILE",
                            QStringLiteral("Password for %1: ").arg(credentials.user))
            .value_or(QString()); // no terminal: libpq's ~/.pgpass
    return credentials;
}

std::unique_ptr<ServerSession> ServerSignIn::open(const CliContext &context, RoutiqError *error)
{
    const auto info = ServerConnInfo::parse(context.server, error);
    if (!info)
        return nullptr;
    auto credentials = ServerSignIn::credentials(context, *info, error);
    if (!credentials)
        return nullptr;
    auto connection = ServerConnection::open(*info, *credentials, error);
    if (!connection)
        return nullptr;
    if (const RoutiqError schema = SharedSchema::checkCurrent(connection->database());
        !schema.isNull()) {
        if (error)
            *error = schema;
        return nullptr;
    }
    const auto account = ServerAccounts(connection->database()).whoAmI(error);
    if (!account)
        return nullptr;
    return std::make_unique<ServerSession>(*info, std::move(*credentials), std::move(connection),
                                           *account);
}

} // namespace routiq::cli
