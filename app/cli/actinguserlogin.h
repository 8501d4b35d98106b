#pragma once

#include "security/accesspolicy.h"
#include "security/accountservice.h"
#include "security/actinguser.h"
#include "security/auditanchor.h"
#include "security/auditcounter.h"
#include "security/auditedaccess.h"
#include "security/auditforwarder.h"
#include "security/auditlog.h"
#include "security/passwordhasher.h"
#include "session/folderkeys.h"

#include <functional>
#include <memory>

namespace routiq {
class AppContext;
class Clock;
} // namespace routiq

namespace routiq::cli {

// The acting user of one routiq-cli run, shared by every command that touches clinic data or
// settings. The data folder is locked until a key slot opens: signIn() reads the password from
// ROUTIQ_PASSWORD_FILE or a no-echo prompt, unwraps the account's key slot (lockout counted in
// keyslots.db), unlocks the app context with the data key, then lets AccountService check and
// audit the account (disabled, expired, a revoked slot). A folder without accounts is refused
// (NO_ACCOUNT, saying how to create the first admin); createFirstAdmin() makes it, with the
// recovery key. Once unlocked, keys the audit log (AppContext::auditKey) and keeps its anchor
// (audit-head.json) and keychain counter at the log's head after every append and in settle(),
// which the command waits for before it exits.
class ActingUserLogin
{
public:
    static constexpr auto kNoAccountCode = "NO_ACCOUNT";
    static constexpr auto kLoginRequiredCode = "LOGIN_REQUIRED";

    // `app` and `clock` must outlive this object.
    ActingUserLogin(AppContext &app, const Clock *clock);
    ~ActingUserLogin();
    ActingUserLogin(const ActingUserLogin &) = delete;
    ActingUserLogin &operator=(const ActingUserLogin &) = delete;

    // Signs `username` in (empty = no --user given). On failure returns false with the error
    // and the exit code the CLI uses: 2 for NO_ACCOUNT, LOGIN_REQUIRED and a missing password,
    // 1 for refusals (INVALID_CREDENTIALS, ACCOUNT_LOCKED, NO_KEY_SLOT, ...).
    bool signIn(const QString &username, RoutiqError *error, int *exitCode);

    // Unattended: `secret` (read by the caller from the secret store) opens the agent slot
    // `label`; the agent acts as the admin who made it.
    bool signInAsAgent(const QString &label, const QByteArray &secret, RoutiqError *error);
    // The labels of the folder's agent slots ("agent:<admin>").
    QStringList agentSlotLabels() const;
    static QString agentSlotLabel(const QString &admin) { return QStringLiteral("agent:") + admin; }

    // True when the folder has no account and no data: the first `user add` makes the admin.
    bool isNewFolder() const;
    // The first admin of a new folder: the data key, the admin's slot and account, and the
    // recovery key's slot. Returns the recovery key (print it once) and signs the admin in.
    std::optional<QString> createFirstAdmin(const QString &username, const QString &password,
                                            RoutiqError *error);
    // The recovery key opens the folder; `adminName` (an admin account) gets `newPassword` and
    // a new key slot, and is signed in. Audited.
    bool recover(const QString &adminName, const QString &recoveryKey, const QString &newPassword,
                 RoutiqError *error);

    // The signed-in user (valid after signIn() returned true): pass it to the services, e.g.
    // policy().visibleClinics(user(), ids) for a "metrics for every clinic" loop.
    const ActingUser &user() const { return m_user; }
    const AccessPolicy &policy() const { return m_accounts->policy(); }

    // AccessPolicy::viewAggregates for the signed-in user; a refusal is also recorded in the
    // audit log (access.denied) so probing other clinics leaves a trace.
    RoutiqError viewAggregates(const ClinicId &clinic);
    // A patient-level list (e.g. no-show risk per booking): AuditedAccess::viewPatientLevel,
    // which records the view, or the refusal, before anything is read.
    RoutiqError viewPatientLevel(const ClinicId &clinic, const QString &what);
    // A clinic connection change (add, remove): AuditedAccess::changeConnection.
    RoutiqError changeConnection(const ClinicId &clinic, const QString &what);
    // An API key stored or replaced: AuditedAccess::changeApiKey (the key itself never logged).
    RoutiqError changeApiKey(const ClinicId &clinic, const QString &what);

    // The guard the services take (ClinicConnectionService); valid once signed in.
    const AuditedAccess *access() const { return m_access.get(); }
    // Valid once signed in (or after createFirstAdmin / recover).
    AccountService &accounts() { return *m_accounts; }
    AuditLog &audit() { return *m_audit; }
    FolderKeys &keys() { return m_keys; }
    // Valid once signed in, like audit().
    const AuditAnchor &anchor() const { return *m_anchor; }
    AuditCounter &counter() { return *m_counter; }

    // `audit verify` only reads the anchor and the counter: its own sign-in must not move (or
    // re-create) them.
    void setAnchorUpdates(bool on) { m_anchorUpdates = on; }

    // Anchors what this run appended (entries written inside the account service's
    // transactions are anchored only here) and calls `done` once the keychain counter is
    // written too. A run that wrote nothing (or never signed in) leaves both as they are.
    void settle(std::function<void()> done);

    // Anchors the audit log and lets go of every app-database connection (before `rekey`
    // replaces the file). accounts() and audit() are invalid until reopenServices().
    void closeServices();
    // After the app database was reopened (rekey): the services again, on the new connection.
    void reopenServices();

private:
    void openServices();

    AppContext &m_app;
    const Clock *m_clock;
    PasswordHasher m_hasher;
    FolderKeys m_keys;
    // Made once the app database is open (they need its audit key). The anchor outlives the
    // log, the log outlives the counter and the forwarder that read it.
    std::unique_ptr<AuditAnchor> m_anchor;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<AuditCounter> m_counter;
    std::unique_ptr<AuditForwarder> m_forwarder; // setting security/forwardAuditToOsLog
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<AuditedAccess> m_access;
    ActingUser m_user;
    qint64 m_seqAtStart = 0;
    bool m_anchorUpdates = true;
};

} // namespace routiq::cli
