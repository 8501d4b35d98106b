#pragma once

#include "domain/routiqerror.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace routiq {

class AppDatabase;
class KeyVault;
class SecretStore;

// What every entry point opens first: the secret store (the OS keychain, or the opt-in
// master-key vault for headless servers), the key vault over it, and the encrypted app
// database (clinic connections, accounts, audit). Opening is asynchronous because keychain
// jobs are; it never falls back to plain text.
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

    // Calls `done` exactly once, later, on the calling thread.
    static void open(const Options &options, OpenCallback done);
    ~AppContext() override;

    QString dataDirectory() const { return m_dataDirectory; }
    KeyVault &vault() const { return *m_vault; }
    AppDatabase &appDatabase() const { return *m_appDatabase; }
    QString clinicDatabasePath(const QString &clinicId) const;
    // The store under the vault, for the few non-secret entries kept outside the data folder
    // (the audit counter, AuditCounter).
    SecretStore &secretStore() const { return *m_store; }
    // The audit trail's MAC key (AuditKey::derive over the app database's key today).
    const QByteArray &auditKey() const { return m_auditKey; }

private:
    AppContext() = default;

    QString m_dataDirectory;
    std::unique_ptr<SecretStore> m_store;
    std::unique_ptr<KeyVault> m_vault;
    std::unique_ptr<AppDatabase> m_appDatabase;
    QByteArray m_auditKey;
};

} // namespace routiq
