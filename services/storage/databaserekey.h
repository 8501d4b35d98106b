#pragma once

#include "domain/databasekey.h"
#include "domain/routiqerror.h"

#include <QString>

namespace routiq {

// Re-keys one encrypted database file (a cache or the app database) for `routiq-cli rekey`, so
// that at every instant the file at `path` is wholly under the old key or wholly under the new
// one: the WAL is checkpointed into the file, sqlcipher_export copies everything into
// "<path>.rekey" under the new key, and that file is renamed over the old one. A run killed at
// any point leaves the old file intact (and perhaps a stale .rekey, overwritten next time).
class DatabaseRekey
{
public:
    // True when `key` opens the file (its first page decrypts and the schema reads).
    static bool opensWith(const QString &path, const DatabaseKey &key);
    static bool rekey(const QString &path, const DatabaseKey &oldKey, const DatabaseKey &newKey,
                      RoutiqError *error);
};

} // namespace routiq
