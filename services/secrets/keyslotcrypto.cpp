#include "keyslotcrypto.h"

#include <sodium.h>

namespace routiq {

namespace {

const char kSecretDomain[] = "routiq-slot-secret-v1";

unsigned char *bytes(QByteArray &a)
{
    return reinterpret_cast<unsigned char *>(a.data());
}
const unsigned char *bytes(const QByteArray &a)
{
    return reinterpret_cast<const unsigned char *>(a.constData());
}

std::optional<QByteArray> passwordKey(const QString &password, const QByteArray &salt,
                                      quint64 opsLimit, quint64 memLimit)
{
    if (salt.size() != crypto_pwhash_SALTBYTES || opsLimit < crypto_pwhash_OPSLIMIT_MIN ||
        memLimit < crypto_pwhash_MEMLIMIT_MIN)
        return std::nullopt;
    QByteArray utf8 = password.toUtf8();
    QByteArray key(crypto_aead_xchacha20poly1305_ietf_KEYBYTES, Qt::Uninitialized);
    const int rc =
        crypto_pwhash(bytes(key), size_t(key.size()), utf8.constData(), size_t(utf8.size()),
                      bytes(salt), opsLimit, size_t(memLimit), crypto_pwhash_ALG_ARGON2ID13);
    sodium_memzero(utf8.data(), size_t(utf8.size()));
    if (rc != 0)
        return std::nullopt;
    return key;
}

QByteArray secretKey(const QByteArray &secret, const QString &folderId)
{
    QByteArray message(kSecretDomain, sizeof(kSecretDomain));
    message += folderId.toUtf8();
    QByteArray key(crypto_aead_xchacha20poly1305_ietf_KEYBYTES, Qt::Uninitialized);
    crypto_generichash(bytes(key), size_t(key.size()), bytes(message), size_t(message.size()),
                       bytes(secret),
                       size_t(qMin<qsizetype>(secret.size(), crypto_generichash_KEYBYTES_MAX)));
    return key;
}

} // namespace

QByteArray KeySlotCrypto::randomSecret(int count)
{
    if (sodium_init() < 0)
        return {};
    QByteArray out(count, Qt::Uninitialized);
    randombytes_buf(out.data(), size_t(out.size()));
    return out;
}

std::optional<KeySlot> KeySlotCrypto::seal(const DataKey &dataKey, const QString &folderId,
                                           KeySlot slot, const QByteArray &wrapKey)
{
    if (!dataKey.isValid() || wrapKey.size() != crypto_aead_xchacha20poly1305_ietf_KEYBYTES)
        return std::nullopt;
    slot.nonce = randomSecret(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    slot.createdAt = QDateTime::currentDateTimeUtc();
    const QByteArray ad = slot.associatedData(folderId);
    slot.ciphertext.resize(dataKey.bytes().size() + crypto_aead_xchacha20poly1305_ietf_ABYTES);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        bytes(slot.ciphertext), &written, bytes(dataKey.bytes()), size_t(dataKey.bytes().size()),
        bytes(ad), size_t(ad.size()), nullptr, bytes(slot.nonce), bytes(wrapKey));
    slot.ciphertext.resize(qsizetype(written));
    return slot;
}

DataKey KeySlotCrypto::open(const KeySlot &slot, const QString &folderId, const QByteArray &wrapKey)
{
    if (wrapKey.size() != crypto_aead_xchacha20poly1305_ietf_KEYBYTES ||
        slot.nonce.size() != crypto_aead_xchacha20poly1305_ietf_NPUBBYTES ||
        slot.ciphertext.size() != DataKey::kSizeBytes + crypto_aead_xchacha20poly1305_ietf_ABYTES)
        return {};
    const QByteArray ad = slot.associatedData(folderId);
    QByteArray plain(DataKey::kSizeBytes, Qt::Uninitialized);
    unsigned long long written = 0;
    const int rc = crypto_aead_xchacha20poly1305_ietf_decrypt(
        bytes(plain), &written, nullptr, bytes(slot.ciphertext), size_t(slot.ciphertext.size()),
        bytes(ad), size_t(ad.size()), bytes(slot.nonce), bytes(wrapKey));
    DataKey key = rc == 0 && written == DataKey::kSizeBytes ? DataKey::fromBytes(plain) : DataKey();
    sodium_memzero(plain.data(), size_t(plain.size()));
    return key;
}

std::optional<KeySlot> KeySlotCrypto::sealWithPassword(const DataKey &dataKey,
                                                       const QString &folderId, KeySlot::Kind kind,
                                                       const QString &label, qint64 generation,
                                                       const QString &password, Cost cost)
{
    if (sodium_init() < 0)
        return std::nullopt;
    KeySlot slot;
    slot.kind = kind;
    slot.label = label;
    slot.generation = generation;
    slot.salt = randomSecret(crypto_pwhash_SALTBYTES);
    slot.opsLimit = cost.opsLimit;
    slot.memLimitBytes = cost.memLimitBytes;
    std::optional<QByteArray> wrap =
        passwordKey(password, slot.salt, slot.opsLimit, slot.memLimitBytes);
    if (!wrap)
        return std::nullopt;
    std::optional<KeySlot> sealed = seal(dataKey, folderId, slot, *wrap);
    sodium_memzero(wrap->data(), size_t(wrap->size()));
    return sealed;
}

std::optional<KeySlot> KeySlotCrypto::sealWithSecret(const DataKey &dataKey,
                                                     const QString &folderId, KeySlot::Kind kind,
                                                     const QString &label, qint64 generation,
                                                     const QByteArray &secret)
{
    if (sodium_init() < 0 || secret.size() < 16)
        return std::nullopt;
    KeySlot slot;
    slot.kind = kind;
    slot.label = label;
    slot.generation = generation;
    QByteArray wrap = secretKey(secret, folderId);
    std::optional<KeySlot> sealed = seal(dataKey, folderId, slot, wrap);
    sodium_memzero(wrap.data(), size_t(wrap.size()));
    return sealed;
}

DataKey KeySlotCrypto::openWithPassword(const KeySlot &slot, const QString &folderId,
                                        const QString &password)
{
    if (sodium_init() < 0)
        return {};
    std::optional<QByteArray> wrap =
        passwordKey(password, slot.salt, slot.opsLimit, slot.memLimitBytes);
    if (!wrap)
        return {};
    DataKey key = open(slot, folderId, *wrap);
    sodium_memzero(wrap->data(), size_t(wrap->size()));
    return key;
}

DataKey KeySlotCrypto::openWithSecret(const KeySlot &slot, const QString &folderId,
                                      const QByteArray &secret)
{
    if (sodium_init() < 0 || secret.size() < 16)
        return {};
    QByteArray wrap = secretKey(secret, folderId);
    DataKey key = open(slot, folderId, wrap);
    sodium_memzero(wrap.data(), size_t(wrap.size()));
    return key;
}

KeySlot KeySlotCrypto::decoy(const QString &label, Cost cost)
{
    KeySlot slot;
    slot.kind = KeySlot::Kind::Account;
    slot.label = label;
    slot.salt = randomSecret(crypto_pwhash_SALTBYTES);
    slot.opsLimit = cost.opsLimit;
    slot.memLimitBytes = cost.memLimitBytes;
    slot.nonce = randomSecret(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    slot.ciphertext = randomSecret(DataKey::kSizeBytes + crypto_aead_xchacha20poly1305_ietf_ABYTES);
    return slot;
}

QByteArray KeySlot::associatedData(const QString &folderId) const
{
    // Length-prefixed fields, so no two different slots share an encoding.
    QByteArray ad("routiq-keyslot-v1;");
    for (const QByteArray &field : {folderId.toUtf8(), keySlotKindName(kind).toUtf8(),
                                    label.toUtf8(), QByteArray::number(generation)})
        ad += QByteArray::number(field.size()) + ':' + field + ';';
    return ad;
}

QString keySlotKindName(KeySlot::Kind kind)
{
    switch (kind) {
    case KeySlot::Kind::Account:
        return QStringLiteral("account");
    case KeySlot::Kind::Recovery:
        return QStringLiteral("recovery");
    case KeySlot::Kind::Agent:
        return QStringLiteral("agent");
    case KeySlot::Kind::Demo:
        return QStringLiteral("demo");
    }
    return {};
}

std::optional<KeySlot::Kind> keySlotKindFromName(const QString &name)
{
    for (KeySlot::Kind k : {KeySlot::Kind::Account, KeySlot::Kind::Recovery, KeySlot::Kind::Agent,
                            KeySlot::Kind::Demo})
        if (keySlotKindName(k) == name)
            return k;
    return std::nullopt;
}

} // namespace routiq
