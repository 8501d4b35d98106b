#pragma once

#include "domain/routiqerror.h"

#include <QSqlError>
#include <QString>

class QSqlDatabase;

namespace routiq {

class DatabaseKey;

// Keeps `PRAGMA quick_check` off a clinic cache's open (issue 17, docs/decisions.md): a marker
// file "<cache>.open" exists while a writer has the cache open and is removed on a clean
// close, so a marker found at open means the last writer was killed or crashed. Then, on a
// background schedule and on demand, the check runs on a connection of its own; what it finds
// is handled as at open before (set aside, resync, tell the user).
class CacheIntegrity
{
public:
    // "<cache>.open": present while a writer has the cache open (and after it died).
    static QString markerPath(const QString &databasePath);
    // True when the marker is there (the last writer did not close cleanly).
    static bool uncleanMarkerPresent(const QString &databasePath);
    // Creates the marker (owner-only, empty). False when it cannot be written.
    static bool writeMarker(const QString &databasePath);
    static void removeMarker(const QString &databasePath);

    // Runs quick_check on `db`: empty when sound, else the problems (at most 500 characters).
    // A failing statement fills `sqlError` (and its text is returned).
    static QString quickCheck(const QSqlDatabase &db, QSqlError *sqlError);

    // Opens its own reader connection on the cache and checks it: a null error when sound,
    // CACHE_CORRUPT when damaged (or unreadable with this key), another code when the check
    // could not run (busy, missing file).
    static RoutiqError checkFile(const QString &databasePath, const DatabaseKey &key);

    // CACHE_CORRUPT, for a check that found damage (details: the first problems, no data).
    static RoutiqError corrupt(const QString &details);
    // True for the errors that mean the file is damaged (not busy, not a missing driver).
    static bool isCorruption(const RoutiqError &error);

    // The notice shown after a damaged cache was set aside (details: its new path).
    static RoutiqError setAsideNotice(const QString &asidePath);
};

} // namespace routiq
