#include "diagnosticscommand.h"

#include "core/filelog.h"
#include "domain/pmskind.h"
#include "secrets/keyvault.h"
#include "security/auditverifier.h"
#include "storage/appdatabase.h"
#include "storage/cachesyncstatus.h"
#include "storage/schemamigrator.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>

#include <cstdio>

namespace routiq::cli {

namespace {

QList<QByteArray> logTail(const QString &dataDirectory)
{
    const QString dir = FileLog::directoryFor(dataDirectory);
    if (RotatingLogFile *log = FileLog::current(); log && log->directory() == dir)
        return log->lastLines(DiagnosticsBundle::kLogLines);
    return RotatingLogFile(dir, FileLog::optionsFrom(QSettings()))
        .lastLines(DiagnosticsBundle::kLogLines);
}

} // namespace

void DiagnosticsCommand::start(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("The .zip to write."),
                                 QStringLiteral("FILE"));
    p.addOptions({out});
    if (!parse(p, args.mid(1)))
        return;
    if (!p.isSet(out)) {
        fail(badRequest(QStringLiteral("diagnostics needs --out FILE.zip.")), 2);
        return;
    }
    m_out = QFileInfo(p.value(out)).absoluteFilePath();
    AppContext::open({context().dataDir, context().masterKeyFile},
                     [this](std::unique_ptr<AppContext> app, const RoutiqError &error) {
                         if (!app) {
                             fail(error);
                             return;
                         }
                         m_app = std::move(app);
                         m_login = std::make_unique<ActingUserLogin>(*m_app, &m_clock);
                         keepAuditHead(m_login.get());
                         // Read-only like `audit verify`: the sign-in's own entry does not move
                         // the anchor or the keychain counter.
                         m_login->setAnchorUpdates(false);
                         if (!signIn(*m_login))
                             return;
                         collect();
                     });
}

void DiagnosticsCommand::collect()
{
    const QSqlDatabase db = m_app->appDatabase().database();
    m_contents.versions = DiagnosticsBundle::versions(db);
    RoutiqError ignored;
    m_contents.schemas.insert(QStringLiteral("app"), SchemaMigrator::currentVersion(db, &ignored));
    m_contents.logLines = logTail(m_app->dataDirectory());
    RoutiqError error;
    const QList<ClinicConnection> all = m_app->appDatabase().clinicConnections(&error);
    if (!error.isNull()) {
        fail(error);
        return;
    }
    QList<ClinicId> ids;
    for (const ClinicConnection &c : all)
        ids.append(c.id);
    const QList<ClinicId> visible = m_login->policy().visibleClinics(m_login->user(), ids);
    for (const ClinicConnection &c : all)
        if (visible.contains(c.id))
            m_pending.append(c);
    nextClinic();
}

void DiagnosticsCommand::nextClinic()
{
    if (m_pending.isEmpty()) {
        m_contents.schemas.insert(QStringLiteral("clinics"), m_clinicSchemas);
        verifyAuditAndWrite();
        return;
    }
    const ClinicConnection c = m_pending.takeFirst();
    SyncHealth h;
    h.clinicId = c.id;
    h.clinicName = c.name;
    h.pms = pmsKindName(c.pmsKind);
    h.state = QStringLiteral("not running");
    h.recentFailures =
        DiagnosticsBundle::failuresFromLog(m_contents.logLines, c.id, m_clock.nowUtc());
    const QString path = m_app->clinicDatabasePath(c.id);
    if (!QFileInfo::exists(path)) {
        h.state = QStringLiteral("never synced");
        m_contents.clinics.append(h);
        nextClinic();
        return;
    }
    m_app->vault().databaseKey(c.id, [this, h, path](const DatabaseKey &key,
                                                     const RoutiqError &keyError) mutable {
        RoutiqError error = keyError;
        std::optional<CacheSyncStatus> status;
        if (error.isNull())
            status = CacheSyncStatus::read(path, key, &error);
        if (status) {
            h.lastSuccessfulSyncUtc = status->lastSuccessfulSyncUtc;
            if (h.lastSuccessfulSyncUtc.isValid())
                h.dataAgeSecs = qMax<qint64>(0, h.lastSuccessfulSyncUtc.secsTo(m_clock.nowUtc()));
            for (const CacheSyncStatus::Checkpoint &cp : status->checkpoints)
                h.resources.append(
                    {cp.resource, cp.savedAtUtc, cp.highWaterMarkUtc, cp.backfillComplete});
            m_clinicSchemas.insert(h.clinicId, status->schemaVersion);
        } else {
            // The code only: what failed to open is for the bundle, not a reason to stop.
            h.state = QStringLiteral("cache unreadable: ") + error.code;
        }
        m_contents.clinics.append(h);
        nextClinic();
    });
}

void DiagnosticsCommand::verifyAuditAndWrite()
{
    AuditVerifier::AnchorReading anchor;
    anchor.saved = m_login->anchor().read(&anchor.error);
    m_login->counter().read([this, anchor](const AuditCounter::Reading &counter) {
        const AuditVerifier::Report report =
            AuditVerifier::check(m_login->audit(), anchor, counter);
        m_contents.audit = QJsonObject{
            {QStringLiteral("ok"), report.ok},
            {QStringLiteral("code"), report.ok ? QJsonValue() : QJsonValue(report.code)},
            {QStringLiteral("message"), report.message},
            {QStringLiteral("entries"), double(report.entries)},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(report.warnings)},
        };
        RoutiqError error;
        if (!DiagnosticsBundle::write(m_out, m_contents, &error)) {
            fail(error);
            return;
        }
        const QJsonObject out{
            {QStringLiteral("bundle"), m_out},
            {QStringLiteral("clinics"), int(m_contents.clinics.size())},
            {QStringLiteral("audit"), report.ok ? QStringLiteral("ok") : report.code}};
        std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
        std::fflush(stdout);
        succeed();
    });
}

} // namespace routiq::cli
