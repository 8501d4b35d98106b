#include "keychainsecretstore.h"

#include "core/logging.h"

#include <qt6keychain/keychain.h>

namespace routiq {

namespace {

RoutiqError errorFor(const QKeychain::Job *job)
{
    switch (job->error()) {
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
        return {};
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return RoutiqError::make(
            QStringLiteral("KEYCHAIN_ACCESS_DENIED"),
            QStringLiteral("The system keychain refused Routiq access to its encryption keys. "
                           "Unlock the keychain and allow Routiq, then try again."),
            job->errorString());
    default:
        return KeychainSecretStore::unavailableError(job->errorString());
    }
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, QObject *parent)
    : SecretStore(parent), m_service(std::move(service))
{}

QString KeychainSecretStore::serviceFor(const QString &folderId)
{
    return QStringLiteral("Routiq:") + folderId;
}

RoutiqError KeychainSecretStore::unavailableError(const QString &details)
{
    return RoutiqError::make(
        QStringLiteral("KEYCHAIN_UNAVAILABLE"),
        QStringLiteral("Routiq cannot reach the system keychain, where it keeps the keys that "
                       "encrypt your clinic data. Log in to a desktop session with an unlocked "
                       "keyring (GNOME Keyring, KWallet, macOS Keychain or Windows Credential "
                       "Manager), or on a server start Routiq with a master key file "
                       "(--master-key-file)."),
        details);
}

// Jobs have no parent: deleting a running QKeychain job (as a child of a store that goes away)
// leaves libsecret calling back into freed memory. Unparented, a job outlives the store, deletes
// itself when it finishes, and `this` as the connection's context drops the callback.
void KeychainSecretStore::read(const QString &name, ReadCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(name);
    connect(job, &QKeychain::Job::finished, this,
            [name, done = std::move(done)](QKeychain::Job *finished) {
                auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(finished);
                const RoutiqError error = errorFor(readJob);
                if (!error.isNull()) {
                    qCWarning(lcSecrets) << "keychain read failed for" << name << error.code
                                         << readJob->errorString();
                    done(std::nullopt, error);
                } else if (readJob->error() == QKeychain::EntryNotFound) {
                    done(std::nullopt, {});
                } else {
                    done(readJob->binaryData(), {});
                }
            });
    job->start();
}

void KeychainSecretStore::write(const QString &name, const QByteArray &value, DoneCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(name);
    job->setBinaryData(value);
    connect(job, &QKeychain::Job::finished, this,
            [name, done = std::move(done)](QKeychain::Job *finished) {
                const RoutiqError error = errorFor(finished);
                if (!error.isNull())
                    qCWarning(lcSecrets) << "keychain write failed for" << name << error.code
                                         << finished->errorString();
                done(error);
            });
    job->start();
}

void KeychainSecretStore::remove(const QString &name, DoneCallback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(name);
    connect(job, &QKeychain::Job::finished, this,
            [done = std::move(done)](QKeychain::Job *finished) { done(errorFor(finished)); });
    job->start();
}

} // namespace routiq
