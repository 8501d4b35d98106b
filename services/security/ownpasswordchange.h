#pragma once

#include "actinguser.h"
#include "domain/routiqerror.h"

#include <QCoreApplication>

namespace routiq {

class AccountService;
class AuditLog;

// A signed-in user changes their own password in the app: the current password is checked
// first (someone at an unlocked screen cannot take the account over), then the change goes
// through AccountService::setPassword like every other, so the key slot follows it and an
// admin's "must change" flag is cleared. A wrong current password is audited and refused.
class OwnPasswordChange
{
    Q_DECLARE_TR_FUNCTIONS(OwnPasswordChange)

public:
    OwnPasswordChange(AccountService *accounts, AuditLog *audit);

    // WRONG_PASSWORD when `current` is not the account's password; WEAK_PASSWORD etc. from
    // AccountService. Runs Argon2id twice (check, new hash) on the calling thread.
    bool change(const ActingUser &user, const QString &current, const QString &next,
                RoutiqError *error);

private:
    AccountService *m_accounts;
    AuditLog *m_audit;
};

} // namespace routiq
