#pragma once

#include "domain/routiqerror.h"
#include "storage/schemamigrator.h"

#include <QList>
#include <QSqlDatabase>

namespace routiq {

// The tables of accounts, login throttling and the audit log, as numbered migrations for the
// app database's SchemaMigrator (each runs in a transaction and is recorded). The app database
// appends them to its own steps: `firstVersion` is the version the first security step gets
// there (fix it once, then never renumber or edit a shipped step; add new ones at the end).
// SQL stays within SQLite 3.15 (SQLCipher 3.4.1): no UPSERT, window functions or RETURNING.
class SecuritySchema
{
public:
    static QList<Migration> migrations(int firstVersion = 1);

    // Runs every migration in one transaction on `db`. For tests and tools that have no
    // migration runner; the app uses its app database's runner instead.
    static bool createAll(QSqlDatabase db, RoutiqError *error);
};

} // namespace routiq
