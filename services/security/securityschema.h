#pragma once

#include "domain/routiqerror.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace routiq {

// The tables of accounts, login throttling and the audit log, as numbered migrations for the
// app database's migration runner (which runs each one in a transaction and records it). The
// fields match storage's `Migration` {version, description, statements}, so the app database
// can append these to its own list.
// SQL stays within SQLite 3.15 (SQLCipher 3.4.1): no UPSERT, window functions or RETURNING.
class SecuritySchema
{
public:
    struct Migration
    {
        int version = 0; // 1, 2, ... in order; never renumber, never edit a shipped one
        QString description;
        QStringList statements; // each one complete statement, run with QSqlQuery::exec
    };

    static QList<Migration> migrations();

    // Runs every migration in one transaction on `db`. For tests and tools that have no
    // migration runner; the app uses its app database's runner instead.
    static bool createAll(QSqlDatabase db, RoutiqError *error);
};

} // namespace routiq
