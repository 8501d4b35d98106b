#pragma once

#include <QStringList>

namespace routiq {

// The shared server's migration 4: temporary accounts (`user add --expires`), kept by the
// database itself. An account's end is its login role's VALID UNTIL: from then on PostgreSQL
// refuses its password, whichever program signs in (Routiq, psql, a report tool).
// - routiq_set_account_expiry(name, until): an admin's (or the set-up role's) way to set or clear
//   (NULL) it, audited as user.expiry; an end in the past is refused, and an admin may not give
//   an end to the last admin account that can sign in (the set-up role may: it can always make
//   a new first admin once none can sign in);
// - routiq_other_admins counts only admin accounts whose end has not come.
QStringList sharedExpiryMigration();

} // namespace routiq
