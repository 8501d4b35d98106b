#pragma once

#include "domain/ids.h"
#include "role.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace routiq {

// An app account as admins see it in the user list (never the password hash).
struct Account
{
    qint64 id = 0;
    QString username; // normalised: trimmed, lower case
    Role role = Role::ReadOnly;
    QList<ClinicId> clinics; // sorted
    bool disabled = false;
    std::optional<QDateTime> expiresAt; // UTC, temporary accounts
    bool demo = false;
    QDateTime createdAt; // UTC
    // The generation of the account's current key slot; a slot that unwraps but carries another
    // generation (a restored old copy) is refused.
    qint64 slotGeneration = 1;
    // An admin reset the password: the next sign-in must choose a new one before anything else.
    bool mustChangePassword = false;
    std::optional<QDateTime> lastLoginAt; // UTC, the last successful sign-in
};

} // namespace routiq
