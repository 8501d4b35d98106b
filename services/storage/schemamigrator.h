#pragma once

#include "domain/routiqerror.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace routiq {

// One numbered schema step. Versions start at 1 and have no gaps.
struct Migration
{
    int version = 0;
    QString description;
    QStringList statements; // SQL for SQLite 3.15 (no UPSERT, no window functions), or for
                            // PostgreSQL in the shared server's schema
};

// Brings a database to the newest schema this app knows: each migration runs in its own
// transaction and is recorded in `schema_version`. A database written by a newer app is refused
// before anything is written. Shared by the clinic caches, the app database and (on PostgreSQL)
// the shared server's schema.
class SchemaMigrator
{
public:
    SchemaMigrator(QString databaseLabel, QList<Migration> migrations);

    int latestVersion() const;

    // The highest applied version (0 for an empty database), read without writing; -1 on error.
    static int currentVersion(const QSqlDatabase &db, RoutiqError *error);

    // "CACHE_FROM_NEWER_APP" when `current` is newer than this app, else a null error.
    RoutiqError checkNotNewer(int current) const;

    bool migrate(QSqlDatabase db, RoutiqError *error) const;

private:
    QString m_label;
    QList<Migration> m_migrations;
};

} // namespace routiq
