#include "noshowanswer.h"

#include "insights/noshowengine.h"
#include "insights/noshowjson.h"
#include "session/cliniczone.h"
#include "storage/clinicdatabasereader.h"
#include "storage/referencedata.h"

#include <QFileInfo>
#include <QSettings>

namespace routiq {

namespace {
RiskBands bandsFromSettings()
{
    const QSettings settings;
    RiskBands bands;
    bands.elevated =
        settings.value(QStringLiteral("insights/elevatedRisk"), bands.elevated).toDouble();
    bands.high = settings.value(QStringLiteral("insights/highRisk"), bands.high).toDouble();
    return bands;
}
} // namespace

std::optional<NoShowAnswer::Result> NoShowAnswer::compute(const QString &databasePath,
                                                          const DatabaseKey &key,
                                                          const ClinicConnection &connection,
                                                          int days, const Clock *clock,
                                                          RoutiqError *error)
{
    const RoutiqError notSynced = RoutiqError::make(
        QStringLiteral("CACHE_EMPTY"),
        QStringLiteral("Clinic '%1' has not finished its first sync yet. Run 'routiq-cli "
                       "sync --clinic %1'.")
            .arg(connection.id));
    if (!QFileInfo::exists(databasePath)) {
        *error = notSynced;
        return std::nullopt;
    }
    auto reader = ClinicDatabaseReader::open(databasePath, key, error);
    if (!reader)
        return std::nullopt;
    const QString conn = reader->connectionName();
    if (!ReferenceData::lastSuccessfulSync(conn).isValid()) {
        *error = notSynced;
        return std::nullopt;
    }
    NoShowEngine::Options options;
    options.horizonDays = days;
    NoShowEngine engine(conn, connection.id, clock, options);
    if (*error = engine.prepare(); !error->isNull())
        return std::nullopt;
    Result result;
    result.snapshot = engine.score(error);
    if (!error->isNull())
        return std::nullopt;
    for (const Practitioner &p : ReferenceData::practitioners(conn))
        result.practitionerNames.insert(p.id, p.displayName);
    result.zone = ClinicZone::forToday(ReferenceData::locations(conn), std::nullopt, connection);
    return result;
}

QJsonObject NoShowAnswer::toJson(const NoShowSnapshot &snapshot)
{
    return NoShowJson::toJson(snapshot, bandsFromSettings());
}

QString NoShowAnswer::table(const Result &result)
{
    return NoShowJson::table(result.snapshot, bandsFromSettings(), result.zone,
                             result.practitionerNames);
}

} // namespace routiq
