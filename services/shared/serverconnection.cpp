#include "serverconnection.h"

#include "core/logging.h"
#include "servererror.h"
#include "storage/sqlconnection.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace routiq {

ServerConnection::ServerConnection(ServerConnInfo info, std::unique_ptr<SqlConnection> connection)
    : m_info(std::move(info)), m_connection(std::move(connection))
{}

ServerConnection::~ServerConnection() = default;

QSqlDatabase ServerConnection::database() const
{
    return m_connection->database();
}

QString ServerConnection::name() const
{
    return m_connection->name();
}

std::unique_ptr<ServerConnection> ServerConnection::open(const ServerConnInfo &info,
                                                         RoutiqError *error)
{
    return open(info, ServerCredentials{}, error);
}

std::unique_ptr<ServerConnection> ServerConnection::open(const ServerConnInfo &given,
                                                         const ServerCredentials &credentials,
                                                         RoutiqError *error)
{
    const ServerConnInfo info =
        credentials.user.isEmpty() ? given : given.withUser(credentials.user);
    auto failWith = [error](const RoutiqError &e) {
        if (error)
            *error = e;
        return nullptr;
    };
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return failWith(RoutiqError::make(ErrorCode::ServerDriverMissing,
                                          QStringLiteral("Qt SQL driver QPSQL not found")));
    auto connection =
        std::make_unique<SqlConnection>(SqlConnection::uniqueName(QStringLiteral("routiq-server")));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection->name());
        // The whole connection string goes to libpq as it is (QPSQL appends its options).
        db.setConnectOptions(info.libpqString());
        // An empty user leaves the connection string's; the password (the sign-in's, else
        // --user's) is never stored.
        const QString password =
            credentials.password.isEmpty() ? info.password() : credentials.password;
        if (!db.open(QString(), password))
            return failWith(ServerError::connectFailed(info.description(), db.lastError().text()));
        QSqlQuery where(db);
        if (!where.exec(QStringLiteral("SELECT host(inet_server_addr()), ssl FROM pg_stat_ssl "
                                       "WHERE pid = pg_backend_pid()")) ||
            !where.next())
            return failWith(
                ServerError::fromSql(where.lastError(), QStringLiteral("checking the connection")));
        const QString address = where.value(0).isNull() ? QString() : where.value(0).toString();
        if (!ServerConnInfo::isLoopback(address) && !info.verifiesTls())
            return failWith(RoutiqError::make(
                errorCodeName(ErrorCode::ServerInsecure),
                QCoreApplication::translate(
                    "routiq::ServerConnection",
                    "The connection reached a server on another computer without verified TLS "
                    "(a service file or PGHOST named it). Add sslmode=verify-full."),
                info.description() + QStringLiteral(" reached ") + address));
        qCInfo(lcStorage) << "connected to the server" << info.description()
                          << (where.value(1).toBool() ? "over TLS" : "without TLS (loopback)");
    }
    return std::unique_ptr<ServerConnection>(new ServerConnection(info, std::move(connection)));
}

} // namespace routiq
