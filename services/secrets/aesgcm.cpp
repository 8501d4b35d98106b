#include "aesgcm.h"

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <memory>

namespace routiq {

namespace {

constexpr int kKeyBytes = 32;
constexpr int kNonceBytes = 12;
constexpr int kTagBytes = 16;

using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

const unsigned char *bytes(const QByteArray &a)
{
    return reinterpret_cast<const unsigned char *>(a.constData());
}

} // namespace

std::optional<AesGcm::Sealed> AesGcm::seal(const QByteArray &key, const QByteArray &plaintext,
                                           const QByteArray &associatedData)
{
    if (key.size() != kKeyBytes)
        return std::nullopt;
    Sealed out;
    out.nonce.resize(kNonceBytes);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(out.nonce.data()), kNonceBytes) != 1)
        return std::nullopt;
    CipherContext ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    int len = 0;
    out.ciphertext.resize(plaintext.size() + 16);
    out.tag.resize(kTagBytes);
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceBytes, nullptr) != 1 ||
        EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, bytes(key), bytes(out.nonce)) != 1)
        return std::nullopt;
    if (!associatedData.isEmpty() &&
        EVP_EncryptUpdate(ctx.get(), nullptr, &len, bytes(associatedData),
                          int(associatedData.size())) != 1)
        return std::nullopt;
    int written = 0;
    if (EVP_EncryptUpdate(ctx.get(), reinterpret_cast<unsigned char *>(out.ciphertext.data()), &len,
                          bytes(plaintext), int(plaintext.size())) != 1)
        return std::nullopt;
    written = len;
    if (EVP_EncryptFinal_ex(ctx.get(),
                            reinterpret_cast<unsigned char *>(out.ciphertext.data()) + written,
                            &len) != 1)
        return std::nullopt;
    written += len;
    out.ciphertext.resize(written);
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagBytes, out.tag.data()) != 1)
        return std::nullopt;
    return out;
}

std::optional<QByteArray> AesGcm::open(const QByteArray &key, const Sealed &sealed,
                                       const QByteArray &associatedData)
{
    if (key.size() != kKeyBytes || sealed.nonce.size() != kNonceBytes ||
        sealed.tag.size() != kTagBytes)
        return std::nullopt;
    CipherContext ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    int len = 0;
    QByteArray plain(sealed.ciphertext.size() + 16, '\0');
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceBytes, nullptr) != 1 ||
        EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, bytes(key), bytes(sealed.nonce)) != 1)
        return std::nullopt;
    if (!associatedData.isEmpty() &&
        EVP_DecryptUpdate(ctx.get(), nullptr, &len, bytes(associatedData),
                          int(associatedData.size())) != 1)
        return std::nullopt;
    if (EVP_DecryptUpdate(ctx.get(), reinterpret_cast<unsigned char *>(plain.data()), &len,
                          bytes(sealed.ciphertext), int(sealed.ciphertext.size())) != 1)
        return std::nullopt;
    int written = len;
    QByteArray tag = sealed.tag;
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagBytes, tag.data()) != 1)
        return std::nullopt;
    if (EVP_DecryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char *>(plain.data()) + written,
                            &len) != 1) {
        plain.fill(0);
        return std::nullopt;
    }
    written += len;
    plain.resize(written);
    return plain;
}

} // namespace routiq
