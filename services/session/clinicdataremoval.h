#pragma once

#include "domain/ids.h"
#include "domain/routiqerror.h"

#include <functional>

namespace routiq {

class AppDatabase;
class KeyVault;

// Removes everything Routiq keeps for one clinic connection: its cache files (and their
// -wal/-shm, and the unreadable copies set aside from it), its row in the app database with
// every account's grant to it, and its keychain entries (database key, API key).
// The caller stops the clinic's sync worker and closes its readers first. Files go first: if
// they cannot be deleted nothing else is touched, so the data stays readable for a retry.
class ClinicDataRemoval
{
public:
    using DoneCallback = std::function<void(const RoutiqError &error)>;

    static void remove(AppDatabase *app, KeyVault *vault, const QString &dataDirectory,
                       const ClinicId &clinic, DoneCallback done);
};

} // namespace routiq
