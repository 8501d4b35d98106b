#pragma once

#include <QStringList>

namespace routiq {

// The shared server's migration 3 (issue 16, "moving a single-PC folder into a server"): the
// set-up role's own way in for `server import`, nobody else's.
// - routiq_import_account: a login role in its group with its clinic grants, made by the set-up
//   role (routiq_create_account lets it make the first admin only), LOGIN with a SCRAM verifier
//   or NOLOGIN (an account disabled in the folder), audited as user.import;
// - routiq_import_audit: one entry of the folder's audit log with its original time and actor
//   and {"imported": true, ...} in its detail. routiq_audit_stamp lets an explicit time and
//   actor through only while this function runs (a transaction-local flag it sets and clears)
//   AND the signed-in role is the audit table's owner: every account stays refused, the log
//   stays insert-only for them.
// Both: SECURITY DEFINER, EXECUTE revoked from PUBLIC and granted to nobody, and they check
// that the caller is the owner (session_user = current_user) themselves.
QStringList sharedImportMigration();

} // namespace routiq
