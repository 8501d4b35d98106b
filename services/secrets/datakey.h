#pragma once

#include "domain/databasekey.h"

#include <QByteArray>
#include <QString>

namespace routiq {

// The data folder's one random 256-bit data key. It is never stored in the clear, only wrapped
// in key slots (KeySlotCrypto); every other key of the folder is derived from it with derive():
// the app database ("app-db"), each clinic cache ("clinic:<id>"), the API-key wrapping
// ("api-key:<id>"). Not the audit MAC key: that is a random secret stored inside the app
// database (AuditKey), so that it survives a rekey. Wiped from memory when destroyed.
class DataKey
{
public:
    static constexpr int kSizeBytes = 32;

    DataKey() = default;
    ~DataKey();
    DataKey(const DataKey &other) = default;
    DataKey &operator=(const DataKey &other);
    DataKey(DataKey &&other) noexcept;
    DataKey &operator=(DataKey &&other) noexcept;

    static DataKey generate();                       // libsodium's secure random source
    static DataKey fromBytes(const QByteArray &raw); // invalid unless exactly 32 bytes

    bool isValid() const { return m_bytes.size() == kSizeBytes; }
    const QByteArray &bytes() const { return m_bytes; }

    // A 32-byte subkey for `purpose`: keyed BLAKE2b (libsodium crypto_generichash, a PRF) over
    // "routiq-derive-v1" and the purpose's UTF-8. Different purposes give independent keys, and
    // no derived key gives back the data key or another purpose's key. Empty when invalid.
    QByteArray derive(const QString &purpose) const;
    // derive() as a SQLCipher raw key, for the app database and the caches.
    DatabaseKey databaseKey(const QString &purpose) const;

    // The derivation purposes, in one place so no two uses collide.
    static QString appDatabasePurpose() { return QStringLiteral("app-db"); }
    static QString clinicPurpose(const QString &clinicId)
    {
        return QStringLiteral("clinic:") + clinicId;
    }
    static QString apiKeyPurpose(const QString &clinicId)
    {
        return QStringLiteral("api-key:") + clinicId;
    }

    // `other` sealed (XChaCha20-Poly1305) under derive("rekey-journal"), bound to `context`;
    // open() gives it back, or an invalid key. The rekey journal keeps each key under the other.
    QByteArray seal(const DataKey &other, const QByteArray &context) const;
    DataKey open(const QByteArray &sealed, const QByteArray &context) const;

    friend bool operator==(const DataKey &a, const DataKey &b);

private:
    void wipe();
    QByteArray m_bytes;
};

} // namespace routiq
