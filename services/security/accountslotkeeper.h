#pragma once

#include "domain/routiqerror.h"

#include <QString>

namespace routiq {

// Where AccountService keeps each account's key slot (the data key sealed under Argon2id of
// the account's password): implemented over the data folder's keyslots.db and the data key in
// memory by services/session (FolderKeySlots). AccountService calls it inside the transaction
// of the change it belongs to, so a user is never created or a password never changed without
// its slot; tests of the account rules alone run without one.
class AccountSlotKeeper
{
public:
    virtual ~AccountSlotKeeper() = default;

    // Seals the data key for `username` under `password` with this generation, replacing the
    // account's slot (Argon2id: about 100 ms at the interactive cost).
    virtual bool writeAccountSlot(const QString &username, qint64 generation,
                                  const QString &password, RoutiqError *error) = 0;
    // Removes the account's slot; removing a missing slot succeeds.
    virtual bool removeAccountSlot(const QString &username, RoutiqError *error) = 0;
};

} // namespace routiq
