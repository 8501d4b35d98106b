#pragma once

// What the key slot end-to-end tests share: a data folder with an admin and one synced
// Cliniko clinic, made through routiq-cli processes.
#include "e2etestsupport.h"

#include "simulator/clinikosimulator.h"
#include "storage/appdatabase.h"
#include "storage/clinicdatabasereader.h"

#include <QTemporaryDir>

namespace routiq::test {

inline const QString kNorth = QStringLiteral("north");

// A folder with an admin and one synced Cliniko clinic.
struct SyncedFolder
{
    QTemporaryDir dir;
    ClinikoSimulator sim{smallClinic(30, 150)};
    Cli cli{dir.filePath(QStringLiteral("data"))};

    bool setUp()
    {
        sim.setRateLimitEnabled(false);
        return sim.start() && cli.signInAsNewAdmin() &&
               cli.addClinic(kNorth, QStringLiteral("cliniko"), sim.baseUrl(), sim.apiKey()) &&
               cli.run({QStringLiteral("sync"), QStringLiteral("--clinic"), kNorth}) == 0;
    }
    QString cachePath() const { return AppDatabase::clinicDatabasePath(cli.dataDir, kNorth); }
};

inline QStringList metricsArgs()
{
    return {QStringLiteral("metrics"), QStringLiteral("--clinic"), kNorth,
            QStringLiteral("--period"), QStringLiteral("month")};
}

inline bool opensCache(const QString &path, const DatabaseKey &key)
{
    if (!key.isValid())
        return false;
    RoutiqError error;
    return ClinicDatabaseReader::open(path, key, &error) != nullptr;
}

} // namespace routiq::test
