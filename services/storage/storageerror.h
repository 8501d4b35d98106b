#pragma once

#include "domain/routiqerror.h"

#include <QSqlError>

namespace routiq {

// Turns a QSqlError from the QSQLCIPHER driver into the user-facing RoutiqError: disk full,
// wrong key / not a database, busy, I/O, corrupt. Messages never contain data values.
class StorageError
{
public:
    // SQLite primary result codes the driver reports as QSqlError::nativeErrorCode().
    enum SqliteCode
    {
        Busy = 5,
        Locked = 6,
        ReadOnly = 8,
        IoError = 10,
        Corrupt = 11,
        Full = 13,
        CantOpen = 14,
        NotADatabase = 26
    };

    static int sqliteCode(const QSqlError &error); // 0 when there is none
    static RoutiqError fromSql(const QSqlError &error, const QString &what);
};

} // namespace routiq
