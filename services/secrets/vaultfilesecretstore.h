#pragma once

#include "secretstore.h"

#include <QJsonObject>

#include <memory>

namespace routiq {

// The opt-in headless store: secrets sealed with AES-256-GCM under the user's master key file
// (MasterKeyFile), kept in <data dir>/secrets.vault (mode 0600, written atomically). Each entry
// is bound to its name; a wrong master key is detected at open, never a silent plaintext file.
class VaultFileSecretStore final : public SecretStore
{
    Q_OBJECT
public:
    static std::unique_ptr<VaultFileSecretStore> open(const QString &masterKeyPath,
                                                      const QString &dataDirectory,
                                                      RoutiqError *error,
                                                      QObject *parent = nullptr);
    ~VaultFileSecretStore() override;

    static QString vaultFileName() { return QStringLiteral("secrets.vault"); }

    void read(const QString &name, ReadCallback done) override;
    void write(const QString &name, const QByteArray &value, DoneCallback done) override;
    void remove(const QString &name, DoneCallback done) override;

private:
    VaultFileSecretStore(QByteArray masterKey, QString path, QJsonObject entries, QObject *parent);
    RoutiqError save();

    QByteArray m_masterKey;
    QString m_path;
    QJsonObject m_entries;
};

} // namespace routiq
