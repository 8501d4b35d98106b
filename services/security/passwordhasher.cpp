#include "passwordhasher.h"

#include "core/logging.h"

#include <sodium.h>

#include <array>

namespace routiq {

namespace {

// sodium_init() is thread-safe and idempotent, but it is cheaper to ask once per process.
bool sodiumReady()
{
    static const bool ready = [] {
        if (sodium_init() < 0) {
            qCCritical(lcSecurity) << "libsodium failed to initialise";
            return false;
        }
        return true;
    }();
    return ready;
}

// The password as UTF-8 in a buffer that is wiped when it goes out of scope.
class WipedUtf8
{
public:
    explicit WipedUtf8(const QString &s) : m_bytes(s.toUtf8()) {}
    ~WipedUtf8() { sodium_memzero(m_bytes.data(), std::size_t(m_bytes.size())); }
    WipedUtf8(const WipedUtf8 &) = delete;
    WipedUtf8 &operator=(const WipedUtf8 &) = delete;

    const char *data() const { return m_bytes.constData(); }
    unsigned long long size() const { return static_cast<unsigned long long>(m_bytes.size()); }

private:
    QByteArray m_bytes;
};

// crypto_pwhash_str_* want a NUL-terminated string that fits crypto_pwhash_STRBYTES.
std::optional<std::array<char, crypto_pwhash_STRBYTES>> toHashBuffer(const QByteArray &encoded)
{
    if (encoded.isEmpty() || encoded.size() >= qsizetype(crypto_pwhash_STRBYTES) ||
        encoded.contains('\0'))
        return std::nullopt;
    std::array<char, crypto_pwhash_STRBYTES> buf{};
    std::copy(encoded.cbegin(), encoded.cend(), buf.begin());
    return buf;
}

} // namespace

PasswordHasher::Cost PasswordHasher::Cost::interactive()
{
    return {crypto_pwhash_argon2id_OPSLIMIT_INTERACTIVE,
            crypto_pwhash_argon2id_MEMLIMIT_INTERACTIVE};
}

PasswordHasher::Cost PasswordHasher::Cost::testingOnly()
{
    return {crypto_pwhash_argon2id_OPSLIMIT_MIN, crypto_pwhash_argon2id_MEMLIMIT_MIN};
}

PasswordHasher::PasswordHasher(Cost cost) : m_cost(cost)
{
    sodiumReady();
}

std::optional<QByteArray> PasswordHasher::hash(const QString &password) const
{
    if (!sodiumReady())
        return std::nullopt;
    const WipedUtf8 pw(password);
    std::array<char, crypto_pwhash_STRBYTES> out{};
    if (crypto_pwhash_str_alg(out.data(), pw.data(), pw.size(), m_cost.opsLimit,
                              m_cost.memLimitBytes, crypto_pwhash_ALG_ARGON2ID13) != 0) {
        qCWarning(lcSecurity) << "Argon2id hashing failed (out of memory?)";
        return std::nullopt;
    }
    return QByteArray(out.data());
}

bool PasswordHasher::verify(const QByteArray &encodedHash, const QString &password) const
{
    if (!sodiumReady())
        return false;
    const auto buf = toHashBuffer(encodedHash);
    if (!buf)
        return false;
    const WipedUtf8 pw(password);
    return crypto_pwhash_str_verify(buf->data(), pw.data(), pw.size()) == 0;
}

bool PasswordHasher::needsRehash(const QByteArray &encodedHash) const
{
    if (!sodiumReady())
        return true;
    const auto buf = toHashBuffer(encodedHash);
    if (!buf)
        return true;
    // Non-zero means other parameters (1) or not an Argon2id hash at all (-1).
    return crypto_pwhash_argon2id_str_needs_rehash(buf->data(), m_cost.opsLimit,
                                                   m_cost.memLimitBytes) != 0;
}

QByteArray PasswordHasher::unmatchableHash() const
{
    sodiumReady();
    // libsodium's own encoding (argon2-encoding.c): unpadded standard base64, memory in KiB.
    auto base64 = [](const unsigned char *bin, std::size_t size) {
        std::array<char, 128> out{};
        sodium_bin2base64(out.data(), out.size(), bin, size,
                          sodium_base64_VARIANT_ORIGINAL_NO_PADDING);
        return QByteArray(out.data());
    };
    std::array<unsigned char, crypto_pwhash_argon2id_SALTBYTES> salt{};
    std::array<unsigned char, 32> digest{}; // crypto_pwhash_str's digest length (STR_HASHBYTES)
    randombytes_buf(salt.data(), salt.size());
    randombytes_buf(digest.data(), digest.size());
    return QByteArray("$argon2id$v=19$m=") +
           QByteArray::number(quint64(m_cost.memLimitBytes / 1024)) +
           ",t=" + QByteArray::number(m_cost.opsLimit) + ",p=1$" +
           base64(salt.data(), salt.size()) + '$' + base64(digest.data(), digest.size());
}

} // namespace routiq
