#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace routiq {

// One key slot: an X25519 key pair whose private key only the slot's owner can make — sealed
// (XChaCha20-Poly1305) under Argon2id of an account's password, or derived from the recovery
// key or an agent's (or the demo's) random secret — and the folder's data key sealed to its
// public key (crypto_box_seal). So `routiq-cli rekey` can seal a new data key to every slot
// without knowing any password. Kept in keyslots.db (KeySlotStore); nothing in it opens the data
// key without that secret. The associated data binds both to the folder id, the kind, the label
// and the generation, so a slot cannot be moved to another folder or account, and an old copy
// is told apart from the current one (AccountService checks the generation against the
// encrypted app database after unwrapping).
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
    QByteArray publicKey;  // X25519
    QByteArray nonce;      // of the sealed private key (password slots)
    QByteArray ciphertext; // the private key and its tag (password slots); empty otherwise
    QByteArray sealedKey;  // crypto_box_seal(data key + binding) to publicKey
    QDateTime createdAt;   // UTC

    bool isPasswordSlot() const { return kind == Kind::Account; }
    // What the AEAD authenticates besides the key: folder id, kind, label, generation.
    QByteArray associatedData(const QString &folderId) const;
};

QString keySlotKindName(KeySlot::Kind kind);
std::optional<KeySlot::Kind> keySlotKindFromName(const QString &name);

} // namespace routiq
