#pragma once

#include "domain/clinicconnection.h"
#include "domain/databasekey.h"
#include "domain/records.h"
#include "sync/syncworker.h"

#include <QList>
#include <QTimeZone>

#include <functional>

#include <optional>

namespace routiq {

class AppContext;

// The one place that turns a clinic connection's zones into QTimeZones: the connection's own
// fallback zone, and the zone whose local date is "today" (shared/brief/metrics.md reading 11).
class ClinicZone
{
public:
    // The IANA zone, or UTC when the name is empty or unknown.
    static QTimeZone fallback(const ClinicConnection &connection);

    // The filtered location's zone, else the lowest-id location that has one, else the
    // connection's zone, else UTC.
    static QTimeZone forToday(const QList<Location> &locations,
                              std::optional<RecordId> filteredLocation,
                              const ClinicConnection &connection);

    // The zone of each of `clinics` (every clinic connection when empty: an admin's), as
    // forToday without a filter: the cached locations' zone, else the connection's own zone.
    // Clinics that are unknown or not cached yet and have no zone of their own are left out.
    // `done` is called once, later, on the calling thread.
    static void ofClinics(const AppContext &app, const QList<ClinicId> &clinics,
                          std::function<void(const QList<QTimeZone> &zones)> done);

    // Opens the clinic's cache as the sync worker's store (in the worker thread) and, with a
    // clock, applies the connection's patient-name retention to it.
    static SyncWorker::StoreFactory storeFactory(const QString &databasePath,
                                                 const DatabaseKey &key,
                                                 const ClinicConnection &connection,
                                                 const Clock *clock);
};

} // namespace routiq
