#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace routiq {

// One key slot: the folder's data key sealed (XChaCha20-Poly1305) under a key that only its
// owner can make — Argon2id of an account's password, the recovery key, or an agent's (or the
// demo's) random secret. Kept in keyslots.db (KeySlotStore); nothing in it opens the data key
// without that secret. The associated data binds the sealed key to the folder id, the kind, the
// label and the generation, so a slot cannot be moved to another folder or another account, and
// an old copy of a slot is told apart from the current one (AccountService checks the
// generation against the encrypted app database after unwrapping).
struct KeySlot
{
    enum class Kind
    {
        Account,  // label = normalised user name; Argon2id of the password
        Recovery, // label = "recovery"; the recovery key shown once at setup
        Agent,    // label = "agent:<name>"; a random secret in the keychain or a master key file
        Demo,     // label = "demo"; routiq --demo's own folder, a random secret in the keychain
    };

    Kind kind = Kind::Account;
    QString label;
    qint64 generation = 1;
    QByteArray salt; // Argon2id salt (password slots); empty for secret slots
    quint64 opsLimit = 0;
    quint64 memLimitBytes = 0;
    QByteArray nonce;
    QByteArray ciphertext; // the data key and its 16-byte tag
    QDateTime createdAt;   // UTC

    bool isPasswordSlot() const { return kind == Kind::Account; }
    // What the AEAD authenticates besides the key: folder id, kind, label, generation.
    QByteArray associatedData(const QString &folderId) const;
};

QString keySlotKindName(KeySlot::Kind kind);
std::optional<KeySlot::Kind> keySlotKindFromName(const QString &name);

} // namespace routiq
