#pragma once

#include <QByteArray>
#include <QString>

namespace routiq {

// A PostgreSQL SCRAM-SHA-256 password verifier (RFC 5802, RFC 7677), computed on the client so
// the plain password never reaches the server, its statement log or pg_stat_activity:
//   SCRAM-SHA-256$<iterations>:<base64 salt>$<base64 StoredKey>:<base64 ServerKey>
// SaltedPassword = PBKDF2-HMAC-SHA-256(password, salt, iterations), ClientKey = HMAC(
// SaltedPassword, "Client Key"), StoredKey = SHA-256(ClientKey), ServerKey = HMAC(
// SaltedPassword, "Server Key"). The password is normalised as PostgreSQL's SASLprep does for
// the common cases (non-ASCII spaces to spaces, "mapped to nothing" characters dropped, NFKC);
// one with characters SASLprep prohibits is used as its raw UTF-8 bytes, as PostgreSQL does.
class ScramVerifier
{
public:
    static constexpr int kIterations = 4096; // PostgreSQL's default scram_iterations
    static constexpr int kSaltBytes = 16;

    // With a fresh random salt.
    static QString make(const QString &password);
    static QString make(const QString &password, const QByteArray &salt,
                        int iterations = kIterations);

    static QByteArray normalised(const QString &password);
};

} // namespace routiq
