#include "agentpmsconnection.h"

#include "secrets/keychainsecretstore.h"
#include "secrets/vaultfilesecretstore.h"

#include <QDir>
#include <QFile>

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace routiq {

QString AgentPmsConnection::serviceName()
{
    return QStringLiteral("Routiq agent");
}

std::unique_ptr<SecretStore> AgentPmsConnection::openStore(const QString &masterKeyFile,
                                                           const QString &dataDirectory,
                                                           RoutiqError *error)
{
    if (masterKeyFile.isEmpty())
        return std::make_unique<KeychainSecretStore>(serviceName());
    if (!QDir().mkpath(dataDirectory)) {
        *error = RoutiqError::make(QStringLiteral("DATA_DIR_UNUSABLE"),
                                   QStringLiteral("Cannot create the data folder."), dataDirectory);
        return nullptr;
    }
    QFile::setPermissions(dataDirectory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return VaultFileSecretStore::open(masterKeyFile, dataDirectory, error);
}

QString AgentPmsConnection::entryName(const QString &serverKey, const ClinicId &clinic)
{
    return QStringLiteral("server:%1:clinic:%2").arg(serverKey, clinic);
}

QByteArray AgentPmsConnection::encode(const Entry &entry)
{
    const ClinicConnection &c = entry.connection;
    const QJsonObject json{{QStringLiteral("id"), c.id},
                           {QStringLiteral("name"), c.name},
                           {QStringLiteral("pms"), pmsKindName(c.pmsKind)},
                           {QStringLiteral("baseUrl"), c.baseUrlOverride},
                           {QStringLiteral("timeZone"), c.timeZoneOverride},
                           {QStringLiteral("contactEmail"), c.contactEmail},
                           {QStringLiteral("retentionYears"), c.patientNameRetentionYears},
                           {QStringLiteral("apiKey"), entry.apiKey}};
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

std::optional<AgentPmsConnection::Entry> AgentPmsConnection::decode(const QByteArray &value)
{
    const QJsonObject json = QJsonDocument::fromJson(value).object();
    const auto kind = pmsKindFromName(json.value(QStringLiteral("pms")).toString());
    if (!kind || json.value(QStringLiteral("apiKey")).toString().isEmpty())
        return std::nullopt;
    Entry e;
    e.connection.id = json.value(QStringLiteral("id")).toString();
    e.connection.name = json.value(QStringLiteral("name")).toString();
    e.connection.pmsKind = *kind;
    e.connection.baseUrlOverride = json.value(QStringLiteral("baseUrl")).toString();
    e.connection.timeZoneOverride = json.value(QStringLiteral("timeZone")).toString();
    e.connection.contactEmail = json.value(QStringLiteral("contactEmail")).toString();
    e.connection.patientNameRetentionYears = json.value(QStringLiteral("retentionYears")).toInt();
    e.apiKey = json.value(QStringLiteral("apiKey")).toString();
    return e;
}

void AgentPmsConnection::read(SecretStore &store, const QString &serverKey, const ClinicId &clinic,
                              ReadDone done)
{
    store.read(entryName(serverKey, clinic),
               [done = std::move(done), clinic](const std::optional<QByteArray> &value,
                                                const RoutiqError &error) {
                   if (!error.isNull()) {
                       done(std::nullopt, error);
                       return;
                   }
                   const auto entry = value ? decode(*value) : std::nullopt;
                   if (!entry) {
                       done(std::nullopt,
                            RoutiqError::make(
                                QStringLiteral("AGENT_PMS_UNKNOWN"),
                                QCoreApplication::translate(
                                    "routiq::AgentPmsConnection",
                                    "This computer's keychain holds no PMS connection for clinic "
                                    "'%1' on this server. Add it here, on the agent's computer, "
                                    "as the OS account the agent runs as: routiq-cli --server … "
                                    "clinic add --id %1 --name … --pms … --api-key-file -")
                                    .arg(clinic)));
                       return;
                   }
                   done(entry, {});
               });
}

void AgentPmsConnection::write(SecretStore &store, const QString &serverKey, const Entry &entry,
                               std::function<void(const RoutiqError &)> done)
{
    store.write(entryName(serverKey, entry.connection.id), encode(entry), std::move(done));
}

} // namespace routiq
