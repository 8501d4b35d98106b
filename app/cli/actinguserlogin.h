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

#include <memory>

namespace routiq {
class AppContext;
class Clock;
} // namespace routiq

namespace routiq::cli {

// The acting user of one routiq-cli run, shared by every command that touches clinic data or
// settings: refuses a data folder without accounts (NO_ACCOUNT, saying how to create the first
// admin), reads the password from ROUTIQ_PASSWORD_FILE or a no-echo prompt, signs in through
// AccountService (which audits the attempt and applies the lockout) and then answers the
// AccessPolicy checks for the signed-in user. Keys the audit log (AppContext::auditKey) and
// keeps its anchor (audit-head.json) and keychain counter at the log's head after every append
// and in settle(), which the command waits for before it exits.
class ActingUserLogin
{
public:
    static constexpr auto kNoAccountCode = "NO_ACCOUNT";
    static constexpr auto kLoginRequiredCode = "LOGIN_REQUIRED";

    // `app` and `clock` must outlive this object.
    ActingUserLogin(const AppContext &app, const Clock *clock);
    ~ActingUserLogin();
    ActingUserLogin(const ActingUserLogin &) = delete;
    ActingUserLogin &operator=(const ActingUserLogin &) = delete;

    // Signs `username` in (empty = no --user given). On failure returns false with the error
    // and the exit code the CLI uses: 2 for NO_ACCOUNT, LOGIN_REQUIRED and a missing password,
    // 1 for AccountService's refusals (INVALID_CREDENTIALS, ACCOUNT_LOCKED, ...).
    bool signIn(const QString &username, RoutiqError *error, int *exitCode);

    // The signed-in user (valid after signIn() returned true): pass it to the services, e.g.
    // policy().visibleClinics(user(), ids) for a "metrics for every clinic" loop.
    const ActingUser &user() const { return m_user; }
    const AccessPolicy &policy() const { return m_accounts.policy(); }

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

    AccountService &accounts() { return m_accounts; }
    AuditLog &audit() { return m_audit; }
    const AuditAnchor &anchor() const { return m_anchor; }
    AuditCounter &counter() { return m_counter; }

    // Anchors what this run appended (entries written inside the account service's
    // transactions are anchored only here) and calls `done` once the keychain counter is
    // written too. A run that wrote nothing leaves both as they are.
    void settle(std::function<void()> done);

private:
    PasswordHasher m_hasher;
    AuditAnchor m_anchor;
    AuditLog m_audit;
    AuditCounter m_counter;
    std::unique_ptr<AuditForwarder> m_forwarder; // setting security/forwardAuditToOsLog
    AccountService m_accounts;
    AuditedAccess m_access;
    ActingUser m_user;
    qint64 m_seqAtStart = 0;
};

} // namespace routiq::cli
