#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace routiq {

// What an audit entry records. Stored by its stable name ("login.failed"), which the audit
// hash covers, so never rename one that has shipped.
enum class AuditAction
{
    LoginSucceeded,       // login.ok
    LoginFailed,          // login.failed: wrong password or unknown name
    LoginRefused,         // login.refused: right password, but disabled or expired
    LoginWhileLocked,     // login.locked: attempt during a lockout (password not checked)
    AccountLockedOut,     // account.lockout: a failure started a lockout
    SignedOut,            // logout
    IdleLocked,           // session.idle_lock
    PatientLevelViewed,   // patient_level.view: a drill-down or worklist with patient rows
    ExportedAggregates,   // export.aggregates
    ExportedPatientLevel, // export.patient_level
    ConnectionChanged,    // connection.change
    ApiKeyChanged,        // api_key.change
    UserCreated,          // user.create
    UserDisabled,         // user.disable
    UserEnabled,          // user.enable
    UserRoleChanged,      // user.role
    UserClinicsChanged,   // user.clinics
    UserPasswordChanged,  // user.password
    UserExpiryChanged,    // user.expiry
    AccessDenied,         // access.denied: a service refused a request
    AuditViewed,          // audit.view
    AuditReanchored,      // audit.reanchor: an admin accepted the log as it is (re-anchor)
    KeySlotChanged,       // key_slot.change: an agent slot added or removed, a recovery used
    ContactNoteRecorded,  // patient.contact_note: a re-engagement "contacted on" note saved
    SettingChanged,       // setting.change: an admin's security setting (idle lock, ...)
    AuditExported,        // audit.export: the audit log (or a filtered part) saved as CSV
    ApiTokenReused,       // api.token_reuse: a used refresh token came back; its family revoked
    ApiRefreshRequested,  // api.refresh: an early sync poll asked through the API
};

QString auditActionName(AuditAction action);
std::optional<AuditAction> auditActionFromName(const QString &name);
QStringList auditActionNames(); // every stable name, in declaration order (viewer filters)

} // namespace routiq
