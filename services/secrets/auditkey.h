#pragma once

#include "domain/routiqerror.h"

#include <QByteArray>
#include <QSqlDatabase>

namespace routiq {

// The key of the audit trail's MACs (entries, the database's head record, audit-head.json and
// the keychain's audit counter), and the MAC itself. The key is a random 256-bit secret kept
// inside the encrypted app database (security_secrets 'audit-mac-key', made by a security
// migration), not derived from the folder's data key: `routiq-cli rekey` gives the folder a new
// data key and copies the database's content, so a derived key would change and every earlier
// entry would fail verification, while the stored one moves with the content. It is readable
// only once the app database is open (after a sign-in). load() is the one place that knows
// where the key comes from.
class AuditKey
{
public:
    static constexpr int kSizeBytes = 32;

    // The audit key of the open app database `db`. Empty (and `error` set) when the row is
    // missing or not kSizeBytes long: then no MAC can be written or checked, which fails closed.
    static QByteArray load(QSqlDatabase db, RoutiqError *error = nullptr);

    // hex(HMAC-SHA-256(key, message)); empty when `key` is not kSizeBytes long.
    static QByteArray mac(const QByteArray &key, const QByteArray &message);
    // Constant-time comparison of mac(key, message) with `hexMac`.
    static bool verify(const QByteArray &key, const QByteArray &message, const QByteArray &hexMac);
};

} // namespace routiq
