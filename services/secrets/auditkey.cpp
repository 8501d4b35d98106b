#include "auditkey.h"

#include "storage/databasekey.h"

#include <sodium.h>

#include <array>

namespace routiq {

namespace {

// crypto_kdf's context is exactly 8 bytes; it separates this purpose ("audit-mac") from any
// other key a later version derives from the same base.
constexpr char kContext[crypto_kdf_CONTEXTBYTES + 1] = "rtqaudit";
constexpr quint64 kAuditMacSubkey = 1;

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace

static_assert(AuditKey::kSizeBytes == crypto_auth_hmacsha256_KEYBYTES);
static_assert(crypto_kdf_KEYBYTES == 32);

QByteArray AuditKey::derive(const DatabaseKey &base)
{
    if (!base.isValid() || !sodiumReady())
        return {};
    QByteArray out(kSizeBytes, Qt::Uninitialized);
    if (crypto_kdf_derive_from_key(
            reinterpret_cast<unsigned char *>(out.data()), kSizeBytes, kAuditMacSubkey, kContext,
            reinterpret_cast<const unsigned char *>(base.bytes().constData())) != 0)
        return {};
    return out;
}

QByteArray AuditKey::mac(const QByteArray &key, const QByteArray &message)
{
    if (key.size() != kSizeBytes || !sodiumReady())
        return {};
    std::array<unsigned char, crypto_auth_hmacsha256_BYTES> out{};
    crypto_auth_hmacsha256(out.data(), reinterpret_cast<const unsigned char *>(message.constData()),
                           static_cast<unsigned long long>(message.size()),
                           reinterpret_cast<const unsigned char *>(key.constData()));
    return QByteArray(reinterpret_cast<const char *>(out.data()), int(out.size())).toHex();
}

bool AuditKey::verify(const QByteArray &key, const QByteArray &message, const QByteArray &hexMac)
{
    const QByteArray expected = mac(key, message);
    if (expected.isEmpty() || expected.size() != hexMac.size())
        return false;
    return sodium_memcmp(expected.constData(), hexMac.constData(), std::size_t(expected.size())) ==
           0;
}

} // namespace routiq
