#pragma once

#include "domain/clinicconnection.h"
#include "domain/databasekey.h"
#include "domain/routiqerror.h"
#include "metrics/clinicmetrics.h"
#include "metrics/practitionerbreakdown.h"

#include <QDateTime>

#include <optional>

namespace routiq {

// One clinic's figures read straight from its cache file, on the calling thread: what
// `routiq-cli metrics` prints, for one clinic or each clinic of the roll-up. Checks the filter
// ids against the cache (metrics.md 13), resolves the range (given dates win; else "today" in
// the filtered location's zone, else the clinic's, at `nowUtc`), computes R and P.
class CachedClinicMetrics
{
public:
    // The snapshot (its lastUpdated from the cache), or null with `error`: BAD_REQUEST for an
    // unknown location/practitioner or an unresolvable range, CACHE_EMPTY when never synced,
    // the storage error when the file cannot be opened.
    static std::optional<MetricsSnapshot>
    compute(const QString &databasePath, const DatabaseKey &key, const ClinicConnection &connection,
            const MetricsRequest &request, const QDateTime &nowUtc, RoutiqError *error);

    // "Practitioners side by side" for the same request (its practitionerId must be unset), with
    // each practitioner's display name in `names`.
    static std::optional<PractitionerTable>
    computeByPractitioner(const QString &databasePath, const DatabaseKey &key,
                          const ClinicConnection &connection, const MetricsRequest &request,
                          const QDateTime &nowUtc, QHash<RecordId, QString> *names,
                          RoutiqError *error);
};

} // namespace routiq
