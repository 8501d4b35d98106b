#include "servererror.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace routiq {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("routiq::ServerError", text);
}

} // namespace

void ServerError::fromCacheRead(RoutiqError *error, const QString &connectionName)
{
    if (!error || error->isNull() || error->code != QLatin1String("CACHE_READ_FAILED"))
        return;
    const QString text = error->details;
    bool lost = text.contains(QLatin1String("connection"), Qt::CaseInsensitive) ||
                text.contains(QLatin1String("database not open"), Qt::CaseInsensitive) ||
                text.contains(QLatin1String("Unable to send query"), Qt::CaseInsensitive);
    if (!lost) {
        const QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        QSqlQuery probe(db);
        // A statement refused (an aborted transaction, say) still has an answer: a SQLSTATE.
        lost = !db.isOpen() || (!probe.exec(QStringLiteral("SELECT 1")) &&
                                (probe.lastError().nativeErrorCode().isEmpty() ||
                                 isConnectionLost(probe.lastError().nativeErrorCode())));
    }
    *error = lost ? unreachable(text) : other(text);
}

bool ServerError::isConnectionLost(const QString &state)
{
    static const char *const gone[] = {"57P01", "57P02", "57P03", "57P04", "57P05"};
    if (state.startsWith(QLatin1String("08")))
        return true;
    for (const char *code : gone)
        if (state == QLatin1String(code))
            return true;
    return false;
}

RoutiqError ServerError::unreachable(const QString &details)
{
    return RoutiqError::make(errorCodeName(ErrorCode::ServerUnreachable),
                             tr("Routiq cannot reach its server. Check the network and that the "
                                "server is running; the figures shown are from the last "
                                "connection."),
                             details);
}

RoutiqError ServerError::connectFailed(const QString &address, const QString &libpqText)
{
    const QString details = address + QStringLiteral(": ") + libpqText;
    if (libpqText.contains(QLatin1String("password authentication failed")))
        return RoutiqError::make(errorCodeName(ErrorCode::InvalidCredentials),
                                 tr("The server refused the sign-in: wrong name or password."),
                                 details);
    if (libpqText.contains(QLatin1String("is not permitted to log in")))
        return RoutiqError::make(errorCodeName(ErrorCode::AccountDisabled),
                                 tr("This account is disabled on the server."), details);
    if (libpqText.contains(QLatin1String("no password supplied")))
        return RoutiqError::make(errorCodeName(ErrorCode::LoginRequired),
                                 tr("The server wants a password: set ROUTIQ_PASSWORD_FILE or "
                                    "PGPASSFILE, or run at a terminal."),
                                 details);
    // libpq's own words (it has no codes for these): certificate checks, then pg_hba.conf's
    // "no encryption" for a plain connection to a server that takes TLS only.
    static const char *const certificateWords[] = {
        "certificate verify failed", "does not match host name", "server certificate for",
        "root certificate file", "certificate has expired"};
    for (const char *words : certificateWords)
        if (libpqText.contains(QLatin1String(words), Qt::CaseInsensitive))
            return RoutiqError::make(
                errorCodeName(ErrorCode::ServerCertificateRefused),
                tr("Routiq did not connect: the server's certificate could not be checked, or "
                   "names another computer. Give the clinic's certificate authority with "
                   "sslrootcert=FILE and the server's name as it is in its certificate."),
                details);
    if (libpqText.contains(QLatin1String("no encryption"), Qt::CaseInsensitive))
        return RoutiqError::make(errorCodeName(ErrorCode::ServerInsecure),
                                 tr("The server takes only TLS connections: add "
                                    "sslmode=verify-full to the server address."),
                                 details);
    return unreachable(details);
}

RoutiqError ServerError::fromSql(const QSqlError &error, const QString &what)
{
    const QString details = what + QStringLiteral(": ") + error.text();
    const QString state = error.nativeErrorCode(); // the SQLSTATE
    // No SQLSTATE at all: the client could not even send the statement (QPSQL's "no connection
    // to the server" after the server went away).
    const bool noAnswer = state.isEmpty() && error.type() != QSqlError::NoError;
    if (error.type() == QSqlError::ConnectionError || isConnectionLost(state) || noAnswer)
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
