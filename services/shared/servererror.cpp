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

RoutiqError ServerError::fromSql(const QSqlError &error, const QString &what)
{
    const QString details = what + QStringLiteral(": ") + error.text();
    const QString state = error.nativeErrorCode(); // the SQLSTATE
    // No SQLSTATE at all: the client could not even send the statement (QPSQL's "no connection
    // to the server" after the server went away).
    const bool noAnswer = state.isEmpty() && error.type() != QSqlError::NoError;
    if (error.type() == QSqlError::ConnectionError || state.startsWith(QLatin1String("08")) ||
        state == QLatin1String("57P01") || noAnswer)
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
