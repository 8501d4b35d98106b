#pragma once

#include "domain/routiqerror.h"
#include "secrets/datakey.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace routiq {

class AppDatabase;
class KeySlotStore;
class KeyVault;
class SecretStore;

// What every entry point opens first, in two steps. open(): the data folder's key slots
// (keyslots.db, with the folder id), the secret store (the OS keychain service named after the
// folder id, or the opt-in master-key vault) and the key vault over it — everything a sign-in
// needs, and nothing that holds clinic data. unlock(): with the data key a key slot gave, the
// encrypted app database (its key derived from the data key) and the vault's database keys.
// Nothing is created silently next to existing data: a new data key only for a folder that
// holds neither an app database nor a cache (initialize()).
class AppContext : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString dataDirectory;
        QString masterKeyFile; // empty = the OS keychain
    };
    using OpenCallback =
        std::function<void(std::unique_ptr<AppContext> context, const RoutiqError &error)>;

    // What the folder holds, before it is unlocked.
    struct FolderState
    {
        bool appDatabase = false;  // routiq.db
        bool caches = false;       // anything under clinics/
        bool accountSlots = false; // key slots of accounts
        bool recoverySlot = false;
        bool agentSlots = false;
        bool demoSlot = false;
        bool hasData() const { return appDatabase || caches; }
    };

    // Calls `done` exactly once, later, on the calling thread.
    static void open(const Options &options, OpenCallback done);
    ~AppContext() override;

    QString dataDirectory() const { return m_dataDirectory; }
    QString folderId() const;
    FolderState folderState() const;
    KeySlotStore &keySlots() const { return *m_slots; }
    KeyVault &vault() const { return *m_vault; }
    QString clinicDatabasePath(const QString &clinicId) const;
    // The store under the vault, for the few non-secret entries kept outside the data folder
    // (the audit counter, AuditCounter).
    SecretStore &secretStore() const { return *m_store; }
    // The audit trail's MAC key (AuditKey::load, from inside the app database): empty until
    // unlocked, and the same after a rekey.
    const QByteArray &auditKey() const { return m_auditKey; }

    bool isUnlocked() const { return m_appDatabase != nullptr; }
    const DataKey &dataKey() const { return m_dataKey; }
    // Opens the existing app database with `key`. Refused (APP_DATABASE_MISSING) when routiq.db
    // is gone: a new empty one next to key slots or caches would hide that the data is locked.
    bool unlock(const DataKey &key, RoutiqError *error);
    // A new data folder (first admin, demo): refused (FOLDER_HAS_DATA) unless the folder holds
    // neither routiq.db nor any cache file; removes slots left over from an unfinished setup.
    bool initialize(const DataKey &key, RoutiqError *error);
    // An interrupted `routiq-cli rekey` leaves a journal: unlock() then refuses
    // (REKEY_UNFINISHED) unless the caller is the rekey itself, which gets both keys here.
    void allowUnfinishedRekey(bool allow) { m_allowUnfinishedRekey = allow; }
    bool hasUnfinishedRekey() const;
    const DataKey &rekeyOldKey() const { return m_rekeyOld; }
    const DataKey &rekeyNewKey() const { return m_rekeyNew; }
    QByteArray rekeyJournalContext() const;
    // Starts a rekey of the unlocked folder: a new data key, journalled under the old one (and
    // the old under the new) in keyslots.db before anything is re-keyed.
    bool startRekey(RoutiqError *error);
    // After the app database file was re-keyed: reopen it under `key`, which becomes the data key.
    bool reopenAppDatabase(const DataKey &key, RoutiqError *error);

    // Forgets the data key and closes the app database (a sign-in refused after unwrapping).
    void lock();
    // Valid once unlocked.
    AppDatabase &appDatabase() const { return *m_appDatabase; }

    static RoutiqError appDatabaseMissingError(const QString &dataDirectory);

private:
    AppContext() = default;
    bool loadAuditKey(RoutiqError *error);

    QString m_dataDirectory;
    std::unique_ptr<KeySlotStore> m_slots;
    std::unique_ptr<SecretStore> m_store;
    std::unique_ptr<KeyVault> m_vault;
    DataKey m_dataKey;
    DataKey m_rekeyOld;
    DataKey m_rekeyNew;
    bool m_allowUnfinishedRekey = false;
    std::unique_ptr<AppDatabase> m_appDatabase;
    QByteArray m_auditKey;
};

} // namespace routiq
