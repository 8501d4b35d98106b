#include "serverviewersignin.h"

#include "serverauditlog.h"
#include "servererror.h"
#include "sharedschema.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>

namespace routiq {

namespace {

RoutiqError refused(const QString &message)
{
    return RoutiqError::make(QStringLiteral("ACCESS_DENIED"), message);
}

} // namespace

std::optional<ServerViewerAccess> ServerViewerSignIn::signIn(const ServerConnInfo &server,
                                                             const ServerCredentials &credentials,
                                                             RoutiqError *error)
{
    RoutiqError e;
    auto connection = ServerConnection::open(server, credentials, &e);
    if (!connection) {
        *error = e;
        return std::nullopt;
    }
    if (const RoutiqError schema = SharedSchema::checkCurrent(connection->database());
        !schema.isNull()) {
        *error = schema;
        return std::nullopt;
    }
    const auto account = ServerAccounts(connection->database()).whoAmI(&e);
    if (!account) {
        *error = e;
        return std::nullopt;
    }
    if (account->role == QLatin1String("agent")) {
        *error = refused(QCoreApplication::translate(
                             "ServerViewerSignIn",
                             "'%1' is the sync agent's account: it syncs, it does not sign in "
                             "to the app. Sign in with your own account.")
                             .arg(account->username));
        return std::nullopt;
    }
    if (!account->actingUser().isValid()) {
        *error = refused(QCoreApplication::translate(
                             "ServerViewerSignIn",
                             "'%1' is not a Routiq account on this server. Ask the clinic admin "
                             "to add it with 'routiq-cli --server … user add'.")
                             .arg(account->username));
        return std::nullopt;
    }
    const auto clinics = visibleClinics(connection->database(), &e);
    if (!clinics) {
        *error = e;
        return std::nullopt;
    }
    // In the server's log, as the app's own sign-ins are in the folder's (who and when: the
    // server sets both). Failed attempts never reach a session: the server's own connection
    // log (log_connections) has those.
    if (!ServerAuditLog(connection->database())
             .record(AuditAction::LoginSucceeded, {}, {},
                     QJsonObject{{QStringLiteral("client"), QStringLiteral("app")}}, &e)) {
        *error = e;
        return std::nullopt;
    }
    return ServerViewerAccess{*account, *clinics};
}

std::optional<QList<ClinicConnection>> ServerViewerSignIn::visibleClinics(const QSqlDatabase &db,
                                                                          RoutiqError *error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT id, name, created_at FROM clinics ORDER BY name, id"))) {
        *error = ServerError::fromSql(q.lastError(), QStringLiteral("reading the clinics"));
        return std::nullopt;
    }
    QList<ClinicConnection> out;
    while (q.next()) {
        ClinicConnection c;
        c.id = q.value(0).toString();
        c.name = q.value(1).toString().isEmpty() ? c.id : q.value(1).toString();
        c.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC);
        out.append(c);
    }
    return out;
}

} // namespace routiq
