#include "demoaccount.h"

#include "accountservice.h"
#include "accountstore.h"
#include "auditlog.h"
#include "core/clock.h"
#include "passwordhasher.h"

namespace routiq {

DemoAccount::DemoAccount(QSqlDatabase db, const Clock *clock, const PasswordHasher *hasher,
                         AuditLog *audit)
    : m_db(std::move(db)), m_clock(clock), m_hasher(hasher), m_audit(audit)
{}

std::optional<ActingUser> DemoAccount::signIn(const QList<ClinicId> &simulatorClinics,
                                              RoutiqError *error)
{
    AccountStore store(m_db);
    const QString name = QLatin1String(AccountService::kDemoUsername);
    if (!m_db.transaction()) {
        if (error)
            *error = RoutiqError::make(QStringLiteral("SECURITY_STORAGE"),
                                       QStringLiteral("The demo account could not be prepared."));
        return std::nullopt;
    }
    auto fail = [&] {
        m_db.rollback();
        return std::nullopt;
    };

    RoutiqError storeError;
    std::optional<Account> account = store.find(name, &storeError);
    if (!storeError.isNull()) {
        if (error)
            *error = storeError;
        return fail();
    }
    if (account && !account->demo) {
        // Only possible by editing the database: AccountService reserves the name.
        if (error)
            *error = RoutiqError::make(QStringLiteral("DEMO_NAME_TAKEN"),
                                       QStringLiteral("An ordinary account is named \"demo\"."));
        return fail();
    }
    if (!account) {
        Account a;
        a.username = name;
        a.role = Role::Staff;
        a.demo = true;
        a.createdAt = m_clock->nowUtc();
        // A password nobody knows: a random digest no password hashes to (and no Argon2id run
        // on the GUI thread for it).
        const QByteArray hash = m_hasher->unmatchableHash();
        const auto id = store.insert(a, hash, error);
        if (!id)
            return fail();
        a.id = *id;
        account = a;
    }
    // Staff-like whatever was stored, and exactly the simulator's clinics.
    if ((account->role != Role::Staff && !store.setRole(account->id, Role::Staff, error)) ||
        (account->disabled && !store.setDisabled(account->id, false, error)) ||
        (account->expiresAt && !store.setExpiry(account->id, std::nullopt, error)) ||
        !store.setClinics(account->id, simulatorClinics, error))
        return fail();
    account = store.find(name, error);
    if (!account)
        return fail();

    ActingUser user;
    user.userId = account->id;
    user.username = account->username;
    user.role = Role::Staff;
    user.clinics = account->clinics;
    user.demo = true;
    if (!m_audit->record(user, AuditAction::LoginSucceeded, name,
                         QStringLiteral("demo clinics=%1").arg(user.clinics.join(QLatin1Char(','))),
                         error) ||
        !m_db.commit())
        return fail();
    return user;
}

} // namespace routiq
