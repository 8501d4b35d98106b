#pragma once

#include "secretstore.h"

namespace routiq {

// Secrets in the OS keychain through QtKeychain (Secret Service / Keychain / Credential
// Manager), under one service name. Never falls back to plain text: no keychain means a
// "KEYCHAIN_UNAVAILABLE" error saying how to fix it.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("Routiq"),
                                 QObject *parent = nullptr);

    void read(const QString &name, ReadCallback done) override;
    void write(const QString &name, const QByteArray &value, DoneCallback done) override;
    void remove(const QString &name, DoneCallback done) override;

    static RoutiqError unavailableError(const QString &details);

    // The service that holds one data folder's secrets: "Routiq:<folder id>", the random id kept
    // in the folder's keyslots.db. Entry names ("clinic:north:api-key") repeat across data
    // folders — the demo's, a second user's, a test's — so each folder needs its own service, or
    // one folder's clinic "north" would read (and overwrite) another's API key; and the id, not
    // the path, so a moved or renamed folder keeps its secrets.
    static QString serviceFor(const QString &folderId);

private:
    QString m_service;
};

} // namespace routiq
