#pragma once

#include "domain/ids.h"
#include "domain/routiqerror.h"
#include "storage/databasekey.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <functional>

namespace routiq {

class SecretStore;

// The one credential service: per-clinic random 256-bit database keys (made on first use) and
// PMS API keys, plus the app database's key, in a SecretStore (the OS keychain, or the headless
// master-key vault). Entry names are "clinic:<id>:db-key", "clinic:<id>:api-key" and
// "app:db-key" under the data folder's own keychain service (KeychainSecretStore::serviceFor);
// settings keep only these names, never a secret.
// Asynchronous: each call answers exactly once through its callback, on this object's thread.
class KeyVault : public QObject
{
    Q_OBJECT
public:
    using KeyCallback = std::function<void(const DatabaseKey &key, const RoutiqError &error)>;
    using TextCallback = std::function<void(const QString &value, const RoutiqError &error)>;
    using DoneCallback = std::function<void(const RoutiqError &error)>;

    explicit KeyVault(SecretStore *store, QObject *parent = nullptr);

    static QString databaseKeyName(const ClinicId &clinic);
    static QString apiKeyName(const ClinicId &clinic);
    static QString appDatabaseKeyName();

    // The clinic's database key, created (random) and stored on first use. Concurrent requests
    // for the same key share one read/create, so a clinic never gets two keys.
    void databaseKey(const ClinicId &clinic, KeyCallback done);
    void appDatabaseKey(KeyCallback done);

    // The PMS API key; "API_KEY_MISSING" when none was saved for this clinic.
    void apiKey(const ClinicId &clinic, TextCallback done);
    void setApiKey(const ClinicId &clinic, const QString &apiKey, DoneCallback done);

    // Deletes every secret of the clinic (removing a clinic connection).
    void removeClinicSecrets(const ClinicId &clinic, DoneCallback done);

private:
    void keyFor(const QString &name, KeyCallback done);
    void finishKey(const QString &name, const DatabaseKey &key, const RoutiqError &error);

    SecretStore *m_store;
    QHash<QString, QList<KeyCallback>> m_pendingKeys;
};

} // namespace routiq
