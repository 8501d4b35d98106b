#pragma once

#include "datakey.h"
#include "keyslot.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace routiq {

// Seals and opens key slots. Pure functions on values (no QObject, no database), so the slow
// Argon2id step can run on a pool thread. Password slots use Argon2id (libsodium
// crypto_pwhash, its own random salt, never the password hash's) at the cost the caller passes;
// secret slots (recovery key, agent and demo secrets: 160 bits or more of randomness) use keyed
// BLAKE2b, since stretching a random secret adds nothing.
class KeySlotCrypto
{
public:
    struct Cost
    {
        quint64 opsLimit = 0;
        quint64 memLimitBytes = 0;
    };

    // nullopt when libsodium cannot allocate Argon2id's memory.
    static std::optional<KeySlot> sealWithPassword(const DataKey &dataKey, const QString &folderId,
                                                   KeySlot::Kind kind, const QString &label,
                                                   qint64 generation, const QString &password,
                                                   Cost cost);
    static std::optional<KeySlot> sealWithSecret(const DataKey &dataKey, const QString &folderId,
                                                 KeySlot::Kind kind, const QString &label,
                                                 qint64 generation, const QByteArray &secret);

    // The data key, or an invalid key when the password/secret is wrong or the slot was altered
    // (another folder, kind, label or generation included).
    static DataKey openWithPassword(const KeySlot &slot, const QString &folderId,
                                    const QString &password);
    static DataKey openWithSecret(const KeySlot &slot, const QString &folderId,
                                  const QByteArray &secret);

    // A well-formed password slot that nothing opens, at `cost`: unknown user names are tried
    // against it so they take as long as real ones.
    static KeySlot decoy(const QString &label, Cost cost);

    // The same slot holding `newKey` instead (rekey): sealed to the slot's public key, no
    // password or secret needed.
    static std::optional<KeySlot> rewrap(const KeySlot &slot, const QString &folderId,
                                         const DataKey &newKey);

    static QByteArray randomSecret(int bytes = 32);

private:
    static bool sealDataKey(KeySlot &slot, const QString &folderId, const DataKey &dataKey);
    static DataKey openDataKey(const KeySlot &slot, const QString &folderId,
                               const QByteArray &privateKey);
};

} // namespace routiq
