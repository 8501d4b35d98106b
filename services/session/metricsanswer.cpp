#include "metricsanswer.h"

#include "metrics/metricsjson.h"
#include "metrics/metricsrollup.h"
#include "metrics/metricstable.h"
#include "metrics/rangeresolver.h"
#include "session/cachedclinicmetrics.h"

#include <QJsonArray>

#include <algorithm>

namespace routiq {

namespace {

RoutiqError badRequest(const QString &message)
{
    return RoutiqError::make(QStringLiteral("BAD_REQUEST"), message);
}

std::optional<RecordId> optionalId(const QString &text, bool *ok)
{
    *ok = true;
    if (text.isEmpty())
        return std::nullopt;
    const qlonglong id = text.toLongLong(ok);
    return *ok ? std::optional<RecordId>(id) : std::nullopt;
}

QJsonValue instant(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

} // namespace

std::optional<MetricsAnswer::Query>
MetricsAnswer::parse(const QString &clinicId, const QString &period, bool periodGiven,
                     const QString &startDate, const QString &endDate, const QString &locationId,
                     const QString &practitionerId, const QString &by, bool byGiven,
                     RoutiqError *error)
{
    // Dates win over the period, but an unknown period is still an error (metrics.md 11).
    // Without a period and without dates, the current week.
    const bool anyDate = !startDate.isEmpty() || !endDate.isEmpty();
    std::optional<MetricsRequest> request = RangeResolver::parseRequest(
        periodGiven ? period : (anyDate ? QString() : QStringLiteral("week")), startDate, endDate,
        clinicId, error);
    if (!request)
        return std::nullopt;
    bool ok = true;
    request->locationId = optionalId(locationId, &ok);
    bool ok2 = true;
    request->practitionerId = optionalId(practitionerId, &ok2);
    if (!ok || !ok2) {
        *error = badRequest(QStringLiteral("Location and practitioner ids are whole numbers."));
        return std::nullopt;
    }
    if (byGiven && by != QLatin1String("practitioner")) {
        *error =
            badRequest(QStringLiteral("Unknown grouping '%1': use --by practitioner.").arg(by));
        return std::nullopt;
    }
    Query query{*request, byGiven};
    if (query.byPractitioner && request->practitionerId) {
        *error = badRequest(QStringLiteral("--by practitioner lists every practitioner: leave out "
                                           "--practitioner."));
        return std::nullopt;
    }
    if (isRollup(query) && (request->locationId || request->practitionerId)) {
        *error = badRequest(QStringLiteral("Location and practitioner ids belong to one clinic: "
                                           "use them with --clinic ID, not --clinic all."));
        return std::nullopt;
    }
    return query;
}

bool MetricsAnswer::resolveRollupDates(Query *query, const QDateTime &nowUtc, RoutiqError *error)
{
    // "Today" is this computer's local date (as in the app's All clinics view), so the
    // clinics' ranges are one range.
    const auto range = RangeResolver::resolve(query->request, nowUtc.toLocalTime().date(), error);
    if (!range)
        return false;
    query->request.startDate = range->startDate;
    query->request.endDate = range->endDate;
    return true;
}

std::optional<MetricsAnswer::Figures> MetricsAnswer::compute(const QList<Target> &targets,
                                                             const Query &query,
                                                             const QDateTime &nowUtc,
                                                             RoutiqError *error)
{
    Figures figures;
    for (const Target &target : targets) {
        MetricsRequest request = query.request;
        request.clinicId = target.connection.id;
        if (query.byPractitioner) {
            QHash<RecordId, QString> names;
            const auto table = CachedClinicMetrics::computeByPractitioner(
                target.databasePath, target.key, target.connection, request, nowUtc, &names, error);
            if (!table)
                return std::nullopt;
            figures.tables.append(*table);
            figures.names.append(names);
            continue;
        }
        const auto snapshot = CachedClinicMetrics::compute(
            target.databasePath, target.key, target.connection, request, nowUtc, error);
        if (!snapshot)
            return std::nullopt;
        figures.snapshots.append(*snapshot);
    }
    return figures;
}

QList<MetricsAnswer::Row> MetricsAnswer::sortedRows(const QList<Target> &targets,
                                                    const Figures &figures)
{
    QList<Row> rows;
    for (qsizetype t = 0; t < figures.tables.size(); ++t)
        for (const PractitionerMetrics &m : figures.tables[t].rows)
            rows.append({t, m});
    // The order of metrics.md: totalBookings descending, then id (then clinic under `all`).
    std::stable_sort(rows.begin(), rows.end(), [&targets](const Row &a, const Row &b) {
        if (a.metrics.current.totalBookings != b.metrics.current.totalBookings)
            return a.metrics.current.totalBookings > b.metrics.current.totalBookings;
        if (a.metrics.practitionerId != b.metrics.practitionerId)
            return a.metrics.practitionerId < b.metrics.practitionerId;
        return targets[a.target].connection.id < targets[b.target].connection.id;
    });
    return rows;
}

QDateTime MetricsAnswer::oldestUpdate(const Figures &figures)
{
    QDateTime oldest;
    for (const PractitionerTable &table : figures.tables) {
        if (!table.lastUpdated.isValid())
            return {}; // a clinic never synced: no "as of" for the whole table
        if (!oldest.isValid() || table.lastUpdated < oldest)
            oldest = table.lastUpdated;
    }
    return oldest;
}

QJsonObject MetricsAnswer::toJson(const QList<Target> &targets, const Query &query,
                                  const Figures &figures)
{
    const bool rollup = isRollup(query);
    if (query.byPractitioner) {
        const PractitionerTable &first = figures.tables.first();
        MetricsRequest echoed = first.request;
        echoed.clinicId = query.request.clinicId;
        QJsonObject json;
        json.insert(QStringLiteral("request"), MetricsJson::requestToJson(echoed, first.range));
        json.insert(QStringLiteral("lastUpdated"), instant(oldestUpdate(figures)));
        QJsonArray list;
        for (const Row &r : sortedRows(targets, figures)) {
            QJsonObject o = MetricsJson::metricsToJson(r.metrics.current);
            o.insert(QStringLiteral("practitionerId"), QString::number(r.metrics.practitionerId));
            o.insert(QStringLiteral("name"),
                     figures.names[r.target].value(r.metrics.practitionerId));
            o.insert(QStringLiteral("previous"), MetricsJson::metricsToJson(r.metrics.previous));
            if (rollup)
                o.insert(QStringLiteral("clinicId"), targets[r.target].connection.id);
            list.append(o);
        }
        json.insert(QStringLiteral("practitioners"), list);
        return json;
    }
    const MetricsSnapshot shown = shownSnapshot(query, figures);
    QJsonObject json =
        MetricsJson::toJson(shown.current, shown.request, shown.range, shown.lastUpdated);
    json.insert(QStringLiteral("toDate"), MetricsJson::toDateToJson(shown.toDate));
    if (rollup) {
        // Each clinic's own figures, so the roll-up can be reconciled by hand.
        QJsonArray clinics;
        for (qsizetype i = 0; i < figures.snapshots.size(); ++i) {
            QJsonObject c = MetricsJson::metricsToJson(figures.snapshots[i].current);
            c.insert(QStringLiteral("clinicId"), targets[i].connection.id);
            c.insert(QStringLiteral("name"), targets[i].connection.name);
            c.insert(QStringLiteral("lastUpdated"), instant(figures.snapshots[i].lastUpdated));
            clinics.append(c);
        }
        json.insert(QStringLiteral("clinics"), clinics);
    }
    return json;
}

QString MetricsAnswer::toTable(const QList<Target> &targets, const Query &query,
                               const Figures &figures)
{
    if (!query.byPractitioner) {
        const MetricsSnapshot shown = shownSnapshot(query, figures);
        return MetricsTable::render(shown.current, shown.previous, shown.request, shown.range,
                                    shown.lastUpdated);
    }
    const bool rollup = isRollup(query);
    QList<MetricsTable::NamedRow> named;
    for (const Row &r : sortedRows(targets, figures)) {
        QString name = figures.names[r.target].value(r.metrics.practitionerId);
        if (name.isEmpty())
            name = QString::number(r.metrics.practitionerId);
        if (rollup)
            name = targets[r.target].connection.id + QStringLiteral(": ") + name;
        named.append({name, r.metrics.current, r.metrics.previous});
    }
    const PractitionerTable &first = figures.tables.first();
    MetricsRequest echoed = first.request;
    echoed.clinicId = query.request.clinicId;
    return MetricsTable::renderRows(named, echoed, first.range, oldestUpdate(figures));
}

MetricsSnapshot MetricsAnswer::shownSnapshot(const Query &query, const Figures &figures)
{
    if (isRollup(query))
        return MetricsRollup::combine(figures.snapshots, query.request); // clinicId "all" echoed
    return figures.snapshots.first();
}

std::optional<QJsonObject> MetricsAnswer::answer(const QList<Target> &targets, const Query &query,
                                                 const QDateTime &nowUtc, RoutiqError *error)
{
    const auto figures = compute(targets, query, nowUtc, error);
    if (!figures)
        return std::nullopt;
    return toJson(targets, query, *figures);
}

} // namespace routiq
