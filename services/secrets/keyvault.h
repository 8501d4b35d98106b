#pragma once

#include "datakey.h"
#include "domain/databasekey.h"
#include "domain/ids.h"
#include "domain/routiqerror.h"

#include <QObject>

#include <functional>
#include <optional>

namespace routiq {

class SecretStore;

// The one credential service of a data folder. Database keys are never stored anywhere: once
// the folder's data key is set (after a sign-in unwrapped a key slot) each clinic's cache key
// is derived from it. PMS API keys are kept in the SecretStore (the OS keychain, or the headless
// master-key vault) under "clinic:<id>:api-key", sealed with a key derived from the data key,
// so reading the keychain alone gives neither a database key nor an API key. Agent and demo
// slot secrets (an explicit opt-in) are the only plain secrets it stores.
// Asynchronous: each call answers exactly once through its callback, later, on this thread.
class KeyVault : public QObject
{
    Q_OBJECT
public:
    using KeyCallback = std::function<void(const DatabaseKey &key, const RoutiqError &error)>;
    using TextCallback = std::function<void(const QString &value, const RoutiqError &error)>;
    using SecretCallback =
        std::function<void(const std::optional<QByteArray> &value, const RoutiqError &error)>;
    using DoneCallback = std::function<void(const RoutiqError &error)>;

    explicit KeyVault(SecretStore *store, QObject *parent = nullptr);

    static QString apiKeyName(const ClinicId &clinic);
    static QString slotSecretName(const QString &slotLabel); // "slot:<label>"

    void setDataKey(const DataKey &key) { m_dataKey = key; }
    void clearDataKey() { m_dataKey = {}; }
    bool hasDataKey() const { return m_dataKey.isValid(); }

    // The clinic's cache key, derived from the data key ("DATA_LOCKED" before a sign-in).
    void databaseKey(const ClinicId &clinic, KeyCallback done);
    // The same, at once: a derivation, nothing to wait for (ClinicSessions opens the cache
    // without an extra turn of the event loop, issue 17).
    DatabaseKey databaseKeyNow(const ClinicId &clinic, RoutiqError *error) const;

    // The PMS API key; "API_KEY_MISSING" when none was saved for this clinic, "DATA_LOCKED"
    // before a sign-in, "API_KEY_UNREADABLE" when it was sealed under another data key.
    void apiKey(const ClinicId &clinic, TextCallback done);
    void setApiKey(const ClinicId &clinic, const QString &apiKey, DoneCallback done);

    // Deletes the clinic's secrets from the store (removing a clinic connection).
    void removeClinicSecrets(const ClinicId &clinic, DoneCallback done);

    // Plain secrets of agent and demo key slots (never a database key).
    void readSlotSecret(const QString &slotLabel, SecretCallback done);
    void writeSlotSecret(const QString &slotLabel, const QByteArray &secret, DoneCallback done);
    void removeSlotSecret(const QString &slotLabel, DoneCallback done);

    static RoutiqError lockedError();

private:
    void later(std::function<void()> call);

    SecretStore *m_store;
    DataKey m_dataKey;
};

} // namespace routiq
