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
    // An admin reset the password: AccessPolicy allows nothing until the user chose a new one
    // (AccountService::setPassword for themselves is the one thing that still works).
    bool mustChangePassword = false;

    // Same account with the same rights (a reload that changed nothing).
    bool sameRightsAs(const ActingUser &o) const
    {
        return userId == o.userId && username == o.username && role == o.role &&
               clinics == o.clinics && expiresAt == o.expiresAt && demo == o.demo &&
               mustChangePassword == o.mustChangePassword;
    }

    bool isValid() const { return userId > 0; }
};

} // namespace routiq
