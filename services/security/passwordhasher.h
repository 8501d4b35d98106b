#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <optional>

namespace routiq {

// Hashes and verifies account passwords with libsodium's Argon2id (memory-hard, salted, encoded
// with its parameters), so a stolen app database does not give away the passwords.
class PasswordHasher
{
public:
    // Argon2id work factors. Production uses interactive(); tests inject testingOnly() so a
    // suite with hundreds of logins stays fast. Never use testingOnly() in the app.
    struct Cost
    {
        unsigned long long opsLimit = 0;
        std::size_t memLimitBytes = 0;

        static Cost interactive(); // libsodium's INTERACTIVE: 2 passes, 64 MiB
        static Cost testingOnly(); // libsodium's minimum: 1 pass, 8 KiB
    };

    explicit PasswordHasher(Cost cost = Cost::interactive());

    Cost cost() const { return m_cost; }

    // The encoded "$argon2id$v=19$m=...,t=...,p=1$salt$hash" string, or nullopt when libsodium
    // could not allocate the memory it needs.
    std::optional<QByteArray> hash(const QString &password) const;

    // True only when `encodedHash` is a well-formed hash of `password`.
    bool verify(const QByteArray &encodedHash, const QString &password) const;

    // True when `encodedHash` was made with other parameters (or another algorithm) than this
    // hasher's cost: rehash it after the next successful login.
    bool needsRehash(const QByteArray &encodedHash) const;

    // A well-formed hash with this cost and a random salt and digest, made without running
    // Argon2id: no password verifies against it, yet verify() takes as long as on a real hash.
    // The decoy for unknown user names and the demo account's password, instantly.
    QByteArray unmatchableHash() const;

private:
    Cost m_cost;
};

} // namespace routiq
