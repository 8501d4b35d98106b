#include "cliniczone.h"

#include "core/logging.h"

#include "storage/clinicdatabase.h"

namespace routiq {

namespace {
QTimeZone named(const QString &iana)
{
    return iana.isEmpty() ? QTimeZone() : QTimeZone(iana.toUtf8());
}
} // namespace

QTimeZone ClinicZone::fallback(const ClinicConnection &connection)
{
    const QTimeZone zone = named(connection.timeZoneOverride);
    return zone.isValid() ? zone : QTimeZone::utc();
}

QTimeZone ClinicZone::forToday(const QList<Location> &locations,
                               std::optional<RecordId> filteredLocation,
                               const ClinicConnection &connection)
{
    if (filteredLocation) {
        for (const Location &l : locations)
            if (l.id == *filteredLocation && named(l.timeZoneId).isValid())
                return named(l.timeZoneId);
    }
    const Location *lowest = nullptr;
    for (const Location &l : locations)
        if (named(l.timeZoneId).isValid() && (!lowest || l.id < lowest->id))
            lowest = &l;
    return lowest ? named(lowest->timeZoneId) : fallback(connection);
}

SyncWorker::StoreFactory ClinicZone::storeFactory(const QString &databasePath,
                                                  const DatabaseKey &key,
                                                  const ClinicConnection &connection,
                                                  const Clock *clock)
{
    return [databasePath, key, zone = fallback(connection), clock,
            retentionYears = connection.patientNameRetentionYears](
               RoutiqError *error, RoutiqError *notice) -> std::unique_ptr<SyncStore> {
        ClinicDatabaseOptions options;
        options.filePath = databasePath;
        options.key = key;
        options.defaultTimeZone = zone;
        auto db = ClinicDatabase::open(options, error, notice);
        if (db && clock && retentionYears > 0) {
            // The clinic's retention setting, applied each time its cache opens: names of
            // patients unseen for that many years are blanked (figures keep their ids).
            RoutiqError retentionError;
            const int purged =
                db->applyPatientNameRetention(retentionYears, *clock, &retentionError);
            if (!retentionError.isNull())
                qCWarning(lcStorage)
                    << "patient-name retention not applied:" << retentionError.code;
            else if (purged > 0)
                qCInfo(lcStorage) << "patient-name retention blanked" << purged << "names";
        }
        return db;
    };
}

} // namespace routiq
