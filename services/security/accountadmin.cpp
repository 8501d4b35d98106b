#include "accountadmin.h"

#include "accountservice.h"
#include "accountslotkeeper.h"
#include "auditlog.h"
#include "core/clock.h"
#include "passwordhasher.h"

namespace routiq {

namespace {

QString clinicList(const QList<ClinicId> &clinics)
{
    return clinics.join(QLatin1Char(','));
}

} // namespace

AccountAdmin::AccountAdmin(AccountService *service) : m_s(service) {}

std::optional<Account> AccountAdmin::findForChange(const ActingUser &actor, const QString &username,
                                                   RoutiqError *err) const
{
    if (RoutiqError denied = m_s->m_policy.manageUsers(actor); !denied.isNull()) {
        m_s->m_audit->record(actor, AuditAction::AccessDenied, username.left(64),
                             QStringLiteral("permission=manage_users"));
        if (err)
            *err = denied;
        return std::nullopt;
    }
    RoutiqError storeError;
    const auto account =
        m_s->m_store.find(AccountService::normalizeUsername(username), &storeError);
    if (!account || account->demo) {
        if (err)
            *err = storeError.isNull()
                       ? m_s->error("UNKNOWN_ACCOUNT",
                                    AccountService::tr("There is no account with this user name."))
                       : storeError;
        return std::nullopt;
    }
    return account;
}

bool AccountAdmin::wouldLeaveNoAdmin(const Account &target, RoutiqError *err) const
{
    // Only permanent admins count: a temporary admin ends by itself anyway.
    if (target.role != Role::Admin || target.disabled || target.expiresAt)
        return false;
    const auto admins = m_s->m_store.countEnabledAdmins(err);
    if (admins && *admins > 1)
        return false;
    if (admins && err)
        *err = m_s->error("LAST_ADMIN",
                          AccountService::tr("This is the last active admin account. Make another "
                                             "account admin first."));
    return true;
}

std::optional<Account> AccountAdmin::addAccount(const ActingUser &actor,
                                                const AccountService::NewAccount &spec,
                                                RoutiqError *err)
{
    if (RoutiqError denied = m_s->m_policy.manageUsers(actor); !denied.isNull()) {
        m_s->m_audit->record(actor, AuditAction::AccessDenied, {},
                             QStringLiteral("permission=manage_users"));
        if (err)
            *err = denied;
        return std::nullopt;
    }
    Account a;
    a.username = AccountService::normalizeUsername(spec.username);
    if (a.username.isEmpty() || a.username == QLatin1String(AccountService::kDemoUsername)) {
        if (err)
            *err = m_s->error("INVALID_USERNAME",
                              AccountService::tr("Choose a user name of letters and digits "
                                                 "(and . _ - @), up to 64 characters."));
        return std::nullopt;
    }
    RoutiqError storeError;
    if (m_s->m_store.find(a.username, &storeError) || !storeError.isNull()) {
        if (err)
            *err = storeError.isNull()
                       ? m_s->error("USERNAME_TAKEN",
                                    AccountService::tr("This user name is taken already."))
                       : storeError;
        return std::nullopt;
    }
    if (!m_s->validateNewPassword(spec.password, err))
        return std::nullopt;
    const auto hash = m_s->m_hasher->hash(spec.password);
    if (!hash) {
        if (err)
            *err = m_s->error("PASSWORD_HASH_FAILED",
                              AccountService::tr("The password could not be secured."));
        return std::nullopt;
    }
    a.role = spec.role;
    a.clinics = spec.role == Role::Admin ? QList<ClinicId>() : spec.clinics;
    a.expiresAt = spec.expiresAt;
    a.createdAt = m_s->m_clock->nowUtc();
    std::sort(a.clinics.begin(), a.clinics.end());
    a.clinics.erase(std::unique(a.clinics.begin(), a.clinics.end()), a.clinics.end());

    QString details =
        QStringLiteral("role=%1 clinics=%2").arg(roleName(a.role), clinicList(a.clinics));
    if (a.expiresAt)
        details += QStringLiteral(" expires=%1").arg(a.expiresAt->toUTC().toString(Qt::ISODate));
    const bool ok = changeAudited(actor, a, AuditAction::UserCreated, details, err, [&] {
        const auto id = m_s->m_store.insert(a, *hash, err);
        if (id)
            a.id = *id;
        return id.has_value() &&
               (!m_s->m_keeper ||
                m_s->m_keeper->writeAccountSlot(a.username, a.slotGeneration, spec.password, err));
    });
    if (!ok)
        return std::nullopt;
    return a;
}

std::optional<QList<Account>> AccountAdmin::list(const ActingUser &actor, RoutiqError *err) const
{
    if (RoutiqError denied = m_s->m_policy.manageUsers(actor); !denied.isNull()) {
        m_s->m_audit->record(actor, AuditAction::AccessDenied, {},
                             QStringLiteral("permission=manage_users list"));
        if (err)
            *err = denied;
        return std::nullopt;
    }
    auto all = m_s->m_store.all(err);
    if (!all)
        return std::nullopt;
    all->erase(std::remove_if(all->begin(), all->end(), [](const Account &a) { return a.demo; }),
               all->end());
    return all;
}

bool AccountAdmin::setDisabled(const ActingUser &actor, const QString &username, bool disabled,
                               RoutiqError *err)
{
    const auto target = findForChange(actor, username, err);
    if (!target || (disabled && wouldLeaveNoAdmin(*target, err)))
        return false;
    // Disabling also moves the slot generation on, inside the encrypted database: the slot is
    // removed, and a copy of it restored later is refused. Enabling gives no slot back; the
    // account signs in again after an admin sets a new password.
    const qint64 generation = target->slotGeneration + (disabled ? 1 : 0);
    if (!changeAudited(actor, *target,
                       disabled ? AuditAction::UserDisabled : AuditAction::UserEnabled, {}, err,
                       [&] {
                           return m_s->m_store.setDisabled(target->id, disabled, err) &&
                                  m_s->m_store.setSlotGeneration(target->id, generation, err);
                       }))
        return false;
    if (disabled && m_s->m_keeper) // after the commit: a slot left behind is refused by generation
        m_s->m_keeper->removeAccountSlot(target->username, nullptr);
    return true;
}

bool AccountAdmin::setRole(const ActingUser &actor, const QString &username, Role role,
                           RoutiqError *err)
{
    const auto target = findForChange(actor, username, err);
    if (!target || (role != Role::Admin && wouldLeaveNoAdmin(*target, err)))
        return false;
    const QString details =
        QStringLiteral("from=%1 to=%2").arg(roleName(target->role), roleName(role));
    return changeAudited(actor, *target, AuditAction::UserRoleChanged, details, err,
                         [&] { return m_s->m_store.setRole(target->id, role, err); });
}

bool AccountAdmin::assignClinics(const ActingUser &actor, const QString &username,
                                 const QList<ClinicId> &clinics, RoutiqError *err)
{
    const auto target = findForChange(actor, username, err);
    if (!target)
        return false;
    return changeAudited(actor, *target, AuditAction::UserClinicsChanged,
                         QStringLiteral("clinics=%1").arg(clinicList(clinics)), err,
                         [&] { return m_s->m_store.setClinics(target->id, clinics, err); });
}

bool AccountAdmin::setExpiry(const ActingUser &actor, const QString &username,
                             const std::optional<QDateTime> &expiresAt, RoutiqError *err)
{
    const auto target = findForChange(actor, username, err);
    if (!target || (expiresAt && wouldLeaveNoAdmin(*target, err)))
        return false;
    const QString details =
        expiresAt ? QStringLiteral("expires=%1").arg(expiresAt->toUTC().toString(Qt::ISODate))
                  : QStringLiteral("expires=never");
    return changeAudited(actor, *target, AuditAction::UserExpiryChanged, details, err,
                         [&] { return m_s->m_store.setExpiry(target->id, expiresAt, err); });
}

} // namespace routiq
