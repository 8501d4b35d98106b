#include "serverclinicaddcommand.h"

#include "serveropen.h"

#include "domain/pmskind.h"
#include "security/auditaction.h"

#include "secrets/secretstore.h"
#include "session/clinicconnectionservice.h"
#include "shared/agentpmsconnection.h"
#include "shared/serverauditlog.h"
#include "shared/serverconnection.h"
#include "shared/servererror.h"
#include "shared/sharedschema.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QSqlDatabase>

#include <cstdio>

namespace routiq::cli {

ServerClinicAddCommand::ServerClinicAddCommand(CliContext context, QObject *parent)
    : CliCommand(std::move(context), parent)
{}

ServerClinicAddCommand::~ServerClinicAddCommand() = default;

void ServerClinicAddCommand::start(const QStringList &args)
{
    if (args.value(1) != QLatin1String("add")) {
        fail(badRequest(QStringLiteral("With --server, 'clinic add' only so far "
                                       "(docs/shared-mode.md).")),
             2);
        return;
    }
    QCommandLineParser p;
    const QCommandLineOption id(QStringLiteral("id"), QStringLiteral("Clinic id."),
                                QStringLiteral("ID"));
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("Name."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption pms(QStringLiteral("pms"), QStringLiteral("cliniko|nookal"),
                                 QStringLiteral("PMS"));
    const QCommandLineOption keyFile(QStringLiteral("api-key-file"),
                                     QStringLiteral("File holding the API key, or - for stdin."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption baseUrl(QStringLiteral("base-url"), QStringLiteral("Base URL."),
                                     QStringLiteral("URL"));
    const QCommandLineOption zone(QStringLiteral("time-zone"), QStringLiteral("IANA zone."),
                                  QStringLiteral("IANA"));
    const QCommandLineOption email(QStringLiteral("contact-email"), QStringLiteral("Email."),
                                   QStringLiteral("EMAIL"));
    p.addOptions({id, name, pms, keyFile, baseUrl, zone, email});
    if (!parse(p, args.mid(2)))
        return;
    for (const auto *required : {&id, &name, &pms, &keyFile}) {
        if (!p.isSet(*required)) {
            fail(
                badRequest(QStringLiteral("clinic add needs --%1.").arg(required->names().first())),
                2);
            return;
        }
    }
    AgentPmsConnection::Entry entry;
    ClinicConnection &connection = entry.connection;
    connection.id = p.value(id);
    connection.name = p.value(name).trimmed();
    connection.baseUrlOverride = p.value(baseUrl);
    connection.timeZoneOverride = p.value(zone);
    connection.contactEmail = p.value(email);
    const auto kind = pmsArgument(p.value(pms));
    if (!kind)
        return;
    connection.pmsKind = *kind;
    const auto apiKey = readApiKey(p.value(keyFile));
    if (!apiKey)
        return;
    entry.apiKey = *apiKey;
    if (const RoutiqError invalid = ClinicConnectionService::validateNew(connection, entry.apiKey);
        !invalid.isNull()) {
        fail(invalid, 2);
        return;
    }
    RoutiqError error;
    const auto server = ServerOpen::connInfo(context(), &error);
    if (!server) {
        fail(error, errorExitStatus(error.typedCode()));
        return;
    }
    {
        // The clinic and its audit entry commit together (the server sets actor and time).
        const auto db = ServerConnection::open(*server, &error);
        if (db && error.isNull())
            error = SharedSchema::checkCurrent(db->database());
        QSqlDatabase database = db ? db->database() : QSqlDatabase();
        const bool ok =
            db && error.isNull() && database.transaction() &&
            SharedSchema::registerClinic(database, connection.id, connection.name, &error) &&
            ServerAuditLog(database).record(
                AuditAction::ConnectionChanged, connection.id, connection.id,
                QJsonObject{{QStringLiteral("what"), QStringLiteral("add")},
                            {QStringLiteral("pms"), pmsKindName(connection.pmsKind)}},
                &error) &&
            database.commit();
        if (!ok) {
            if (db)
                database.rollback();
            if (error.isNull())
                error = ServerError::fromSql(database.lastError(),
                                             QStringLiteral("registering the clinic"));
            fail(error);
            return;
        }
    }
    m_secrets = AgentPmsConnection::openStore(context().masterKeyFile, context().dataDir, &error);
    if (!m_secrets) {
        fail(error);
        return;
    }
    AgentPmsConnection::write(
        *m_secrets, server->serverKey(), entry,
        [this, clinic = connection.id, server = *server](const RoutiqError &writeError) {
            if (!writeError.isNull()) {
                fail(writeError);
                return;
            }
            std::printf("Added clinic '%s' on %s; its PMS connection is in this computer's "
                        "keychain. Run the agent: routiq-cli --server … sync --clinic %s "
                        "--watch\n",
                        qPrintable(clinic), qPrintable(server.description()), qPrintable(clinic));
            succeed();
        });
}

} // namespace routiq::cli
