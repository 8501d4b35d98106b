#pragma once

#include "domain/databasekey.h"
#include "domain/routiqerror.h"
#include "sqlconnection.h"

#include <QStringList>

#include <memory>

namespace routiq {

class SchemaMigrator;

// What opening an encrypted database file gave: a connection (or a fatal error), and when the
// old file had to be set aside, the "CACHE_SET_ASIDE" notice to show (its new path in details).
struct OpenedDatabase
{
    std::unique_ptr<SqlConnection> connection;
    RoutiqError error;
    RoutiqError setAside;
};

// Opens encrypted database files the one safe way, for the clinic caches and the app database:
// key first, PRAGMA quick_check (unless deferred), refuse a newer schema untouched, WAL verified,
// synchronous = NORMAL, busy timeout, then the migrations. An unreadable file (corrupt, truncated,
// random bytes, empty, plain SQLite, wrong key) is renamed aside with a timestamp, never deleted.
class DatabaseFile
{
public:
    enum class Unreadable
    {
        SetAside,
        Refuse
    };

    // When to run PRAGMA quick_check: on this open (the app database, small), or later, off the
    // open (clinic caches: CacheIntegrity decides when, issue 17).
    enum class IntegrityCheck
    {
        OnOpen,
        Deferred
    };

    static OpenedDatabase openForWriting(const QString &path, const DatabaseKey &key,
                                         const SchemaMigrator &migrator, Unreadable policy,
                                         IntegrityCheck check = IntegrityCheck::OnOpen);

    // A reader connection (own connection, this thread only) on an existing, migrated file.
    static OpenedDatabase openForReading(const QString &path, const DatabaseKey &key,
                                         const SchemaMigrator &migrator);

    // The file and its -wal / -shm / -journal companions that exist.
    static QStringList existingFiles(const QString &path);

    // Renames the file and its companions to "<name>.unreadable-<UTC timestamp>[-n]"; returns
    // the new main path, or empty on failure.
    static QString setAside(const QString &path);

    // Deletes the file and its companions.
    static bool removeFiles(const QString &path, RoutiqError *error);
    // Deletes the copies setAside() made of `path` (and their companions): they hold the same
    // patients under the same key, so removing a clinic must not leave them behind.
    static bool removeSetAsideCopies(const QString &path, RoutiqError *error);

    static constexpr int kBusyTimeoutMs = 5000;
};

} // namespace routiq
