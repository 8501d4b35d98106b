#pragma once

#include "actinguser.h"
#include "domain/routiqerror.h"

#include <QSqlDatabase>

#include <optional>

namespace routiq {

class AuditLog;
class Clock;
class PasswordHasher;

// The built-in account of `routiq --demo`: staff-like, sees only the simulator's clinics, and is
// signed in without typing anything. Its password is random and never kept, and
// AccountService::authenticate refuses it, so the only way in is the --demo composition root.
class DemoAccount
{
public:
    DemoAccount(QSqlDatabase db, const Clock *clock, const PasswordHasher *hasher, AuditLog *audit);

    // Creates the demo account on first use (role staff, flagged is_demo), assigns exactly
    // `simulatorClinics` to it, records the sign-in in the audit log and returns the session.
    std::optional<ActingUser> signIn(const QList<ClinicId> &simulatorClinics, RoutiqError *error);

private:
    QSqlDatabase m_db;
    const Clock *m_clock;
    const PasswordHasher *m_hasher;
    AuditLog *m_audit;
};

} // namespace routiq
