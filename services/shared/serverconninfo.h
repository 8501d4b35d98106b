#pragma once

#include "domain/routiqerror.h"

#include <QHostAddress>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace routiq {

// The shared server's address (--server CONNINFO or ROUTIQ_SERVER): a libpq connection string
// of key=value pairs ("host=db.clinic.lan dbname=routiq sslmode=verify-full"), checked before
// any connection is tried:
// - no password in it (it would sit in the shell history and the process list): libpq's own
//   PGPASSFILE (~/.pgpass) or a service file (service=NAME) give it;
// - plain TCP, or TLS that does not verify the server, only to loopback (localhost, 127.0.0.0/8,
//   ::1) or a unix socket (a host starting with '/'); anywhere else sslmode=verify-full — the
//   rule our HTTP client keeps for the PMS.
class ServerConnInfo
{
public:
    static std::optional<ServerConnInfo> parse(const QString &text, RoutiqError *error);

    QString value(const QString &key) const;
    // The same address signed in as `user` (--user NAME): its user= replaced or added.
    ServerConnInfo withUser(const QString &user) const;
    bool verifiesTls() const
    {
        return value(QStringLiteral("sslmode")) == QLatin1String("verify-full");
    }
    // Every host it names is loopback or a unix socket (libpq's default, no host, is the
    // socket, unless PGHOST says otherwise).
    bool onlyLoopback() const;
    // The string handed to libpq, with an application_name, a connect_timeout and TCP
    // keepalive and user-timeout settings (a silently dropped network noticed in about 30 s)
    // added where the user gave none.
    QString libpqString() const;
    // "host=… port=… dbname=… user=…": for messages and the log (never a secret: none is in it).
    QString description() const;

    // Whether a server address the connection ended on is loopback (null: a unix socket).
    static bool isLoopback(const QString &host);

    // `--user NAME`: the role to connect as (replaces a user= pair), and the password typed or
    // read from ROUTIQ_PASSWORD_FILE for it. The password stays in memory: it is handed to
    // QSqlDatabase::open, never to libpqString() or description().
    void setUser(const QString &user);
    void setPassword(const QString &password) { m_password = password; }
    const QString &password() const { return m_password; }
    // A key naming this server in messages and keychain entries: "host:port/dbname".
    QString serverKey() const;

private:
    QList<std::pair<QString, QString>> m_pairs;
    QString m_password;
};

} // namespace routiq
