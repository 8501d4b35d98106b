#pragma once

#include "domain/routiqerror.h"
#include "serverconninfo.h"

#include <QSqlDatabase>

#include <memory>

namespace routiq {

class SqlConnection;

// Who a connection signs in as: the login role (empty: the connection string's user=, else
// libpq's PGUSER or the OS user) and its password (empty: libpq's PGPASSFILE or service file).
// The password goes to the driver only (QSqlDatabase::open), never into the connection string
// or a log line.
struct ServerCredentials
{
    QString user;
    QString password;
};

// One QPSQL connection to the shared server, owned by the thread that opened it (like every
// QSqlDatabase connection); closed and removed when destroyed. After connecting it checks where
// the connection ended up: a service file or PGHOST may name another computer than the
// connection string did, and plain TCP is refused there too.
class ServerConnection
{
public:
    static std::unique_ptr<ServerConnection> open(const ServerConnInfo &info, RoutiqError *error);
    static std::unique_ptr<ServerConnection>
    open(const ServerConnInfo &info, const ServerCredentials &credentials, RoutiqError *error);
    ~ServerConnection();

    QSqlDatabase database() const;
    QString name() const;
    const ServerConnInfo &info() const { return m_info; }

private:
    ServerConnection(ServerConnInfo info, std::unique_ptr<SqlConnection> connection);

    ServerConnInfo m_info;
    std::unique_ptr<SqlConnection> m_connection;
};

} // namespace routiq
