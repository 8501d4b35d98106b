#include "keyvault.h"

#include "core/logging.h"
#include "secretstore.h"

#include <QPointer>

#include <memory>

namespace routiq {

KeyVault::KeyVault(SecretStore *store, QObject *parent) : QObject(parent), m_store(store) {}

QString KeyVault::databaseKeyName(const ClinicId &clinic)
{
    return QStringLiteral("clinic:%1:db-key").arg(clinic);
}

QString KeyVault::apiKeyName(const ClinicId &clinic)
{
    return QStringLiteral("clinic:%1:api-key").arg(clinic);
}

QString KeyVault::appDatabaseKeyName()
{
    return QStringLiteral("app:db-key");
}

void KeyVault::databaseKey(const ClinicId &clinic, KeyCallback done)
{
    keyFor(databaseKeyName(clinic), std::move(done));
}

void KeyVault::appDatabaseKey(KeyCallback done)
{
    keyFor(appDatabaseKeyName(), std::move(done));
}

void KeyVault::finishKey(const QString &name, const DatabaseKey &key, const RoutiqError &error)
{
    const QList<KeyCallback> waiting = m_pendingKeys.take(name);
    for (const KeyCallback &callback : waiting)
        callback(key, error);
}

void KeyVault::keyFor(const QString &name, KeyCallback done)
{
    auto pending = m_pendingKeys.find(name);
    if (pending != m_pendingKeys.end()) {
        pending->append(std::move(done));
        return;
    }
    m_pendingKeys.insert(name, {std::move(done)});
    QPointer<KeyVault> self(this);
    m_store->read(name, [self, name](const std::optional<QByteArray> &value,
                                     const RoutiqError &error) {
        if (!self)
            return;
        if (!error.isNull()) {
            self->finishKey(name, {}, error);
            return;
        }
        if (value) {
            const DatabaseKey key = DatabaseKey::fromBytes(*value);
            if (key.isValid()) {
                self->finishKey(name, key, {});
            } else {
                self->finishKey(
                    name, {},
                    RoutiqError::make(QStringLiteral("KEYCHAIN_ENTRY_INVALID"),
                                      QStringLiteral("A Routiq key in the keychain is damaged. "
                                                     "Remove and re-add the clinic connection."),
                                      name));
            }
            return;
        }
        // First use: make the key and keep it before anyone encrypts with it.
        const DatabaseKey fresh = DatabaseKey::generate();
        qCInfo(lcSecrets) << "creating a new key" << name;
        self->m_store->write(
            name, fresh.bytes(), [self, name, fresh](const RoutiqError &writeError) {
                if (!self)
                    return;
                self->finishKey(name, writeError.isNull() ? fresh : DatabaseKey(), writeError);
            });
    });
}

void KeyVault::apiKey(const ClinicId &clinic, TextCallback done)
{
    const QString name = apiKeyName(clinic);
    m_store->read(name, [name, done = std::move(done)](const std::optional<QByteArray> &value,
                                                       const RoutiqError &error) {
        if (!error.isNull()) {
            done({}, error);
        } else if (!value || value->isEmpty()) {
            done({}, RoutiqError::make(QStringLiteral("API_KEY_MISSING"),
                                       QStringLiteral("No API key is saved for this clinic "
                                                      "connection. Enter it in the connection "
                                                      "settings."),
                                       name));
        } else {
            done(QString::fromUtf8(*value), {});
        }
    });
}

void KeyVault::setApiKey(const ClinicId &clinic, const QString &apiKey, DoneCallback done)
{
    m_store->write(apiKeyName(clinic), apiKey.toUtf8(), std::move(done));
}

void KeyVault::removeClinicSecrets(const ClinicId &clinic, DoneCallback done)
{
    // Both deletions run; the first error (if any) is reported once both answered.
    struct Progress
    {
        int remaining = 2;
        RoutiqError firstError;
        DoneCallback done;
    };
    auto progress = std::make_shared<Progress>();
    progress->done = std::move(done);
    auto step = [progress](const RoutiqError &error) {
        if (progress->firstError.isNull() && !error.isNull())
            progress->firstError = error;
        if (--progress->remaining == 0)
            progress->done(progress->firstError);
    };
    m_store->remove(databaseKeyName(clinic), step);
    m_store->remove(apiKeyName(clinic), step);
}

} // namespace routiq
