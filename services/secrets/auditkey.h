#pragma once

#include <QByteArray>

namespace routiq {

class DatabaseKey;

// The key of the audit trail's MACs (entries, the database's head record, audit-head.json and
// the keychain's audit counter), and the MAC itself. The key is derived, never stored: today
// from the app database's key; the per-folder data key unwrapped at sign-in replaces that
// input here, and only here (derive() is the one place that knows what the key comes from).
class AuditKey
{
public:
    static constexpr int kSizeBytes = 32;

    // A 256-bit subkey for the purpose "audit-mac" (libsodium crypto_kdf_derive_from_key,
    // BLAKE2b under `base`, context "rtqaudit", subkey 1). Empty when `base` is not a key.
    static QByteArray derive(const DatabaseKey &base);

    // hex(HMAC-SHA-256(key, message)); empty when `key` is not kSizeBytes long.
    static QByteArray mac(const QByteArray &key, const QByteArray &message);
    // Constant-time comparison of mac(key, message) with `hexMac`.
    static bool verify(const QByteArray &key, const QByteArray &message, const QByteArray &hexMac);
};

} // namespace routiq
