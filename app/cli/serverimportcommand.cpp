#include "serverimportcommand.h"

#include "secrets/keyvault.h"
#include "session/appcontext.h"
#include "session/cliniczone.h"
#include "shared/serverclinicimport.h"
#include "shared/serverconnection.h"
#include "shared/serverconninfo.h"
#include "shared/serverfolderimport.h"
#include "shared/sharedschema.h"
#include "storage/appdatabase.h"
#include "storage/clinicschema.h"
#include "storage/databasefile.h"
#include "storage/sqlconnection.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace routiq::cli {

ServerImportCommand::ServerImportCommand(CliContext context, QObject *parent)
    : CliCommand(std::move(context), parent)
{}

ServerImportCommand::~ServerImportCommand() = default;

void ServerImportCommand::start(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QStringLiteral("The single-PC data folder to import."),
                                     QStringLiteral("DIR"));
    p.addOption(dataDir);
    if (!parse(p, args.mid(2)))
        return;
    if (context().server.isEmpty()) {
        fail(badRequest(QStringLiteral("server import needs --server CONNINFO (or "
                                       "ROUTIQ_SERVER): the set-up role's connection.")),
             2);
        return;
    }
    m_dataDir = p.isSet(dataDir) ? QDir(p.value(dataDir)).absolutePath() : context().dataDir;
    RoutiqError error;
    const auto info = ServerConnInfo::parse(context().server, &error);
    if (!info) {
        fail(error, errorExitStatus(error.typedCode()));
        return;
    }
    m_serverDescription = info->description();
    // The server first: a refusal there costs no folder sign-in (and no lockout count).
    m_server = ServerConnection::open(*info, &error);
    if (!m_server) {
        fail(error);
        return;
    }
    if (const RoutiqError schema = SharedSchema::checkCurrent(m_server->database());
        !schema.isNull()) {
        fail(schema);
        return;
    }
    if (!ServerFolderImport::checkImporter(m_server->database(), &error)) {
        fail(error);
        return;
    }
    AppContext::open({m_dataDir, context().masterKeyFile},
                     [this](std::unique_ptr<AppContext> app, const RoutiqError &openError) {
                         if (!app) {
                             fail(openError);
                             return;
                         }
                         m_app = std::move(app);
                         m_login = std::make_unique<ActingUserLogin>(*m_app, &m_clock);
                         keepAuditHead(m_login.get());
                         if (!signIn(*m_login))
                             return;
                         opened();
                     });
}

void ServerImportCommand::opened()
{
    if (m_login->user().role != Role::Admin) {
        fail(RoutiqError::make(errorCodeName(ErrorCode::AccessDenied),
                               QStringLiteral("Only an admin of the folder may import it: its "
                                              "accounts and audit log go to the server.")));
        return;
    }
    RoutiqError error;
    m_clinics = m_app->appDatabase().clinicConnections(&error);
    if (!error.isNull()) {
        fail(error);
        return;
    }
    // Refused before anything is written: a clinic or an account the server has already.
    for (const ClinicConnection &c : std::as_const(m_clinics)) {
        const auto present = ServerClinicImport::exists(m_server->database(), c.id, &error);
        if (!present) {
            fail(error);
            return;
        }
        if (*present) {
            fail(RoutiqError::make(QString::fromLatin1(ServerClinicImport::kAlreadyImportedCode),
                                   QStringLiteral("The server has this folder's clinic '%1' "
                                                  "already: the folder was imported before (or "
                                                  "the clinic added there). Nothing was "
                                                  "written.")
                                       .arg(c.id),
                                   c.id));
            return;
        }
    }
    const auto accounts = m_login->accounts().list(m_login->user(), &error);
    if (!accounts) {
        fail(error);
        return;
    }
    if (!ServerFolderImport::checkAccounts(m_server->database(), *accounts, &error)) {
        fail(error);
        return;
    }
    importNext();
}

void ServerImportCommand::importNext()
{
    if (m_next >= m_clinics.size()) {
        importAccounts();
        return;
    }
    const ClinicConnection clinic = m_clinics.at(m_next++);
    // Every row of the clinic, names included, leaves the folder: recorded in its audit log
    // (and so copied to the server's with the rest).
    if (const RoutiqError denied = m_login->access()->exportPatientLevel(
            m_login->user(), clinic.id,
            QStringLiteral("server import to %1").arg(m_serverDescription));
        !denied.isNull()) {
        fail(denied);
        return;
    }
    const QString path = m_app->clinicDatabasePath(clinic.id);
    m_app->vault().databaseKey(clinic.id, [this, clinic, path](const DatabaseKey &key,
                                                               const RoutiqError &keyError) {
        if (!keyError.isNull()) {
            fail(keyError);
            return;
        }
        OpenedDatabase cache = DatabaseFile::openForReading(path, key, ClinicSchema::migrator());
        if (!cache.connection) {
            fail(cache.error);
            return;
        }
        RoutiqError error;
        const auto counts =
            ServerClinicImport::run(m_server->database(), cache.connection->database(), clinic.id,
                                    clinic.name, ClinicZone::fallback(clinic), &error);
        if (!counts) {
            fail(error);
            return;
        }
        QJsonObject report = counts->toJson();
        report.insert(QStringLiteral("id"), clinic.id);
        report.insert(QStringLiteral("name"), clinic.name);
        m_clinicReports.append(report);
        importNext();
    });
}

void ServerImportCommand::importAccounts()
{
    RoutiqError error;
    const auto accounts = m_login->accounts().list(m_login->user(), &error);
    if (!accounts) {
        fail(error);
        return;
    }
    const QString source = QStringLiteral("folder import by %1").arg(m_login->user().username);
    const auto result =
        ServerFolderImport::run(m_server->database(), *accounts, m_login->audit().entriesAfter(0),
                                source, m_clock.nowUtc(), &error);
    if (!result) {
        fail(error);
        return;
    }
    QStringList needKeys;
    for (const ClinicConnection &c : std::as_const(m_clinics))
        needKeys << c.id;
    const QJsonObject out{
        {QStringLiteral("server"), m_serverDescription},
        {QStringLiteral("clinics"), m_clinicReports},
        {QStringLiteral("accounts"), result->accountsJson()},
        {QStringLiteral("accountsSkipped"), QJsonArray::fromStringList(result->skipped)},
        {QStringLiteral("auditEntries"), result->auditEntries},
        // The PMS API keys stay in this machine's keychain; the agent's machine stores its own.
        {QStringLiteral("clinicsNeedingApiKey"), QJsonArray::fromStringList(needKeys)},
        {QStringLiteral("note"),
         QStringLiteral("Each initialPassword is shown only here: hand it to its user, who "
                        "changes it with 'routiq-cli --server ... --user NAME user passwd'. On "
                        "the agent's machine, store each clinic's PMS API key with 'clinic "
                        "add'.")}};
    const QByteArray json = QJsonDocument(out).toJson(QJsonDocument::Indented);
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    succeed();
}

} // namespace routiq::cli
