#include "cliniczone.h"

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
                                                  const ClinicConnection &connection)
{
    return [databasePath, key, zone = fallback(connection)](
               RoutiqError *error, RoutiqError *notice) -> std::unique_ptr<SyncStore> {
        ClinicDatabaseOptions options;
        options.filePath = databasePath;
        options.key = key;
        options.defaultTimeZone = zone;
        return ClinicDatabase::open(options, error, notice);
    };
}

} // namespace routiq
