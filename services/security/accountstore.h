#pragma once

#include "account.h"
#include "domain/routiqerror.h"

#include <QByteArray>
#include <QSqlDatabase>

#include <optional>

namespace routiq {

// The SQL behind accounts: rows of `accounts` and `account_clinics` on the app database
// connection it is given. No policy here (AccountService decides who may change what).
// Lookups return nullopt with a null error for "no such account", with an error on failure.
class AccountStore
{
public:
    explicit AccountStore(QSqlDatabase db);

    QSqlDatabase database() const { return m_db; }

    std::optional<qint64> countUsable(RoutiqError *error) const; // non-demo accounts
    // Enabled admins without an expiry: the ones the last-admin guard keeps at least one of.
    std::optional<qint64> countEnabledAdmins(RoutiqError *error) const;
    std::optional<Account> find(const QString &username, RoutiqError *error) const;
    std::optional<QByteArray> passwordHash(qint64 id, RoutiqError *error) const;
    std::optional<QList<Account>> all(RoutiqError *error) const;

    // Inserts the account and its clinics; returns its id.
    std::optional<qint64> insert(const Account &account, const QByteArray &passwordHash,
                                 RoutiqError *error);
    bool setPasswordHash(qint64 id, const QByteArray &hash, RoutiqError *error);
    bool setDisabled(qint64 id, bool disabled, RoutiqError *error);
    // Set by an admin's password reset, cleared by the account's own change.
    bool setMustChangePassword(qint64 id, bool mustChange, RoutiqError *error);
    bool setLastLogin(qint64 id, const QDateTime &at, RoutiqError *error);
    // The generation the account's key slot must carry (AccountService bumps it on every
    // password change and on disabling, so an older copy of the slot is refused).
    bool setSlotGeneration(qint64 id, qint64 generation, RoutiqError *error);
    bool setRole(qint64 id, Role role, RoutiqError *error);
    bool setExpiry(qint64 id, const std::optional<QDateTime> &expiresAt, RoutiqError *error);
    bool setClinics(qint64 id, const QList<ClinicId> &clinics, RoutiqError *error);

private:
    bool exec(QSqlQuery &q, RoutiqError *error) const;
    bool loadClinics(Account &account, RoutiqError *error) const;

    QSqlDatabase m_db;
};

} // namespace routiq
