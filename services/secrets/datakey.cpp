#include "datakey.h"

#include <sodium.h>

#include <utility>

namespace routiq {

namespace {
const char kDeriveDomain[] = "routiq-derive-v1";
}

DataKey::~DataKey()
{
    wipe();
}

DataKey &DataKey::operator=(const DataKey &other)
{
    if (this != &other) {
        wipe();
        m_bytes = other.m_bytes;
    }
    return *this;
}

DataKey::DataKey(DataKey &&other) noexcept : m_bytes(std::exchange(other.m_bytes, {})) {}

DataKey &DataKey::operator=(DataKey &&other) noexcept
{
    if (this != &other) {
        wipe();
        m_bytes = std::exchange(other.m_bytes, {});
    }
    return *this;
}

void DataKey::wipe()
{
    // Only when this object is the sole owner: a shared buffer is still in use elsewhere.
    if (!m_bytes.isEmpty() && m_bytes.isDetached())
        sodium_memzero(m_bytes.data(), size_t(m_bytes.size()));
    m_bytes.clear();
}

DataKey DataKey::generate()
{
    if (sodium_init() < 0)
        return {};
    DataKey key;
    key.m_bytes.resize(kSizeBytes);
    randombytes_buf(key.m_bytes.data(), kSizeBytes);
    return key;
}

DataKey DataKey::fromBytes(const QByteArray &raw)
{
    DataKey key;
    if (raw.size() == kSizeBytes)
        key.m_bytes = QByteArray(raw.constData(), raw.size()); // own copy, wiped by us
    return key;
}

QByteArray DataKey::derive(const QString &purpose) const
{
    if (!isValid() || sodium_init() < 0)
        return {};
    QByteArray message(kDeriveDomain, sizeof(kDeriveDomain)); // includes the NUL separator
    message += purpose.toUtf8();
    QByteArray out(32, Qt::Uninitialized);
    crypto_generichash(
        reinterpret_cast<unsigned char *>(out.data()), size_t(out.size()),
        reinterpret_cast<const unsigned char *>(message.constData()), size_t(message.size()),
        reinterpret_cast<const unsigned char *>(m_bytes.constData()), size_t(m_bytes.size()));
    return out;
}

DatabaseKey DataKey::databaseKey(const QString &purpose) const
{
    QByteArray raw = derive(purpose);
    DatabaseKey key = DatabaseKey::fromBytes(raw);
    sodium_memzero(raw.data(), size_t(raw.size()));
    return key;
}

QByteArray DataKey::seal(const DataKey &other, const QByteArray &context) const
{
    if (!isValid() || !other.isValid())
        return {};
    QByteArray key = derive(QStringLiteral("rekey-journal"));
    QByteArray out(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + kSizeBytes +
                       crypto_aead_xchacha20poly1305_ietf_ABYTES,
                   Qt::Uninitialized);
    auto *nonce = reinterpret_cast<unsigned char *>(out.data());
    randombytes_buf(nonce, crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        nonce + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, &written,
        reinterpret_cast<const unsigned char *>(other.m_bytes.constData()), kSizeBytes,
        reinterpret_cast<const unsigned char *>(context.constData()), size_t(context.size()),
        nullptr, nonce, reinterpret_cast<const unsigned char *>(key.constData()));
    sodium_memzero(key.data(), size_t(key.size()));
    return out;
}

DataKey DataKey::open(const QByteArray &sealed, const QByteArray &context) const
{
    if (!isValid() || sealed.size() != crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + kSizeBytes +
                                           crypto_aead_xchacha20poly1305_ietf_ABYTES)
        return {};
    QByteArray key = derive(QStringLiteral("rekey-journal"));
    QByteArray plain(kSizeBytes, Qt::Uninitialized);
    const auto *nonce = reinterpret_cast<const unsigned char *>(sealed.constData());
    unsigned long long written = 0;
    const int rc = crypto_aead_xchacha20poly1305_ietf_decrypt(
        reinterpret_cast<unsigned char *>(plain.data()), &written, nullptr,
        nonce + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES,
        size_t(sealed.size()) - crypto_aead_xchacha20poly1305_ietf_NPUBBYTES,
        reinterpret_cast<const unsigned char *>(context.constData()), size_t(context.size()), nonce,
        reinterpret_cast<const unsigned char *>(key.constData()));
    sodium_memzero(key.data(), size_t(key.size()));
    DataKey out = rc == 0 ? fromBytes(plain) : DataKey();
    sodium_memzero(plain.data(), size_t(plain.size()));
    return out;
}

bool operator==(const DataKey &a, const DataKey &b)
{
    return a.isValid() && b.isValid() &&
           sodium_memcmp(a.m_bytes.constData(), b.m_bytes.constData(), DataKey::kSizeBytes) == 0;
}

} // namespace routiq
