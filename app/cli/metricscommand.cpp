#include "metricscommand.h"

#include "metrics/metricsjson.h"
#include "metrics/metricsrollup.h"
#include "metrics/metricstable.h"
#include "metrics/rangeresolver.h"
#include "secrets/keyvault.h"
#include "session/cachedclinicmetrics.h"
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
    // Dates win over the period, but an unknown period is still an error (metrics.md 11).
    // Without a period and without dates, the current week.
    const bool anyDate = p.isSet(startDate) || p.isSet(endDate);
    std::optional<MetricsRequest> request = RangeResolver::parseRequest(
        p.isSet(period) ? p.value(period) : (anyDate ? QString() : QStringLiteral("week")),
        p.value(startDate), p.value(endDate), p.value(clinic), &error);
    if (!request) {
        fail(error, 2);
        return;
    }
    bool ok = true;
    request->locationId = optionalId(p.value(location), &ok);
    bool ok2 = true;
    request->practitionerId = optionalId(p.value(practitioner), &ok2);
    if (!ok || !ok2) {
        fail(badRequest(QStringLiteral("Location and practitioner ids are whole numbers.")), 2);
        return;
    }
    if (p.isSet(by) && p.value(by) != QLatin1String("practitioner")) {
        fail(badRequest(
                 QStringLiteral("Unknown grouping '%1': use --by practitioner.").arg(p.value(by))),
             2);
        return;
    }
    m_byPractitioner = p.isSet(by);
    if (m_byPractitioner && request->practitionerId) {
        fail(badRequest(QStringLiteral("--by practitioner lists every practitioner: leave out "
                                       "--practitioner.")),
             2);
        return;
    }
    m_table = fmt == QLatin1String("table");
    m_request = *request;
    if (isRollup() && (m_request.locationId || m_request.practitionerId)) {
        fail(badRequest(QStringLiteral("Location and practitioner ids belong to one clinic: use "
                                       "them with --clinic ID, not --clinic all.")),
             2);
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
                         if (isRollup())
                             startRollup();
                         else
                             startOneClinic();
                     });
}

void MetricsCommand::startOneClinic()
{
    if (const RoutiqError denied = m_login->viewAggregates(m_request.clinicId); !denied.isNull()) {
        fail(denied);
        return;
    }
    const auto connection = m_app->appDatabase().clinicConnection(m_request.clinicId);
    if (!connection) {
        fail(badRequest(
                 QStringLiteral("There is no clinic with the id '%1'.").arg(m_request.clinicId)),
             2);
        return;
    }
    m_targets = {*connection};
    computeNext();
}

void MetricsCommand::startRollup()
{
    // Every clinic this user may see, asked for the same dates: "today" is this computer's local
    // date (as in the app's All clinics view), so the clinics' ranges are one range.
    QList<ClinicId> ids;
    const QList<ClinicConnection> all = m_app->appDatabase().clinicConnections();
    for (const ClinicConnection &c : all)
        ids.append(c.id);
    const QList<ClinicId> visible = m_login->policy().visibleClinics(m_login->user(), ids);
    for (const ClinicConnection &c : all)
        if (visible.contains(c.id))
            m_targets.append(c);
    if (m_targets.isEmpty()) {
        fail(RoutiqError::make(QStringLiteral("NO_CLINIC"),
                               QStringLiteral("There is no clinic this account may see: add one "
                                              "with 'routiq-cli clinic add' or ask an admin.")));
        return;
    }
    RoutiqError error;
    const auto range =
        RangeResolver::resolve(m_request, m_clock.nowUtc().toLocalTime().date(), &error);
    if (!range) {
        fail(error, 2);
        return;
    }
    m_request.startDate = range->startDate; // every clinic is asked for these dates
    m_request.endDate = range->endDate;
    computeNext();
}

void MetricsCommand::computeNext()
{
    const qsizetype done = m_byPractitioner ? m_tables.size() : m_snapshots.size();
    if (done == m_targets.size()) {
        if (m_byPractitioner)
            printByPractitioner();
        else
            print();
        return;
    }
    const ClinicConnection connection = m_targets.at(done);
    m_app->vault().databaseKey(
        connection.id, [this, connection](const DatabaseKey &key, const RoutiqError &keyError) {
            if (!keyError.isNull()) {
                fail(keyError);
                return;
            }
            MetricsRequest request = m_request;
            request.clinicId = connection.id;
            RoutiqError error;
            if (m_byPractitioner) {
                QHash<RecordId, QString> names;
                const auto table = CachedClinicMetrics::computeByPractitioner(
                    m_app->clinicDatabasePath(connection.id), key, connection, request,
                    m_clock.nowUtc(), &names, &error);
                if (!table) {
                    fail(error, errorExitStatus(error.typedCode()));
                    return;
                }
                m_tables.append(*table);
                m_namesPerTarget.append(names);
                computeNext();
                return;
            }
            const auto snapshot =
                CachedClinicMetrics::compute(m_app->clinicDatabasePath(connection.id), key,
                                             connection, request, m_clock.nowUtc(), &error);
            if (!snapshot) {
                fail(error, errorExitStatus(error.typedCode()));
                return;
            }
            m_snapshots.append(*snapshot);
            computeNext();
        });
}

void MetricsCommand::print()
{
    const bool rollup = isRollup();
    MetricsSnapshot shown = m_snapshots.first();
    if (rollup) {
        shown = MetricsRollup::combine(m_snapshots, m_request); // clinicId "all" echoed
    }
    if (m_table) {
        std::fputs(qPrintable(MetricsTable::render(shown.current, shown.previous, shown.request,
                                                   shown.range, shown.lastUpdated)),
                   stdout);
        succeed();
        return;
    }
    QJsonObject json =
        MetricsJson::toJson(shown.current, shown.request, shown.range, shown.lastUpdated);
    json.insert(QStringLiteral("toDate"), MetricsJson::toDateToJson(shown.toDate));
    if (rollup) {
        // Each clinic's own figures, so the roll-up can be reconciled by hand.
        QJsonArray clinics;
        for (qsizetype i = 0; i < m_snapshots.size(); ++i) {
            QJsonObject c = MetricsJson::metricsToJson(m_snapshots[i].current);
            c.insert(QStringLiteral("clinicId"), m_targets[i].id);
            c.insert(QStringLiteral("name"), m_targets[i].name);
            c.insert(QStringLiteral("lastUpdated"),
                     m_snapshots[i].lastUpdated.isValid()
                         ? QJsonValue(m_snapshots[i].lastUpdated.toString(Qt::ISODate))
                         : QJsonValue(QJsonValue::Null));
            clinics.append(c);
        }
        json.insert(QStringLiteral("clinics"), clinics);
    }
    std::fputs(QJsonDocument(json).toJson(QJsonDocument::Indented).constData(), stdout);
    succeed();
}

void MetricsCommand::printByPractitioner()
{
    struct Row
    {
        qsizetype target;
        PractitionerMetrics metrics;
    };
    QList<Row> rows;
    QDateTime oldest;
    bool everySynced = true;
    for (qsizetype t = 0; t < m_tables.size(); ++t) {
        for (const PractitionerMetrics &m : m_tables[t].rows)
            rows.append({t, m});
        const QDateTime updated = m_tables[t].lastUpdated;
        if (!updated.isValid())
            everySynced = false;
        else if (!oldest.isValid() || updated < oldest)
            oldest = updated;
    }
    // The order of metrics.md: totalBookings descending, then id (then clinic under `all`).
    std::stable_sort(rows.begin(), rows.end(), [this](const Row &a, const Row &b) {
        if (a.metrics.current.totalBookings != b.metrics.current.totalBookings)
            return a.metrics.current.totalBookings > b.metrics.current.totalBookings;
        if (a.metrics.practitionerId != b.metrics.practitionerId)
            return a.metrics.practitionerId < b.metrics.practitionerId;
        return m_targets[a.target].id < m_targets[b.target].id;
    });
    const PractitionerTable &first = m_tables.first();
    MetricsRequest echoed = first.request;
    echoed.clinicId = m_request.clinicId;
    const QDateTime lastUpdated = everySynced ? oldest : QDateTime();

    if (m_table) {
        QList<MetricsTable::NamedRow> named;
        for (const Row &r : rows) {
            QString name = m_namesPerTarget[r.target].value(r.metrics.practitionerId);
            if (name.isEmpty())
                name = QString::number(r.metrics.practitionerId);
            if (isRollup())
                name = m_targets[r.target].id + QStringLiteral(": ") + name;
            named.append({name, r.metrics.current, r.metrics.previous});
        }
        std::fputs(qPrintable(MetricsTable::renderRows(named, echoed, first.range, lastUpdated)),
                   stdout);
        succeed();
        return;
    }
    QJsonObject json;
    json.insert(QStringLiteral("request"), MetricsJson::requestToJson(echoed, first.range));
    json.insert(QStringLiteral("lastUpdated"), lastUpdated.isValid()
                                                   ? QJsonValue(lastUpdated.toString(Qt::ISODate))
                                                   : QJsonValue(QJsonValue::Null));
    QJsonArray list;
    for (const Row &r : rows) {
        QJsonObject o = MetricsJson::metricsToJson(r.metrics.current);
        o.insert(QStringLiteral("practitionerId"), QString::number(r.metrics.practitionerId));
        o.insert(QStringLiteral("name"),
                 m_namesPerTarget[r.target].value(r.metrics.practitionerId));
        o.insert(QStringLiteral("previous"), MetricsJson::metricsToJson(r.metrics.previous));
        if (isRollup())
            o.insert(QStringLiteral("clinicId"), m_targets[r.target].id);
        list.append(o);
    }
    json.insert(QStringLiteral("practitioners"), list);
    std::fputs(QJsonDocument(json).toJson(QJsonDocument::Indented).constData(), stdout);
    succeed();
}

} // namespace routiq::cli
