#pragma once

#include "accountservice.h"
#include "auditlog.h"

namespace routiq {

// The admin half of AccountService, split out to keep each file small: adding accounts, the
// list, disable/enable, role, clinic grants and expiry. Each is admin-only (ACCESS_DENIED,
// audited), each change and its audit entry are one transaction, and the last-admin guard
// (wouldLeaveNoAdmin) stands in front of every change that could leave no permanent, enabled
// admin: disable, demotion, expiry. Callers use AccountService's methods, which forward here;
// it works on the service's own store, audit log, policy and slot keeper.
class AccountAdmin
{
public:
    explicit AccountAdmin(AccountService *service);

    std::optional<Account> addAccount(const ActingUser &actor,
                                      const AccountService::NewAccount &spec, RoutiqError *error);
    std::optional<QList<Account>> list(const ActingUser &actor, RoutiqError *error) const;
    bool setDisabled(const ActingUser &actor, const QString &username, bool disabled,
                     RoutiqError *error);
    bool setRole(const ActingUser &actor, const QString &username, Role role, RoutiqError *error);
    bool assignClinics(const ActingUser &actor, const QString &username,
                       const QList<ClinicId> &clinics, RoutiqError *error);
    bool setExpiry(const ActingUser &actor, const QString &username,
                   const std::optional<QDateTime> &expiresAt, RoutiqError *error);

    // For AccountService::setPassword's admin reset as well.
    std::optional<Account> findForChange(const ActingUser &actor, const QString &username,
                                         RoutiqError *error) const;
    // True (LAST_ADMIN in `error`) when `target` is the last enabled admin without an expiry.
    bool wouldLeaveNoAdmin(const Account &target, RoutiqError *error) const;
    // Runs `change` and its audit entry in one transaction.
    template <typename Change>
    bool changeAudited(const ActingUser &actor, const Account &target, AuditAction action,
                       const QString &details, RoutiqError *error, Change &&change);

private:
    AccountService *m_s;
};

template <typename Change>
bool AccountAdmin::changeAudited(const ActingUser &actor, const Account &target, AuditAction action,
                                 const QString &details, RoutiqError *err, Change &&change)
{
    if (!m_s->m_db.transaction()) {
        if (err)
            *err = m_s->error("SECURITY_STORAGE",
                              AccountService::tr("The account list could not be saved."));
        return false;
    }
    if (!change() || !m_s->m_audit->record(actor, action, target.username, details, err) ||
        !m_s->m_db.commit()) {
        m_s->m_db.rollback();
        return false;
    }
    return true;
}

} // namespace routiq
