#include "vaultfilesecretstore.h"

#include "aesgcm.h"
#include "core/logging.h"
#include "masterkeyfile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTimer>

namespace routiq {

namespace {

const char kFormat[] = "routiq-vault-1";
const char kCheckAad[] = "routiq-vault-check";

QJsonObject toJson(const AesGcm::Sealed &s)
{
    QJsonObject o;
    o.insert(QStringLiteral("nonce"), QString::fromLatin1(s.nonce.toBase64()));
    o.insert(QStringLiteral("ciphertext"), QString::fromLatin1(s.ciphertext.toBase64()));
    o.insert(QStringLiteral("tag"), QString::fromLatin1(s.tag.toBase64()));
    return o;
}

AesGcm::Sealed fromJson(const QJsonObject &o)
{
    return {QByteArray::fromBase64(o.value(QStringLiteral("nonce")).toString().toLatin1()),
            QByteArray::fromBase64(o.value(QStringLiteral("ciphertext")).toString().toLatin1()),
            QByteArray::fromBase64(o.value(QStringLiteral("tag")).toString().toLatin1())};
}

RoutiqError vaultError(const QString &code, const QString &message, const QString &path)
{
    return RoutiqError::make(code, message, path);
}

} // namespace

std::unique_ptr<VaultFileSecretStore> VaultFileSecretStore::open(const QString &masterKeyPath,
                                                                 const QString &dataDirectory,
                                                                 RoutiqError *error,
                                                                 QObject *parent)
{
    std::optional<QByteArray> key = MasterKeyFile::load(masterKeyPath, dataDirectory, error);
    if (!key)
        return nullptr;
    const QString path = QDir(dataDirectory).filePath(vaultFileName());
    QJsonObject entries;
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            if (error)
                *error =
                    vaultError(QStringLiteral("SECRETS_VAULT_UNREADABLE"),
                               QStringLiteral("Routiq cannot read its secrets vault file."), path);
            return nullptr;
        }
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        const std::optional<QByteArray> check = AesGcm::open(
            *key, fromJson(root.value(QStringLiteral("check")).toObject()), QByteArray(kCheckAad));
        if (root.value(QStringLiteral("format")).toString() != QLatin1String(kFormat) || !check) {
            if (error)
                *error = vaultError(
                    QStringLiteral("MASTER_KEY_MISMATCH"),
                    QStringLiteral("The master key file does not open the secrets vault in the "
                                   "data folder. Use the master key file the vault was made "
                                   "with."),
                    path);
            return nullptr;
        }
        entries = root.value(QStringLiteral("entries")).toObject();
    }
    std::unique_ptr<VaultFileSecretStore> store(
        new VaultFileSecretStore(*key, path, entries, parent));
    key->fill(0);
    if (!file.exists()) {
        if (const RoutiqError saved = store->save(); !saved.isNull()) {
            if (error)
                *error = saved;
            return nullptr;
        }
    }
    return store;
}

VaultFileSecretStore::VaultFileSecretStore(QByteArray masterKey, QString path, QJsonObject entries,
                                           QObject *parent)
    : SecretStore(parent), m_masterKey(std::move(masterKey)), m_path(std::move(path)),
      m_entries(std::move(entries))
{}

VaultFileSecretStore::~VaultFileSecretStore()
{
    m_masterKey.fill(0);
}

RoutiqError VaultFileSecretStore::save()
{
    const std::optional<AesGcm::Sealed> check =
        AesGcm::seal(m_masterKey, QByteArrayLiteral("ok"), QByteArray(kCheckAad));
    if (!check)
        return vaultError(QStringLiteral("SECRETS_VAULT_WRITE_FAILED"),
                          QStringLiteral("Routiq could not encrypt its secrets vault."), m_path);
    QJsonObject root;
    root.insert(QStringLiteral("format"), QString::fromLatin1(kFormat));
    root.insert(QStringLiteral("check"), toJson(*check));
    root.insert(QStringLiteral("entries"), m_entries);
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(QJsonDocument(root).toJson(QJsonDocument::Compact)) < 0 || !file.commit())
        return vaultError(QStringLiteral("SECRETS_VAULT_WRITE_FAILED"),
                          QStringLiteral("Routiq could not save its secrets vault. Check the disk "
                                         "and the permissions of the data folder."),
                          m_path);
    return {};
}

void VaultFileSecretStore::read(const QString &name, ReadCallback done)
{
    std::optional<QByteArray> value;
    RoutiqError error;
    if (m_entries.contains(name)) {
        value =
            AesGcm::open(m_masterKey, fromJson(m_entries.value(name).toObject()), name.toUtf8());
        if (!value)
            error = vaultError(QStringLiteral("SECRETS_VAULT_TAMPERED"),
                               QStringLiteral("A secret in the vault file failed its integrity "
                                              "check; it may have been tampered with."),
                               name);
    }
    QTimer::singleShot(0, this, [done = std::move(done), value, error] { done(value, error); });
}

void VaultFileSecretStore::write(const QString &name, const QByteArray &value, DoneCallback done)
{
    RoutiqError error;
    const std::optional<AesGcm::Sealed> sealed = AesGcm::seal(m_masterKey, value, name.toUtf8());
    if (!sealed) {
        error = vaultError(QStringLiteral("SECRETS_VAULT_WRITE_FAILED"),
                           QStringLiteral("Routiq could not encrypt a secret."), name);
    } else {
        const QJsonValue previous = m_entries.value(name);
        m_entries.insert(name, toJson(*sealed));
        error = save();
        if (!error.isNull()) {
            if (previous.isUndefined())
                m_entries.remove(name);
            else
                m_entries.insert(name, previous);
        }
    }
    QTimer::singleShot(0, this, [done = std::move(done), error] { done(error); });
}

void VaultFileSecretStore::remove(const QString &name, DoneCallback done)
{
    RoutiqError error;
    if (m_entries.contains(name)) {
        const QJsonValue previous = m_entries.value(name);
        m_entries.remove(name);
        error = save();
        if (!error.isNull())
            m_entries.insert(name, previous);
    }
    QTimer::singleShot(0, this, [done = std::move(done), error] { done(error); });
}

} // namespace routiq
