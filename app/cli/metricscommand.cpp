#include "metricscommand.h"

#include "metrics/metricstable.h"
#include "secrets/keyvault.h"
#include "storage/appdatabase.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cstdio>

namespace routiq::cli {

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
    p.addOptions({clinic, period, startDate, endDate, location, practitioner, format, by});
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
    m_query = *query;

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

void MetricsCommand::print()
{
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
    if (!m_query.byPractitioner) {
        const MetricsSnapshot shown = MetricsAnswer::shownSnapshot(m_query, *figures);
        std::fputs(qPrintable(MetricsTable::render(shown.current, shown.previous, shown.request,
                                                   shown.range, shown.lastUpdated)),
                   stdout);
        succeed();
        return;
    }
    const bool rollup = MetricsAnswer::isRollup(m_query);
    QList<MetricsTable::NamedRow> named;
    for (const MetricsAnswer::Row &r : MetricsAnswer::sortedRows(m_targets, *figures)) {
        QString name = figures->names[r.target].value(r.metrics.practitionerId);
        if (name.isEmpty())
            name = QString::number(r.metrics.practitionerId);
        if (rollup)
            name = m_targets[r.target].connection.id + QStringLiteral(": ") + name;
        named.append({name, r.metrics.current, r.metrics.previous});
    }
    const PractitionerTable &first = figures->tables.first();
    MetricsRequest echoed = first.request;
    echoed.clinicId = m_query.request.clinicId;
    std::fputs(qPrintable(MetricsTable::renderRows(named, echoed, first.range,
                                                   MetricsAnswer::oldestUpdate(*figures))),
               stdout);
    succeed();
}

} // namespace routiq::cli
