#include "cliniczone.h"

#include "core/logging.h"

#include "appcontext.h"
#include "secrets/keyvault.h"
#include "storage/appdatabase.h"
#include "storage/clinicdatabase.h"
#include "storage/clinicdatabasereader.h"
#include "storage/referencedata.h"

#include <QFileInfo>
#include <QTimer>

#include <algorithm>
#include <memory>

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

void ClinicZone::ofClinics(const AppContext &app, const QList<ClinicId> &clinics,
                           std::function<void(const QList<QTimeZone> &zones)> done)
{
    RoutiqError error;
    QList<ClinicConnection> connections = app.appDatabase().clinicConnections(&error);
    if (!clinics.isEmpty())
        connections.removeIf([&](const ClinicConnection &c) { return !clinics.contains(c.id); });
    struct Progress
    {
        int remaining = 0;
        QList<QTimeZone> zones;
        std::function<void(const QList<QTimeZone> &)> done;
    };
    auto progress = std::make_shared<Progress>();
    progress->done = std::move(done);
    const auto add = [progress](const QTimeZone &zone) {
        if (zone.isValid() && !progress->zones.contains(zone))
            progress->zones.append(zone);
    };
    QList<ClinicConnection> cached;
    for (const ClinicConnection &c : std::as_const(connections)) {
        // Only an existing cache is read: asking the vault for the key of one that does not
        // exist would create a key.
        if (QFileInfo::exists(app.clinicDatabasePath(c.id)))
            cached.append(c);
        else if (!c.timeZoneOverride.isEmpty())
            add(fallback(c));
    }
    progress->remaining = int(cached.size());
    if (cached.isEmpty()) {
        QTimer::singleShot(0, &app, [progress] { progress->done(progress->zones); });
        return;
    }
    for (const ClinicConnection &c : std::as_const(cached)) {
        const QString path = app.clinicDatabasePath(c.id);
        app.vault().databaseKey(c.id, [progress, add, c, path](const DatabaseKey &key,
                                                               const RoutiqError &keyError) {
            QList<Location> locations;
            if (keyError.isNull()) {
                RoutiqError readError;
                if (auto reader = ClinicDatabaseReader::open(path, key, &readError))
                    locations = ReferenceData::locations(reader->connectionName());
            }
            // forToday's last resort is UTC, which says nothing about this clinic: left out.
            const bool located = std::any_of(locations.cbegin(), locations.cend(),
                                             [](auto &l) { return named(l.timeZoneId).isValid(); });
            if (located || !c.timeZoneOverride.isEmpty())
                add(forToday(locations, std::nullopt, c));
            if (--progress->remaining == 0)
                progress->done(progress->zones);
        });
    }
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
