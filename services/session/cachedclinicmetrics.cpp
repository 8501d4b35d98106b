#include "cachedclinicmetrics.h"

#include "cliniczone.h"
#include "metrics/appointmentindex.h"
#include "metrics/metricscalculator.h"
#include "metrics/rangeresolver.h"
#include "metrics/todatecomparison.h"
#include "storage/clinicdatabasereader.h"
#include "storage/referencedata.h"

#include <QFileInfo>

#include <algorithm>

namespace routiq {

namespace {
RoutiqError badRequest(const QString &message)
{
    return RoutiqError::make(QStringLiteral("BAD_REQUEST"), message);
}
} // namespace

namespace {

// What both computations need: the cache opened, the request checked, R and P resolved, every
// fact indexed.
struct OpenedCache
{
    std::unique_ptr<ClinicDatabaseReader> reader;
    QList<Practitioner> practitioners;
    ResolvedRange range;
    QDate today;
    QDateTime lastUpdated;
    AppointmentIndex index;
};

std::optional<OpenedCache> openCache(const QString &databasePath, const DatabaseKey &key,
                                     const ClinicConnection &connection,
                                     const MetricsRequest &request, const QDateTime &nowUtc,
                                     RoutiqError *error)
{
    if (!QFileInfo::exists(databasePath)) {
        *error = RoutiqError::make(QStringLiteral("CACHE_EMPTY"),
                                   QStringLiteral("Clinic '%1' has not been synced yet. Run "
                                                  "'routiq-cli sync --clinic %1' first.")
                                       .arg(connection.id));
        return std::nullopt;
    }
    OpenedCache c;
    c.reader = ClinicDatabaseReader::open(databasePath, key, error);
    if (!c.reader)
        return std::nullopt;
    const QList<Location> locations = ReferenceData::locations(c.reader->connectionName());
    c.practitioners = ReferenceData::practitioners(c.reader->connectionName());
    // Unknown filter ids are errors, like an unknown clinic (metrics.md 13).
    if (request.locationId &&
        std::none_of(locations.begin(), locations.end(),
                     [&](const Location &l) { return l.id == *request.locationId; })) {
        *error = badRequest(QStringLiteral("Clinic '%1' has no location %2.")
                                .arg(connection.id)
                                .arg(*request.locationId));
        return std::nullopt;
    }
    if (request.practitionerId &&
        std::none_of(c.practitioners.begin(), c.practitioners.end(),
                     [&](const Practitioner &p) { return p.id == *request.practitionerId; })) {
        *error = badRequest(QStringLiteral("Clinic '%1' has no practitioner %2.")
                                .arg(connection.id)
                                .arg(*request.practitionerId));
        return std::nullopt;
    }
    c.lastUpdated = ReferenceData::lastSuccessfulSync(c.reader->connectionName());
    if (!c.lastUpdated.isValid()) {
        // A cache whose first sync never finished would print zeros that look like a quiet
        // clinic: say what is missing instead.
        *error = RoutiqError::make(QStringLiteral("CACHE_EMPTY"),
                                   QStringLiteral("Clinic '%1' has not finished its first sync "
                                                  "yet. Run 'routiq-cli sync --clinic %1'.")
                                       .arg(connection.id));
        return std::nullopt;
    }
    const QTimeZone zone = ClinicZone::forToday(locations, request.locationId, connection);
    c.today = nowUtc.toTimeZone(zone).date();
    const std::optional<ResolvedRange> range = RangeResolver::resolve(request, c.today, error);
    if (!range)
        return std::nullopt;
    c.range = *range;
    c.index.reset(c.reader->loadFacts(error));
    if (!error->isNull())
        return std::nullopt;
    return c;
}

} // namespace

std::optional<MetricsSnapshot>
CachedClinicMetrics::compute(const QString &databasePath, const DatabaseKey &key,
                             const ClinicConnection &connection, const MetricsRequest &request,
                             const QDateTime &nowUtc, RoutiqError *error)
{
    const std::optional<OpenedCache> c =
        openCache(databasePath, key, connection, request, nowUtc, error);
    if (!c)
        return std::nullopt;
    const MetricsCalculator calculator(c->index);
    const MetricsFilter filter = MetricsFilter::fromRequest(request);
    MetricsSnapshot s;
    s.request = request;
    s.range = c->range;
    s.current = calculator.compute(c->range, filter);
    s.previous = calculator.computePrevious(c->range, filter);
    s.toDate = ToDateComparison::compute(calculator, c->range, filter, c->today);
    s.lastUpdated = c->lastUpdated;
    s.generation = 1;
    return s;
}

std::optional<PractitionerTable>
CachedClinicMetrics::computeByPractitioner(const QString &databasePath, const DatabaseKey &key,
                                           const ClinicConnection &connection,
                                           const MetricsRequest &request, const QDateTime &nowUtc,
                                           QHash<RecordId, QString> *names, RoutiqError *error)
{
    if (request.practitionerId) {
        *error = badRequest(QStringLiteral("--by practitioner lists every practitioner: leave "
                                           "out --practitioner."));
        return std::nullopt;
    }
    const std::optional<OpenedCache> c =
        openCache(databasePath, key, connection, request, nowUtc, error);
    if (!c)
        return std::nullopt;
    for (const Practitioner &p : c->practitioners)
        names->insert(p.id, p.displayName);
    PractitionerTable t;
    t.request = request;
    t.range = c->range;
    t.rows = PractitionerBreakdown::compute(c->index, c->range, request.locationId);
    t.lastUpdated = c->lastUpdated;
    return t;
}

} // namespace routiq
