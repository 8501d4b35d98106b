#pragma once

#include <QByteArray>

#include <optional>

namespace routiq {

// AES-256-GCM through OpenSSL's EVP interface: random 96-bit nonce per message, 128-bit tag,
// optional associated data bound to the ciphertext (we bind each vault entry to its name).
class AesGcm
{
public:
    struct Sealed
    {
        QByteArray nonce;
        QByteArray ciphertext;
        QByteArray tag;
    };

    static std::optional<Sealed> seal(const QByteArray &key, const QByteArray &plaintext,
                                      const QByteArray &associatedData);
    // nullopt when the key is wrong or anything was tampered with.
    static std::optional<QByteArray> open(const QByteArray &key, const Sealed &sealed,
                                          const QByteArray &associatedData);
};

} // namespace routiq
