#pragma once

#include "domain/ids.h"
#include "domain/routiqerror.h"
#include "security/accountservice.h"
#include "security/actinguser.h"
#include "security/auditlog.h"
#include "security/authresult.h"
#include "security/demoaccount.h"
#include "security/idlelock.h"
#include "security/passwordhasher.h"
#include "security/securitysettings.h"

#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QThreadPool>

#include <optional>

namespace routiq {

class Clock;

// The app's sign-in state over the app database: the first admin, password sign-in with
// lockout, the demo session, sign-out and the idle lock. GUI-free; pages and the dashboard
// follow its signals. Threads: only Argon2id (~100 ms) runs on a pool thread, on copies of the
// hash and the password; every read and write (throttle, accounts, audit) stays on this
// object's thread and its one app-database connection, so there is never a second writer.
class SignInGate : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        PasswordHasher::Cost hashCost = PasswordHasher::Cost::interactive();
        AccountService::Options accounts; // lockout policy, minimum password length
        // Password sessions only; 0 = never lock. The admin's setting in the app database
        // (SecuritySettings) wins when there is one.
        int idleLockMinutes = 10;
    };

    // `appDatabase` is AppDatabase::database(), used on this thread only; `clock` outlives us.
    SignInGate(QSqlDatabase appDatabase, const Clock *clock, QObject *parent = nullptr);
    SignInGate(QSqlDatabase appDatabase, const Clock *clock, Options options,
               QObject *parent = nullptr);
    ~SignInGate() override;

    // True until the first (non-demo) account exists: show FirstAdminPage, not SignInPage.
    // False with `error` set when the account list cannot be read.
    bool needsFirstAdmin(RoutiqError *error = nullptr) const;
    int minPasswordLength() const { return m_accounts.minPasswordLength(); }

    // Both answer later, never inside the call: signedIn(), or signInFailed() (ACCOUNT_LOCKED
    // with retryAfterSecs > 0 for a countdown). False, and no signal, while busy.
    bool createFirstAdmin(const QString &username, const QString &password);
    bool signIn(const QString &username, const QString &password);
    // The first sign-in of a run: FolderUnlock unwrapped `username`'s key slot and opened the
    // app database; the account is checked and audited here (AccountService::finishSlotLogin).
    bool acceptUnlockedSignIn(const QString &username, qint64 slotGeneration);
    // A new folder's first admin, its password hashed off-thread by FolderUnlock.
    bool adoptFirstAdmin(const QString &username, const QByteArray &passwordHash);
    // `routiq --demo`: synchronous (no password to hash); emits signedIn() on success. The demo
    // session has no idle lock: nobody could sign in to it again from the sign-in page.
    bool signInDemo(const QList<ClinicId> &simulatorClinics, RoutiqError *error = nullptr);

    bool isBusy() const { return m_busy; }
    std::optional<ActingUser> currentUser() const { return m_user; }
    // The user of the last session that was locked or signed out, to prefill the name field.
    QString lastUsername() const { return m_lastUsername; }

    int idleLockMinutes() const { return m_options.idleLockMinutes; }
    // Applies to the running session at once (after SecuritySettings::setIdleLockMinutes).
    void setIdleLockMinutes(int minutes);

    // The one refresh point of "changes apply at once": re-reads the signed-in account
    // (AccountService::reload: an admin may have changed it here or in routiq-cli). Unchanged:
    // returns it. Changed rights (role, clinics, expiry, a password reset): userChanged() first.
    // Disabled, expired or gone: the session ends (audited as "logout", "revoked ...") and
    // revoked() tells why; returns nullopt, as it does with nobody signed in. Called before
    // every user action (AppShell's input filter) and by services' callers that act later.
    std::optional<ActingUser> revalidate();
    // The lock's countdown (remainingMs() for a "locking soon" hint); it runs on its own timer.
    IdleLock &idleLock() { return m_idle; }

    // For the rest of the app: user management, AuditedAccess, the audit viewer.
    AccountService &accounts() { return m_accounts; }
    AuditLog &audit() { return m_audit; }
    SecuritySettings &settings() { return m_settings; }
    const AccessPolicy &policy() const { return m_accounts.policy(); }

public slots:
    // Feed from an application-wide event filter on key and mouse input.
    void userActivity();
    // Ends the session (audited as "logout") and emits signedOut(); nothing if nobody is in.
    void signOut();

signals:
    void busyChanged(bool busy);
    void signedIn(const routiq::ActingUser &user);
    void signInFailed(const routiq::RoutiqError &error, qint64 retryAfterSecs);
    // The idle lock ended the session (audited as "session.idle_lock"): hide patient data and
    // show the sign-in page; the same user or another signs in. Syncing carries on.
    void locked();
    void signedOut();
    // revalidate() found the account's rights changed: show what the new ones allow.
    void userChanged(const routiq::ActingUser &user);
    // revalidate() ended the session: the account was disabled, expired or removed meanwhile.
    void revoked(const routiq::RoutiqError &why);

private:
    void onIdleLockRequested();
    void setBusy(bool busy);
    void finishSignIn(const AuthResult &result);
    void failLater(const RoutiqError &error, qint64 retryAfterSecs = 0);
    void startSession(const ActingUser &user);
    void endSession();

    Options m_options;
    PasswordHasher m_hasher;
    AuditLog m_audit;
    AccountService m_accounts;
    DemoAccount m_demo;
    SecuritySettings m_settings;
    IdleLock m_idle;
    QThreadPool m_pool; // one Argon2id run at a time (64 MiB each)
    std::optional<ActingUser> m_user;
    QString m_lastUsername;
    bool m_busy = false;
};

} // namespace routiq
