#include "metricscommand.h"

#include "interruptwatcher.h"
#include "servermetricsfollow.h"
#include "serveropen.h"

#include "metrics/metricstable.h"
#include "secrets/keyvault.h"
#include "session/cliniczone.h"
#include "session/pmsadapterfactory.h"
#include "storage/appdatabase.h"
#include "sync/syncworker.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cstdio>

namespace routiq::cli {

MetricsCommand::MetricsCommand(CliContext context, QObject *parent)
    : CliCommand(std::move(context), parent)
{}

MetricsCommand::~MetricsCommand()
{
    if (m_worker)
        m_worker->stop();
}

void MetricsCommand::start(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption clinic(QStringLiteral("clinic"), QStringLiteral("Clinic id."),
                                    QStringLiteral("ID"));
    const QCommandLineOption period(QStringLiteral("period"), QStringLiteral("week|month"),
                                    QStringLiteral("P"));
    const QCommandLineOption startDate(QStringLiteral("start"), QStringLiteral("YYYY-MM-DD"),
                                       QStringLiteral("DATE"));
    const QCommandLineOption endDate(QStringLiteral("end"), QStringLiteral("YYYY-MM-DD"),
                                     QStringLiteral("DATE"));
    const QCommandLineOption location(QStringLiteral("location"), QStringLiteral("Location id."),
                                      QStringLiteral("ID"));
    const QCommandLineOption practitioner(QStringLiteral("practitioner"),
                                          QStringLiteral("Practitioner id."), QStringLiteral("ID"));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("json|table"),
                                    QStringLiteral("F"), QStringLiteral("json"));
    const QCommandLineOption by(QStringLiteral("by"), QStringLiteral("practitioner"),
                                QStringLiteral("GROUP"));
    const QCommandLineOption follow(QStringLiteral("follow"),
                                    QStringLiteral("A JSON line, then one per change."));
    p.addOptions({clinic, period, startDate, endDate, location, practitioner, format, by, follow});
    if (!parse(p, args.mid(1)))
        return;
    if (!p.isSet(clinic)) {
        fail(badRequest(QStringLiteral("metrics needs --clinic ID.")), 2);
        return;
    }
    const QString fmt = p.value(format);
    if (fmt != QLatin1String("json") && fmt != QLatin1String("table")) {
        fail(badRequest(QStringLiteral("Unknown format '%1': use json or table.").arg(fmt)), 2);
        return;
    }
    RoutiqError error;
    const auto query = MetricsAnswer::parse(
        p.value(clinic), p.value(period), p.isSet(period), p.value(startDate), p.value(endDate),
        p.value(location), p.value(practitioner), p.value(by), p.isSet(by), &error);
    if (!query) {
        fail(error, 2);
        return;
    }
    m_table = fmt == QLatin1String("table");
    m_follow = p.isSet(follow);
    m_query = *query;
    if (m_follow && (m_table || MetricsAnswer::isRollup(m_query) || m_query.byPractitioner)) {
        fail(badRequest(QStringLiteral("--follow prints one clinic's figures as JSON lines (not "
                                       "'all', --by or --format table).")),
             2);
        return;
    }
    if (!context().server.isEmpty()) {
        startOnServer();
        return;
    }

    AppContext::open({context().dataDir, context().masterKeyFile},
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
                         if (MetricsAnswer::isRollup(m_query))
                             startRollup();
                         else
                             startOneClinic();
                     });
}

void MetricsCommand::startOneClinic()
{
    if (const RoutiqError denied = m_login->viewAggregates(m_query.request.clinicId);
        !denied.isNull()) {
        fail(denied);
        return;
    }
    const auto connection = m_app->appDatabase().clinicConnection(m_query.request.clinicId);
    if (!connection) {
        fail(badRequest(QStringLiteral("There is no clinic with the id '%1'.")
                            .arg(m_query.request.clinicId)),
             2);
        return;
    }
    m_connections = {*connection};
    fetchNextKey();
}

void MetricsCommand::startRollup()
{
    // Every clinic this user may see, asked for the same dates.
    QList<ClinicId> ids;
    const QList<ClinicConnection> all = m_app->appDatabase().clinicConnections();
    for (const ClinicConnection &c : all)
        ids.append(c.id);
    const QList<ClinicId> visible = m_login->policy().visibleClinics(m_login->user(), ids);
    for (const ClinicConnection &c : all)
        if (visible.contains(c.id))
            m_connections.append(c);
    if (m_connections.isEmpty()) {
        fail(RoutiqError::make(QStringLiteral("NO_CLINIC"),
                               QStringLiteral("There is no clinic this account may see: add one "
                                              "with 'routiq-cli clinic add' or ask an admin.")));
        return;
    }
    RoutiqError error;
    if (!MetricsAnswer::resolveRollupDates(&m_query, m_clock.nowUtc(), &error)) {
        fail(error, 2);
        return;
    }
    fetchNextKey();
}

void MetricsCommand::fetchNextKey()
{
    if (m_targets.size() == m_connections.size()) {
        print();
        return;
    }
    const ClinicConnection connection = m_connections.at(m_targets.size());
    m_app->vault().databaseKey(
        connection.id, [this, connection](const DatabaseKey &key, const RoutiqError &keyError) {
            if (!keyError.isNull()) {
                fail(keyError);
                return;
            }
            m_targets.append({connection, m_app->clinicDatabasePath(connection.id), key});
            fetchNextKey();
        });
}

void MetricsCommand::startOnServer()
{
    RoutiqError error;
    const auto server = ServerOpen::connInfo(context(), &error);
    if (!server) {
        fail(error, errorExitStatus(error.typedCode()));
        return;
    }
    m_onServer = std::make_unique<ServerMetricsFollow>(*server, m_query, m_follow, m_table);
    connect(m_onServer.get(), &ServerMetricsFollow::finished, this,
            [this](const RoutiqError &e, int exitCode) {
                if (e.isNull())
                    succeed();
                else
                    fail(e, exitCode);
            });
    if (m_follow)
        stopOnInterrupt();
    m_onServer->start();
}

void MetricsCommand::stopOnInterrupt()
{
    auto *interrupt = new InterruptWatcher(this);
    connect(interrupt, &InterruptWatcher::interrupted, this, [this] {
        if (m_worker)
            m_worker->stop();
        succeed();
    });
}

void MetricsCommand::followLocally()
{
    // As the app does: the clinic's sync runs in this process; each committed change (and each
    // finished pass) computes the figures again, and a line is printed when they changed.
    const MetricsAnswer::Target target = m_targets.first();
    m_app->vault().apiKey(target.connection.id, [this, target](const QString &apiKey,
                                                               const RoutiqError &keyError) {
        if (!keyError.isNull()) {
            fail(keyError);
            return;
        }
        SyncEngine::Options options;
        options.keepPolling = true;
        m_worker = std::make_unique<SyncWorker>(
            target.connection.id,
            PmsAdapterFactory::forConnection(target.connection, apiKey, &m_clock),
            ClinicZone::storeFactory(target.databasePath, target.key, target.connection, &m_clock),
            &m_clock, options);
        auto again = [this] {
            RoutiqError error;
            const auto json = MetricsAnswer::answer(m_targets, m_query, m_clock.nowUtc(), &error);
            if (json)
                m_printer.print(*json);
            else if (!error.is(ErrorCode::CacheEmpty))
                std::fprintf(stderr, "routiq-cli: %s (%s)\n", qPrintable(error.message),
                             qPrintable(error.code));
        };
        connect(m_worker.get(), &SyncWorker::changesCommitted, this, again);
        connect(m_worker.get(), &SyncWorker::passCompleted, this, again);
        connect(m_worker.get(), &SyncWorker::failed, this, [](const RoutiqError &error) {
            std::fprintf(stderr, "routiq-cli: %s (%s)\n", qPrintable(error.message),
                         qPrintable(error.code));
        });
        stopOnInterrupt();
        again(); // the figures of the cache as it is (nothing when never synced)
        m_worker->start();
    });
}

void MetricsCommand::print()
{
    if (m_follow) {
        followLocally();
        return;
    }
    RoutiqError error;
    const auto figures = MetricsAnswer::compute(m_targets, m_query, m_clock.nowUtc(), &error);
    if (!figures) {
        fail(error, error.code == QLatin1String("BAD_REQUEST") ? 2 : 1);
        return;
    }
    if (!m_table) {
        const QJsonObject json = MetricsAnswer::toJson(m_targets, m_query, *figures);
        std::fputs(QJsonDocument(json).toJson(QJsonDocument::Indented).constData(), stdout);
        succeed();
        return;
    }
    std::fputs(qPrintable(MetricsAnswer::toTable(m_targets, m_query, *figures)), stdout);
    succeed();
}

} // namespace routiq::cli
