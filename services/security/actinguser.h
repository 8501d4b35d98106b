#pragma once

#include "domain/ids.h"
#include "role.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace routiq {

// Who is signed in: what AccountService::authenticate hands out and what every access check
// and audit entry takes. A value; it is refreshed with AccountService::reload after admin changes.
struct ActingUser
{
    qint64 userId = 0;
    QString username;
    Role role = Role::ReadOnly;
    QList<ClinicId> clinics;            // assigned clinics (ignored for admins: they see all)
    std::optional<QDateTime> expiresAt; // temporary accounts: denied everything from then on (UTC)
    bool demo = false;                  // the built-in `routiq --demo` account

    bool isValid() const { return userId > 0; }
};

} // namespace routiq
