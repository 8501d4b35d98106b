#include "ownpasswordchange.h"

#include "accountservice.h"
#include "accountstore.h"
#include "auditlog.h"
#include "passwordhasher.h"

namespace routiq {

OwnPasswordChange::OwnPasswordChange(AccountService *accounts, AuditLog *audit)
    : m_accounts(accounts), m_audit(audit)
{}

bool OwnPasswordChange::change(const ActingUser &user, const QString &current, const QString &next,
                               RoutiqError *error)
{
    const AccountStore store(m_accounts->database());
    RoutiqError storeError;
    const auto account =
        user.isValid() && !user.demo ? store.find(user.username, &storeError) : std::nullopt;
    const auto hash = account && account->id == user.userId
                          ? store.passwordHash(account->id, &storeError)
                          : std::nullopt;
    if (!hash || !m_accounts->hasher().verify(*hash, current)) {
        if (storeError.isNull()) {
            m_audit->record(user, AuditAction::AccessDenied, user.username,
                            QStringLiteral("own password change: wrong current password"));
            storeError = RoutiqError::make(ErrorCode::WrongPassword);
        }
        if (error)
            *error = storeError;
        return false;
    }
    return m_accounts->setPassword(user, user.username, next, error);
}

} // namespace routiq
