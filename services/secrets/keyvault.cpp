#include "keyvault.h"

#include "core/logging.h"
#include "secretstore.h"

#include <QPointer>
#include <QTimer>

#include <sodium.h>

namespace routiq {

namespace {

const char kSealedPrefix[] = "rq-sealed-1:";

QByteArray sealApiKey(const DataKey &dataKey, const QString &clinic, const QString &name,
                      const QString &apiKey)
{
    QByteArray key = dataKey.derive(DataKey::apiKeyPurpose(clinic));
    const QByteArray ad = name.toUtf8();
    QByteArray plain = apiKey.toUtf8();
    QByteArray nonce(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, Qt::Uninitialized);
    randombytes_buf(nonce.data(), size_t(nonce.size()));
    QByteArray out(plain.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES, Qt::Uninitialized);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char *>(out.data()), &written,
        reinterpret_cast<const unsigned char *>(plain.constData()), size_t(plain.size()),
        reinterpret_cast<const unsigned char *>(ad.constData()), size_t(ad.size()), nullptr,
        reinterpret_cast<const unsigned char *>(nonce.constData()),
        reinterpret_cast<const unsigned char *>(key.constData()));
    out.resize(qsizetype(written));
    sodium_memzero(plain.data(), size_t(plain.size()));
    sodium_memzero(key.data(), size_t(key.size()));
    const QByteArray sealed = nonce + out;
    return QByteArray(kSealedPrefix) + sealed.toBase64();
}

std::optional<QString> openApiKey(const DataKey &dataKey, const QString &clinic,
                                  const QString &name, const QByteArray &stored)
{
    if (!stored.startsWith(kSealedPrefix))
        return std::nullopt;
    const QByteArray raw = QByteArray::fromBase64(stored.mid(qsizetype(sizeof(kSealedPrefix)) - 1));
    const qsizetype nonceSize = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
    if (raw.size() < nonceSize + qsizetype(crypto_aead_xchacha20poly1305_ietf_ABYTES))
        return std::nullopt;
    QByteArray key = dataKey.derive(DataKey::apiKeyPurpose(clinic));
    const QByteArray ad = name.toUtf8();
    QByteArray plain(raw.size() - nonceSize, Qt::Uninitialized);
    unsigned long long written = 0;
    const int rc = crypto_aead_xchacha20poly1305_ietf_decrypt(
        reinterpret_cast<unsigned char *>(plain.data()), &written, nullptr,
        reinterpret_cast<const unsigned char *>(raw.constData() + nonceSize),
        size_t(raw.size() - nonceSize), reinterpret_cast<const unsigned char *>(ad.constData()),
        size_t(ad.size()), reinterpret_cast<const unsigned char *>(raw.constData()),
        reinterpret_cast<const unsigned char *>(key.constData()));
    sodium_memzero(key.data(), size_t(key.size()));
    if (rc != 0)
        return std::nullopt;
    plain.resize(qsizetype(written));
    const QString text = QString::fromUtf8(plain);
    sodium_memzero(plain.data(), size_t(plain.size()));
    return text;
}

} // namespace

KeyVault::KeyVault(SecretStore *store, QObject *parent) : QObject(parent), m_store(store) {}

QString KeyVault::apiKeyName(const ClinicId &clinic)
{
    return QStringLiteral("clinic:%1:api-key").arg(clinic);
}

QString KeyVault::slotSecretName(const QString &slotLabel)
{
    return QStringLiteral("slot:%1").arg(slotLabel);
}

RoutiqError KeyVault::lockedError()
{
    return RoutiqError::make(QStringLiteral("DATA_LOCKED"),
                             QStringLiteral("Routiq's data is locked: it opens only after a "
                                            "sign-in (or an agent key slot) unlocked the data "
                                            "key."));
}

void KeyVault::later(std::function<void()> call)
{
    QTimer::singleShot(0, this, std::move(call));
}

void KeyVault::databaseKey(const ClinicId &clinic, KeyCallback done)
{
    RoutiqError error;
    const DatabaseKey key = databaseKeyNow(clinic, &error);
    later([done = std::move(done), key, error] { done(key, error); });
}

DatabaseKey KeyVault::databaseKeyNow(const ClinicId &clinic, RoutiqError *error) const
{
    if (!m_dataKey.isValid()) {
        if (error)
            *error = lockedError();
        return {};
    }
    return m_dataKey.databaseKey(DataKey::clinicPurpose(clinic));
}

void KeyVault::apiKey(const ClinicId &clinic, TextCallback done)
{
    if (!m_dataKey.isValid()) {
        later([done = std::move(done)] { done({}, lockedError()); });
        return;
    }
    const QString name = apiKeyName(clinic);
    QPointer<KeyVault> self(this);
    m_store->read(name, [self, clinic, name, done = std::move(done)](
                            const std::optional<QByteArray> &value, const RoutiqError &error) {
        if (!error.isNull()) {
            done({}, error);
            return;
        }
        if (!value || value->isEmpty()) {
            done({}, RoutiqError::make(QStringLiteral("API_KEY_MISSING"),
                                       QStringLiteral("No API key is saved for this clinic "
                                                      "connection. Enter it in the connection "
                                                      "settings."),
                                       name));
            return;
        }
        const std::optional<QString> key =
            self ? openApiKey(self->m_dataKey, clinic, name, *value) : std::nullopt;
        if (!key) {
            done({}, RoutiqError::make(QStringLiteral("API_KEY_UNREADABLE"),
                                       QStringLiteral("The saved API key of this clinic cannot "
                                                      "be read with this data folder's key. Add "
                                                      "the clinic's API key again."),
                                       name));
            return;
        }
        done(*key, {});
    });
}

void KeyVault::setApiKey(const ClinicId &clinic, const QString &apiKey, DoneCallback done)
{
    if (!m_dataKey.isValid()) {
        later([done = std::move(done)] { done(lockedError()); });
        return;
    }
    const QString name = apiKeyName(clinic);
    m_store->write(name, sealApiKey(m_dataKey, clinic, name, apiKey), std::move(done));
}

void KeyVault::removeClinicSecrets(const ClinicId &clinic, DoneCallback done)
{
    m_store->remove(apiKeyName(clinic), std::move(done));
}

void KeyVault::readSlotSecret(const QString &slotLabel, SecretCallback done)
{
    m_store->read(slotSecretName(slotLabel), std::move(done));
}

void KeyVault::writeSlotSecret(const QString &slotLabel, const QByteArray &secret,
                               DoneCallback done)
{
    m_store->write(slotSecretName(slotLabel), secret, std::move(done));
}

void KeyVault::removeSlotSecret(const QString &slotLabel, DoneCallback done)
{
    m_store->remove(slotSecretName(slotLabel), std::move(done));
}

} // namespace routiq
