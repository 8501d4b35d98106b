#pragma once

#include <QString>
#include <QStringList>

namespace routiq {

// The shared server's migration 2 (issue 16, "accounts and roles in the database"), kept apart
// from sharedschema.cpp because it is long and is about who sees what, not about the data:
// - account_clinics: the clinics granted to each account (a login role);
// - row-level security on every clinic table: routiq_admin members see every clinic, everyone
//   else (staff, read-only, the agent) the clinics granted to current_user;
// - patient names and phone numbers readable by the agent only (it writes them); staff and
//   admins get them through routiq_patient_list, which audits, read-only never;
// - audit_log: insert-only (actor and time set by the server), read by admins, old entries
//   deleted by routiq_maintenance only;
// - SECURITY DEFINER functions (fixed search_path, EXECUTE revoked from PUBLIC) for the patient
//   list and for account management (CREATE ROLE with a SCRAM verifier, role, login, clinics),
//   each writing its audit entry in the caller's transaction.
QStringList sharedRolesMigration();

// The name rule for accounts (login roles), the same on the client and in the server functions.
inline constexpr auto kAccountNamePattern = "^[a-z][a-z0-9_.-]{0,62}$";

// A migration statement written as a raw string literal, without its surrounding blank lines.
inline QString migrationSql(const char *text)
{
    return QString::fromUtf8(text).trimmed();
}

// How old an audit entry must be before routiq_maintenance may delete it.
inline constexpr int kAuditMinimumAgeDays = 365;

} // namespace routiq
