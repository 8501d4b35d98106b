#include "cachedclinicmetrics.h"

#include "cliniczone.h"
#include "metrics/appointmentindex.h"
#include "metrics/metricscalculator.h"
#include "metrics/rangeresolver.h"
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

std::optional<MetricsSnapshot>
CachedClinicMetrics::compute(const QString &databasePath, const DatabaseKey &key,
                             const ClinicConnection &connection, const MetricsRequest &request,
                             const QDateTime &nowUtc, RoutiqError *error)
{
    if (!QFileInfo::exists(databasePath)) {
        *error = RoutiqError::make(QStringLiteral("CACHE_EMPTY"),
                                   QStringLiteral("Clinic '%1' has not been synced yet. Run "
                                                  "'routiq-cli sync --clinic %1' first.")
                                       .arg(connection.id));
        return std::nullopt;
    }
    auto reader = ClinicDatabaseReader::open(databasePath, key, error);
    if (!reader)
        return std::nullopt;
    const QList<Location> locations = ReferenceData::locations(reader->connectionName());
    const QList<Practitioner> practitioners =
        ReferenceData::practitioners(reader->connectionName());
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
        std::none_of(practitioners.begin(), practitioners.end(),
                     [&](const Practitioner &p) { return p.id == *request.practitionerId; })) {
        *error = badRequest(QStringLiteral("Clinic '%1' has no practitioner %2.")
                                .arg(connection.id)
                                .arg(*request.practitionerId));
        return std::nullopt;
    }
    const QDateTime lastUpdated = ReferenceData::lastSuccessfulSync(reader->connectionName());
    if (!lastUpdated.isValid()) {
        // A cache whose first sync never finished would print zeros that look like a quiet
        // clinic: say what is missing instead.
        *error = RoutiqError::make(QStringLiteral("CACHE_EMPTY"),
                                   QStringLiteral("Clinic '%1' has not finished its first sync "
                                                  "yet. Run 'routiq-cli sync --clinic %1'.")
                                       .arg(connection.id));
        return std::nullopt;
    }
    const QTimeZone zone = ClinicZone::forToday(locations, request.locationId, connection);
    const std::optional<ResolvedRange> range =
        RangeResolver::resolve(request, nowUtc.toTimeZone(zone).date(), error);
    if (!range)
        return std::nullopt;

    AppointmentIndex index;
    index.reset(reader->loadFacts(error));
    if (!error->isNull())
        return std::nullopt;
    const MetricsCalculator calculator(index);
    const MetricsFilter filter = MetricsFilter::fromRequest(request);
    MetricsSnapshot s;
    s.request = request;
    s.range = *range;
    s.current = calculator.compute(*range, filter);
    s.previous = calculator.computePrevious(*range, filter);
    s.lastUpdated = lastUpdated;
    s.generation = 1;
    return s;
}

} // namespace routiq
