#include "e2etestsupport.h"

#include "simulator/clinicgenerator.h"
#include "storage/clinicdatabasereader.h"
#include "storage/referencedata.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSignalSpy>
#include <QTimeZone>

namespace routiq::test {

bool spinUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    QObject context;
    QSignalSpy never(&context, &QObject::destroyed);
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        never.wait(20);
    }
    return true;
}

SimulatedClinic smallClinic(int historyDays, int patients, quint64 seed)
{
    ClinicGenerator::Params params;
    if (seed != 0)
        params.seed = seed;
    params.historyDays = historyDays;
    params.futureDays = 14;
    params.patientCount = patients;
    return ClinicGenerator::generate(params);
}

QString compareCacheWithClinic(const QString &path, const DatabaseKey &key,
                               const SimulatedClinic &clinic)
{
    RoutiqError error;
    auto reader = ClinicDatabaseReader::open(path, key, &error);
    if (!reader)
        return QStringLiteral("cannot open the cache: ") + error.message;
    const QList<AppointmentFact> facts = reader->loadFacts(&error);
    if (!error.isNull())
        return QStringLiteral("cannot read the cache: ") + error.message;

    QHash<RecordId, AppointmentFact> byId;
    for (const AppointmentFact &f : facts)
        byId.insert(f.id, f);
    if (byId.size() != clinic.appointments.size())
        return QStringLiteral("cache has %1 appointments, the clinic %2")
            .arg(byId.size())
            .arg(clinic.appointments.size());

    for (const SimAppointment &a : clinic.appointments) {
        const auto it = byId.constFind(a.id);
        if (it == byId.constEnd())
            return QStringLiteral("appointment %1 missing").arg(a.id);
        const AppointmentFact &f = *it;
        const QTimeZone zone(clinic.business(a.businessId)->timeZoneId.toUtf8());
        const QDateTime local = a.startsAt.toTimeZone(zone);
        const bool ok =
            f.startsAtUtcMSecs == a.startsAt.toMSecsSinceEpoch() &&
            f.cancelled == a.isCancelled() && f.deleted == a.isArchived() &&
            f.didNotArrive == a.didNotArrive.value_or(false) &&
            f.arrived == a.patientArrived.value_or(false) && f.patientId == a.patientId &&
            f.practitionerId == a.practitionerId && f.locationId == a.businessId &&
            f.localJulianDay == local.date().toJulianDay() && f.localHour == local.time().hour() &&
            f.localWeekday == local.date().dayOfWeek();
        if (!ok)
            return QStringLiteral("appointment %1 differs").arg(a.id);
    }

    const QList<Practitioner> practitioners =
        ReferenceData::practitioners(reader->connectionName());
    if (practitioners.size() != clinic.practitioners.size())
        return QStringLiteral("cache has %1 practitioners, the clinic %2 (inactive included)")
            .arg(practitioners.size())
            .arg(clinic.practitioners.size());
    const QList<Location> locations = ReferenceData::locations(reader->connectionName());
    if (locations.size() != clinic.businesses.size())
        return QStringLiteral("location count differs");
    return {};
}

} // namespace routiq::test
