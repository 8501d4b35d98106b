#pragma once

#include "domain/routiqerror.h"

#include <QSqlError>

namespace routiq {

// A PostgreSQL error in the words of the shared server (the SQLite cache has StorageError):
// SERVER_UNREACHABLE when the connection is down, SERVER_PERMISSION_DENIED when the role may not
// do it, SERVER_ERROR otherwise. `what` says what Routiq was doing; the details carry
// PostgreSQL's text (never a password: none is ever in the connection string).
class ServerError
{
public:
    static RoutiqError fromSql(const QSqlError &error, const QString &what);
    static RoutiqError unreachable(const QString &details);
    // A connection that did not open, in words for what went wrong: the sign-in refused
    // (INVALID_CREDENTIALS for a wrong name or password, ACCOUNT_DISABLED for a NOLOGIN role,
    // LOGIN_REQUIRED when the server wants a password and none was given), the server's
    // certificate refused (SERVER_CERTIFICATE_REFUSED: an unknown authority, another name, no
    // root certificate given), the server asking for TLS the address did not ask for
    // (SERVER_INSECURE), else SERVER_UNREACHABLE. `libpqText` is the driver's message.
    static RoutiqError connectFailed(const QString &address, const QString &libpqText);
    static RoutiqError other(const QString &details); // SERVER_ERROR
    // A read of the cache's shared readers (ReferenceData, PatientDirectory, BookedTimeReader)
    // run on the server connection `connectionName` fails as CACHE_READ_FAILED with only the
    // driver's text: a lost connection becomes SERVER_UNREACHABLE, the rest (a privilege, a
    // statement) SERVER_ERROR. The text alone cannot always tell (libpq's words are localized,
    // and a server shutting down ends statements with several), so when it does not say the
    // connection is lost, the connection is asked (SELECT 1): no answer is SERVER_UNREACHABLE.
    static void fromCacheRead(RoutiqError *error, const QString &connectionName);
    // Does `state` (a SQLSTATE) mean the server went away: class 08 (connection exception) and
    // 57P01-57P05 (shut down, crashed, not accepting connections, database dropped, idle timeout).
    static bool isConnectionLost(const QString &state);
};

} // namespace routiq
