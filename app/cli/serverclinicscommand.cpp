#include "serverclinicscommand.h"

#include "serveropen.h"

#include "security/auditaction.h"
#include "session/cliniclistjson.h"
#include "shared/agentpmsconnection.h"
#include "shared/serveragentlock.h"
#include "shared/serverauditlog.h"
#include "shared/serverconnection.h"
#include "shared/servererror.h"
#include "shared/sharedschema.h"

#include "secrets/secretstore.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>

namespace routiq::cli {

ServerClinicsCommand::ServerClinicsCommand(CliContext context, QObject *parent)
    : CliCommand(std::move(context), parent)
{}

ServerClinicsCommand::~ServerClinicsCommand() = default;

void ServerClinicsCommand::start(const QStringList &args)
{
    const QString sub = args.value(1);
    if (sub == QLatin1String("list"))
        list(args.mid(2));
    else if (sub == QLatin1String("remove"))
        remove(args.mid(2));
    else
        fail(badRequest(QStringLiteral("With --server: 'clinic add', 'clinic list' or 'clinic "
                                       "remove' (docs/shared-mode.md).")),
             2);
}

std::unique_ptr<ServerConnection> ServerClinicsCommand::openServer()
{
    RoutiqError error;
    const auto server = ServerOpen::connInfo(context(), &error);
    if (!server) {
        fail(error, 2);
        return nullptr;
    }
    auto db = ServerConnection::open(*server, &error);
    if (db && error.isNull())
        error = SharedSchema::checkCurrent(db->database());
    if (!db || !error.isNull()) {
        fail(error);
        return nullptr;
    }
    return db;
}

void ServerClinicsCommand::list(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("JSON output."));
    p.addOption(json);
    if (!parse(p, args))
        return;
    RoutiqError error;
    const auto server = ServerOpen::connInfo(context(), &error);
    if (!server) {
        fail(error, 2);
        return;
    }
    const auto clinics = ServerOpen::visibleClinics(*server, &error);
    if (!clinics) {
        fail(error);
        return;
    }
    if (p.isSet(json)) {
        const QJsonArray array = ClinicListJson::toJson(*clinics);
        std::fputs(QJsonDocument(array).toJson(QJsonDocument::Indented).constData(), stdout);
    } else if (clinics->isEmpty()) {
        std::printf("No clinic on this server that this account may see. An admin adds one "
                    "with 'clinic add' or grants one with 'user grant'.\n");
    } else {
        for (const ClinicConnection &c : *clinics)
            std::printf("%-20s %s\n", qPrintable(c.id), qPrintable(c.name));
    }
    succeed();
}

void ServerClinicsCommand::remove(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption id(QStringLiteral("id"), QStringLiteral("Clinic id."),
                                QStringLiteral("ID"));
    p.addOption(id);
    if (!parse(p, args))
        return;
    if (!p.isSet(id)) {
        fail(badRequest(QStringLiteral("clinic remove needs --id.")), 2);
        return;
    }
    const QString clinic = p.value(id);
    const auto db = openServer();
    if (!db)
        return;
    RoutiqError error;
    const ServerConnInfo *server = &db->info();
    QSqlDatabase database = db->database();
    const auto sqlFailure = [&database](const QSqlQuery &q, const QString &what) {
        database.rollback();
        return ServerError::fromSql(q.lastError(), what);
    };
    if (!database.transaction()) {
        fail(ServerError::fromSql(database.lastError(), QStringLiteral("removing the clinic")));
        return;
    }
    // The agent's lock, for this transaction: none syncs while its clinic goes, and a running
    // one is not pulled from under.
    QSqlQuery lock(database);
    if (!lock.prepare(QStringLiteral("SELECT pg_try_advisory_xact_lock(?, hashtext(?))")) ||
        (lock.addBindValue(ServerAgentLock::kAgentLockClass), lock.addBindValue(clinic),
         !lock.exec()) ||
        !lock.next()) {
        fail(sqlFailure(lock, QStringLiteral("removing the clinic")));
        return;
    }
    if (!lock.value(0).toBool()) {
        database.rollback();
        fail(RoutiqError::make(QStringLiteral("DATA_LOCKED"),
                               QStringLiteral("An agent is syncing clinic '%1' now: stop it "
                                              "first, then remove the clinic.")
                                   .arg(clinic)));
        return;
    }
    QSqlQuery remove(database);
    if (!remove.prepare(QStringLiteral("DELETE FROM clinics WHERE id = ?")) ||
        (remove.addBindValue(clinic), !remove.exec())) {
        fail(sqlFailure(remove, QStringLiteral("removing the clinic")));
        return;
    }
    if (remove.numRowsAffected() < 1) {
        database.rollback();
        fail(badRequest(QStringLiteral("There is no clinic with the id '%1' on this server (or "
                                       "this account may not remove it).")
                            .arg(clinic)),
             2);
        return;
    }
    if (!ServerAuditLog(database).record(
            AuditAction::ConnectionChanged, clinic, clinic,
            QJsonObject{{QStringLiteral("what"), QStringLiteral("remove")}}, &error) ||
        !database.commit()) {
        database.rollback();
        fail(error.isNull()
                 ? ServerError::fromSql(database.lastError(), QStringLiteral("removing the clinic"))
                 : error);
        return;
    }
    // The PMS key, if this is the agent's computer; elsewhere there is none to remove.
    m_secrets = AgentPmsConnection::openStore(context().masterKeyFile, context().dataDir, &error);
    const QString done = QStringLiteral("Removed clinic '%1' and its data from %2.")
                             .arg(clinic, server->description());
    if (!m_secrets) {
        std::printf("%s\n", qPrintable(done));
        succeed();
        return;
    }
    const QString entry = AgentPmsConnection::entryName(server->serverKey(), clinic);
    m_secrets->remove(entry, [this, done, entry](const RoutiqError &removeError) {
        std::printf("%s\n", qPrintable(done));
        if (!removeError.isNull())
            std::fprintf(stderr,
                         "routiq-cli: the keychain entry '%s' could not be removed (%s); remove "
                         "it by hand if this computer ran the clinic's agent.\n",
                         qPrintable(entry), qPrintable(removeError.message));
        succeed();
    });
}

} // namespace routiq::cli
