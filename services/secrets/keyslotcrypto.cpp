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

namespace {

// What the sealed data key carries besides the key: a hash of the slot's associated data, so a
// box copied from another slot (another folder, label, generation) does not open here.
QByteArray binding(const KeySlot &slot, const QString &folderId)
{
    const QByteArray ad = slot.associatedData(folderId) + slot.publicKey;
    QByteArray out(16, Qt::Uninitialized);
    crypto_generichash(bytes(out), size_t(out.size()), bytes(ad), size_t(ad.size()), nullptr, 0);
    return out;
}

constexpr int kSealedKeySize = DataKey::kSizeBytes + 16 + crypto_box_SEALBYTES;

// The key pair of a secret slot: derived from the secret, nothing of it stored but the public key.
bool secretKeyPair(const QByteArray &secret, const QString &folderId, QByteArray *pk,
                   QByteArray *sk)
{
    QByteArray seed = secretKey(secret, folderId);
    pk->resize(crypto_box_PUBLICKEYBYTES);
    sk->resize(crypto_box_SECRETKEYBYTES);
    const int rc = crypto_box_seed_keypair(bytes(*pk), bytes(*sk), bytes(seed));
    sodium_memzero(seed.data(), size_t(seed.size()));
    return rc == 0;
}

} // namespace

bool KeySlotCrypto::sealDataKey(KeySlot &slot, const QString &folderId, const DataKey &dataKey)
{
    if (!dataKey.isValid() || slot.publicKey.size() != crypto_box_PUBLICKEYBYTES)
        return false;
    QByteArray plain = dataKey.bytes() + binding(slot, folderId);
    slot.sealedKey.resize(kSealedKeySize);
    const int rc = crypto_box_seal(bytes(slot.sealedKey), bytes(plain), size_t(plain.size()),
                                   bytes(slot.publicKey));
    sodium_memzero(plain.data(), size_t(plain.size()));
    return rc == 0;
}

DataKey KeySlotCrypto::openDataKey(const KeySlot &slot, const QString &folderId,
                                   const QByteArray &privateKey)
{
    if (slot.sealedKey.size() != kSealedKeySize ||
        slot.publicKey.size() != crypto_box_PUBLICKEYBYTES ||
        privateKey.size() != crypto_box_SECRETKEYBYTES)
        return {};
    QByteArray plain(kSealedKeySize - crypto_box_SEALBYTES, Qt::Uninitialized);
    DataKey key;
    if (crypto_box_seal_open(bytes(plain), bytes(slot.sealedKey), size_t(slot.sealedKey.size()),
                             bytes(slot.publicKey), bytes(privateKey)) == 0 &&
        sodium_memcmp(plain.constData() + DataKey::kSizeBytes, binding(slot, folderId).constData(),
                      16) == 0)
        key = DataKey::fromBytes(plain.left(DataKey::kSizeBytes));
    sodium_memzero(plain.data(), size_t(plain.size()));
    return key;
}

std::optional<KeySlot> KeySlotCrypto::sealWithPassword(const DataKey &dataKey,
                                                       const QString &folderId, KeySlot::Kind kind,
                                                       const QString &label, qint64 generation,
                                                       const QString &password, Cost cost)
{
    if (sodium_init() < 0 || !dataKey.isValid())
        return std::nullopt;
    KeySlot slot;
    slot.kind = kind;
    slot.label = label;
    slot.generation = generation;
    slot.createdAt = QDateTime::currentDateTimeUtc();
    slot.salt = randomSecret(crypto_pwhash_SALTBYTES);
    slot.opsLimit = cost.opsLimit;
    slot.memLimitBytes = cost.memLimitBytes;
    QByteArray sk(crypto_box_SECRETKEYBYTES, Qt::Uninitialized);
    slot.publicKey.resize(crypto_box_PUBLICKEYBYTES);
    crypto_box_keypair(bytes(slot.publicKey), bytes(sk));
    std::optional<QByteArray> wrap =
        passwordKey(password, slot.salt, slot.opsLimit, slot.memLimitBytes);
    bool ok = wrap.has_value();
    if (ok) {
        slot.nonce = randomSecret(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
        const QByteArray ad = slot.associatedData(folderId) + slot.publicKey;
        slot.ciphertext.resize(sk.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES);
        unsigned long long written = 0;
        crypto_aead_xchacha20poly1305_ietf_encrypt(bytes(slot.ciphertext), &written, bytes(sk),
                                                   size_t(sk.size()), bytes(ad), size_t(ad.size()),
                                                   nullptr, bytes(slot.nonce), bytes(*wrap));
        slot.ciphertext.resize(qsizetype(written));
        sodium_memzero(wrap->data(), size_t(wrap->size()));
        ok = sealDataKey(slot, folderId, dataKey);
    }
    sodium_memzero(sk.data(), size_t(sk.size()));
    return ok ? std::optional<KeySlot>(slot) : std::nullopt;
}

std::optional<KeySlot> KeySlotCrypto::sealWithSecret(const DataKey &dataKey,
                                                     const QString &folderId, KeySlot::Kind kind,
                                                     const QString &label, qint64 generation,
                                                     const QByteArray &secret)
{
    if (sodium_init() < 0 || secret.size() < 16 || !dataKey.isValid())
        return std::nullopt;
    KeySlot slot;
    slot.kind = kind;
    slot.label = label;
    slot.generation = generation;
    slot.createdAt = QDateTime::currentDateTimeUtc();
    QByteArray sk;
    const bool ok = secretKeyPair(secret, folderId, &slot.publicKey, &sk) &&
                    sealDataKey(slot, folderId, dataKey);
    sodium_memzero(sk.data(), size_t(sk.size()));
    return ok ? std::optional<KeySlot>(slot) : std::nullopt;
}

std::optional<KeySlot> KeySlotCrypto::rewrap(const KeySlot &slot, const QString &folderId,
                                             const DataKey &newKey)
{
    KeySlot out = slot;
    if (sodium_init() < 0 || !sealDataKey(out, folderId, newKey))
        return std::nullopt;
    return out;
}

DataKey KeySlotCrypto::openWithPassword(const KeySlot &slot, const QString &folderId,
                                        const QString &password)
{
    if (sodium_init() < 0 || slot.nonce.size() != crypto_aead_xchacha20poly1305_ietf_NPUBBYTES ||
        slot.ciphertext.size() !=
            crypto_box_SECRETKEYBYTES + crypto_aead_xchacha20poly1305_ietf_ABYTES)
        return {};
    std::optional<QByteArray> wrap =
        passwordKey(password, slot.salt, slot.opsLimit, slot.memLimitBytes);
    if (!wrap)
        return {};
    const QByteArray ad = slot.associatedData(folderId) + slot.publicKey;
    QByteArray sk(crypto_box_SECRETKEYBYTES, Qt::Uninitialized);
    unsigned long long written = 0;
    const int rc = crypto_aead_xchacha20poly1305_ietf_decrypt(
        bytes(sk), &written, nullptr, bytes(slot.ciphertext), size_t(slot.ciphertext.size()),
        bytes(ad), size_t(ad.size()), bytes(slot.nonce), bytes(*wrap));
    sodium_memzero(wrap->data(), size_t(wrap->size()));
    DataKey key = rc == 0 ? openDataKey(slot, folderId, sk) : DataKey();
    sodium_memzero(sk.data(), size_t(sk.size()));
    return key;
}

DataKey KeySlotCrypto::openWithSecret(const KeySlot &slot, const QString &folderId,
                                      const QByteArray &secret)
{
    if (sodium_init() < 0 || secret.size() < 16)
        return {};
    QByteArray pk, sk;
    DataKey key;
    if (secretKeyPair(secret, folderId, &pk, &sk) && pk == slot.publicKey)
        key = openDataKey(slot, folderId, sk);
    sodium_memzero(sk.data(), size_t(sk.size()));
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
    slot.publicKey = randomSecret(crypto_box_PUBLICKEYBYTES);
    slot.nonce = randomSecret(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    slot.ciphertext =
        randomSecret(crypto_box_SECRETKEYBYTES + crypto_aead_xchacha20poly1305_ietf_ABYTES);
    slot.sealedKey = randomSecret(kSealedKeySize);
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
