#include "servererror.h"

#include <QCoreApplication>

namespace routiq {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("routiq::ServerError", text);
}

} // namespace

RoutiqError ServerError::unreachable(const QString &details)
{
    return RoutiqError::make(errorCodeName(ErrorCode::ServerUnreachable),
                             tr("Routiq cannot reach its server. Check the network and that the "
                                "server is running; the figures shown are from the last "
                                "connection."),
                             details);
}

RoutiqError ServerError::notOpened(const QString &details)
{
    if (details.contains(QLatin1String("password authentication failed")))
        return RoutiqError::make(errorCodeName(ErrorCode::InvalidCredentials),
                                 tr("The server refused the sign-in: wrong name or password."),
                                 details);
    if (details.contains(QLatin1String("is not permitted to log in")))
        return RoutiqError::make(errorCodeName(ErrorCode::AccountDisabled),
                                 tr("This account is disabled on the server."), details);
    if (details.contains(QLatin1String("no password supplied")))
        return RoutiqError::make(errorCodeName(ErrorCode::LoginRequired),
                                 tr("The server wants a password: set ROUTIQ_PASSWORD_FILE or "
                                    "PGPASSFILE, or run at a terminal."),
                                 details);
    return unreachable(details);
}

RoutiqError ServerError::fromSql(const QSqlError &error, const QString &what)
{
    const QString details = what + QStringLiteral(": ") + error.text();
    const QString state = error.nativeErrorCode(); // the SQLSTATE
    if (error.type() == QSqlError::ConnectionError || state.startsWith(QLatin1String("08")) ||
        state == QLatin1String("57P01"))
        return unreachable(details);
    if (state == QLatin1String("42501"))
        return RoutiqError::make(errorCodeName(ErrorCode::ServerPermissionDenied),
                                 tr("The server refused this for your account (its role lacks "
                                    "the privilege)."),
                                 details);
    return other(details);
}

RoutiqError ServerError::other(const QString &details)
{
    return RoutiqError::make(errorCodeName(ErrorCode::ServerError),
                             tr("Routiq's server reported an error."), details);
}

} // namespace routiq
