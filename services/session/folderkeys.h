#pragma once

#include "secrets/datakey.h"
#include "secrets/keyslot.h"
#include "secrets/keyslotcrypto.h"
#include "security/accountslotkeeper.h"
#include "security/authresult.h"
#include "security/loginthrottle.h"
#include "security/passwordhasher.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace routiq {

class AppContext;
class AuditLog;
class Clock;

// The key slots of one data folder as sign-in and account management use them:
// - sign-in before the app database is open: begin() (throttle, find the slot; a decoy for
//   unknown names) → unwrap() (Argon2id, any thread) → finish() (a failure counts in the
//   throttle and waits in keyslots.db for the audit log; success gives the data key);
// - a new folder: createFolder() makes the data key, the first admin's slot and the recovery
//   key's slot, and shows the recovery key once (returned, never stored);
// - recovery: openWithRecoveryKey();
// - AccountSlotKeeper for AccountService, sealing with the data key in memory.
class FolderKeys : public AccountSlotKeeper
{
    Q_DECLARE_TR_FUNCTIONS(FolderKeys)

public:
    // `context` and `clock` outlive this object.
    FolderKeys(AppContext *context, const Clock *clock,
               PasswordHasher::Cost cost = PasswordHasher::Cost::interactive(),
               LoginThrottle::Policy lockout = {});

    static KeySlotCrypto::Cost slotCost(PasswordHasher::Cost cost)
    {
        return {cost.opsLimit, quint64(cost.memLimitBytes)};
    }

    struct Attempt
    {
        // What the throttle counts under (AccountService::throttleKeyFor): the normalised name
        // of an account with a slot, else "unknown:<hash>", never what was typed.
        QString key;
        QString folderId; // bound into every slot's associated data
        KeySlot slot;     // the account's slot, or a decoy that nothing opens
        bool known = false;
        std::optional<AuthResult> decided; // locked out or storage error: nothing to unwrap
        // Counted in advance by LoginThrottle::admit (this attempt included), and the lockout
        // a wrong password starts; the login that follows a right one resets the count.
        int failures = 0;
        qint64 lockDelayMs = 0;
    };
    struct Unwrapped
    {
        DataKey key; // valid on success
        qint64 generation = 0;
        RoutiqError error;
        qint64 retryAfterSecs = 0;
        bool ok() const { return key.isValid(); }
    };

    // prepare() then admit(): what routiq-cli does before unwrap().
    Attempt begin(const QString &username);
    // The slot of `username` (or a decoy) and the name the throttle counts under; `decided`
    // on a storage error. Reads only.
    Attempt prepare(const QString &username) const;
    // Counts the attempt in the throttle (LoginThrottle::admit); `decided` when locked out or
    // on a storage error (fail closed). An unwrap's result may be used only after this.
    void admit(Attempt &attempt);
    // CPU only (Argon2id at the slot's cost); safe on any thread, on a copy of the attempt.
    static DataKey unwrap(const Attempt &attempt, const QString &password);
    Unwrapped finish(const Attempt &attempt, const DataKey &key);
    // The three steps at once (routiq-cli).
    Unwrapped unlockWithPassword(const QString &username, const QString &password);

    // Copies the sign-in failures kept while the app database was closed into `audit`.
    void flushPendingAudit(AuditLog &audit);

    // A new data folder: refused unless it holds no app database and no cache. Makes the data
    // key, unlocks `context` with it (a new routiq.db), seals it for `adminName` and for a new
    // recovery key, and returns that key formatted for people (shown once, never stored).
    // The admin's account row is the caller's (AccountService::createFirstAdmin*).
    std::optional<QString> createFolder(const QString &adminName, const QString &password,
                                        RoutiqError *error);
    // As createFolder, with the slot already sealed off the GUI thread (sealFirstAdmin).
    struct FirstAdminSeal
    {
        DataKey dataKey;
        std::optional<KeySlot> adminSlot;
        QByteArray recoverySecret;
    };
    static FirstAdminSeal sealFirstAdmin(const QString &folderId, const QString &adminName,
                                         const QString &password, PasswordHasher::Cost cost);
    std::optional<QString> createFolder(const FirstAdminSeal &seal, RoutiqError *error);

    // The data key from the recovery key as typed (RECOVERY_KEY_INVALID / NO_RECOVERY_SLOT).
    DataKey openWithRecoveryKey(const QString &typed, RoutiqError *error) const;

    // A demo folder's slot (routiq --demo): sealed under a random secret kept in the keychain.
    bool writeSecretSlot(KeySlot::Kind kind, const QString &label, const QByteArray &secret,
                         RoutiqError *error);
    DataKey openSecretSlot(KeySlot::Kind kind, const QString &label, const QByteArray &secret,
                           RoutiqError *error) const;

    bool writeAccountSlot(const QString &username, qint64 generation, const QString &password,
                          RoutiqError *error) override;
    bool removeAccountSlot(const QString &username, RoutiqError *error) override;

    LoginThrottle &throttle() { return m_throttle; }

    static RoutiqError noSlotError();

    // The key of the hash that names unknown typed names in keyslots.db (throttle, pending
    // audit). keyslots.db is not encrypted and is read before any secret is known, so no secret
    // key is available there: the key is BLAKE2b of the folder id, a per-folder salt. It keeps
    // typed names (often a password in the wrong field) out of the file as written and makes
    // precomputed tables useless, but someone holding keyslots.db can still test guesses of
    // what was typed against it (docs/security.md, "Sign-in throttle").
    static QByteArray unknownNameKey(const QString &folderId);

private:
    Unwrapped fail(const Attempt &attempt);

    AppContext *m_context;
    const Clock *m_clock;
    PasswordHasher::Cost m_cost;
    LoginThrottle m_throttle;
};

} // namespace routiq
