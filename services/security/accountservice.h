#pragma once

#include "accesspolicy.h"
#include "account.h"
#include "accountstore.h"
#include "actinguser.h"
#include "auditaction.h"
#include "authresult.h"
#include "loginthrottle.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <memory>
#include <optional>

namespace routiq {

class AccountAdmin;
class AccountSlotKeeper;
class AuditLog;
class Clock;
class PasswordHasher;

// App accounts: the first admin at setup, then admin-only user management, and logins with
// lockout. Every login attempt and every account change goes to the audit log; a change that
// cannot be audited is not made, and a login that cannot be audited is refused.
class AccountService
{
    Q_DECLARE_TR_FUNCTIONS(AccountService)

public:
    struct Options
    {
        LoginThrottle::Policy lockout;
        int minPasswordLength = 10;
        // Where the login throttle counts (keyslots.db in the app, so failures before the app
        // database is open lock out too); invalid = the app database.
        QSqlDatabase throttleDatabase;
        // The key of the hash that names an unknown typed name ("unknown:<hash>"). Empty = the
        // app database's own random key (security_secrets); with the throttle in keyslots.db
        // it must be one that works before the app database is open, the same as FolderKeys
        // uses (FolderKeys::unknownNameKey), so a name counts the same either way.
        QByteArray unknownNameKey;
    };

    struct NewAccount
    {
        QString username;
        QString password;
        Role role = Role::Staff;
        QList<ClinicId> clinics;            // for staff and readonly; ignored for admins
        std::optional<QDateTime> expiresAt; // temporary accounts (UTC)
    };

    // `db` is the app database (used on the thread that opened it); `hasher` and `audit`
    // must outlive the service.
    AccountService(QSqlDatabase db, const Clock *clock, const PasswordHasher *hasher,
                   AuditLog *audit);
    AccountService(QSqlDatabase db, const Clock *clock, const PasswordHasher *hasher,
                   AuditLog *audit, Options options);
    ~AccountService();
    AccountService(const AccountService &) = delete;
    AccountService &operator=(const AccountService &) = delete;

    // True once any (non-demo) account exists: the app shows the login screen, not the
    // first-run "create the admin" screen.
    std::optional<bool> hasAccounts(RoutiqError *error) const;

    // Creates the first admin and signs them in; refused (ACCOUNTS_EXIST) once any account exists.
    std::optional<ActingUser> createFirstAdmin(const QString &username, const QString &password,
                                               RoutiqError *error);

    AuthResult authenticate(const QString &username, const QString &password);

    // The same login in three steps, so an app can run the slow Argon2id check off the GUI
    // thread while the database work stays on the thread that owns the connection:
    // beginLogin (here) -> checkPassword (any thread, CPU only) -> finishLogin (here).
    struct LoginAttempt
    {
        // What the throttle and the audit log name the attempt by: the normalized name of an
        // account, or "unknown:<keyed hash>" for a name that matches none (never what was typed:
        // it may be a password typed into the name field).
        QString key;
        std::optional<Account> account; // none for unknown names (and the demo account)
        QByteArray passwordHash;        // the stored hash, or the decoy for unknown names
        bool hasStoredHash = false;
        std::optional<AuthResult> decided; // locked out or storage error: nothing to check
        // Counted in advance by LoginThrottle::admit (this attempt included), and the lockout
        // that a wrong password starts; finishLogin forgives the count when the password is right.
        int failures = 0;
        qint64 lockDelayMs = 0;
    };
    struct PasswordCheck
    {
        bool matches = false;
        std::optional<QByteArray> rehash; // a fresh hash when the stored one has an old cost
    };
    LoginAttempt beginLogin(const QString &username);
    static PasswordCheck checkPassword(const PasswordHasher &hasher, const QByteArray &passwordHash,
                                       const QString &password);
    AuthResult finishLogin(const LoginAttempt &attempt, const PasswordCheck &check);

    // The login after `username`'s key slot unwrapped the data key (the password is proven by
    // that): refused when the account is gone, disabled or expired, or when the slot carries
    // another generation than the account (an old copy restored after a password change or a
    // disable). Audited like finishLogin; the throttle is reset on success.
    AuthResult finishSlotLogin(const QString &username, qint64 slotGeneration);

    // An unattended agent opened the data key with the agent slot `username` (an admin) made:
    // the admin must still be enabled and not expired. Audited as a login with "agent-slot".
    AuthResult agentLogin(const QString &username, const QString &slotLabel);

    // Once set, adding an account, setting a password and disabling keep its key slot in step.
    void setSlotKeeper(AccountSlotKeeper *keeper) { m_keeper = keeper; }

    // createFirstAdmin in two steps for the same reason: validate here, hash the password
    // anywhere with hasher(), then store that hash here.
    bool validateFirstAdmin(const QString &username, const QString &password,
                            RoutiqError *error) const;
    std::optional<ActingUser> createFirstAdminWithHash(const QString &username,
                                                       const QByteArray &passwordHash,
                                                       RoutiqError *error);

    // The current state of a signed-in user (after an admin changed their role, clinics or
    // disabled them); ACCOUNT_DISABLED / ACCOUNT_EXPIRED / INVALID_CREDENTIALS when no longer
    // valid.
    std::optional<ActingUser> reload(const ActingUser &user, RoutiqError *error) const;

    // Admin only (ACCESS_DENIED otherwise), done by AccountAdmin. Accounts are named by user
    // name. Disable, demotion and expiry never leave no permanent enabled admin (LAST_ADMIN).
    std::optional<Account> addAccount(const ActingUser &actor, const NewAccount &spec,
                                      RoutiqError *error);
    std::optional<QList<Account>> list(const ActingUser &actor, RoutiqError *error) const;
    bool setDisabled(const ActingUser &actor, const QString &username, bool disabled,
                     RoutiqError *error);
    bool setRole(const ActingUser &actor, const QString &username, Role role, RoutiqError *error);
    bool assignClinics(const ActingUser &actor, const QString &username,
                       const QList<ClinicId> &clinics, RoutiqError *error);
    bool setExpiry(const ActingUser &actor, const QString &username,
                   const std::optional<QDateTime> &expiresAt, RoutiqError *error);
    // Admins for anyone; everyone else only for themselves.
    bool setPassword(const ActingUser &actor, const QString &username, const QString &newPassword,
                     RoutiqError *error);

    // Trimmed, lower case; empty when not a valid user name (letters, digits, . _ - @; 1-64).
    static QString normalizeUsername(const QString &username);
    // The name the login throttle (and the audit entry of a failure) uses for what was typed.
    // `known`: the name is an account's (FolderKeys: has a key slot). Unknown names are hashed
    // under `unknownNameKey` ("unknown:<hash>"), never kept as typed.
    static QString throttleKeyFor(const QString &username, bool known,
                                  const QByteArray &unknownNameKey);
    static constexpr auto kDemoUsername = "demo"; // reserved for DemoAccount

    // The admin's setting (SecuritySettings), never below Options::minPasswordLength.
    int minPasswordLength() const;
    const PasswordHasher &hasher() const { return *m_hasher; }
    QSqlDatabase database() const { return m_db; }
    const LoginThrottle &throttle() const { return m_throttle; }
    const AccessPolicy &policy() const { return m_policy; }

private:
    friend class AccountAdmin;
    RoutiqError error(const char *code, const QString &message, const QString &details = {}) const;
    static ActingUser actingUserFrom(const Account &account);
    bool validateNewPassword(const QString &password, RoutiqError *error) const;
    AuthResult failLogin(const LoginAttempt &attempt);
    AuthResult lockedOut(const QString &key, qint64 remainingMs);
    AuthResult acceptLogin(const QString &key, const Account &account,
                           const std::optional<QByteArray> &rehash);
    QByteArray unknownNameSecret() const;

    QSqlDatabase m_db;
    const Clock *m_clock;
    const PasswordHasher *m_hasher;
    AuditLog *m_audit;
    Options m_options;
    AccountStore m_store;
    LoginThrottle m_throttle;
    AccessPolicy m_policy;
    AccountSlotKeeper *m_keeper = nullptr;
    QByteArray m_decoyHash; // verified against for unknown names, so they take as long
    std::unique_ptr<AccountAdmin> m_admin;
    bool validUsername(const QString &normalized, RoutiqError *error) const;
};

} // namespace routiq
