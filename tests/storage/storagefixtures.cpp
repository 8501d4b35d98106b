#include "storagefixtures.h"

#include <QFile>

namespace routiq::test {

PmsPage locationsPage()
{
    PmsPage page;
    page.kind = ResourceKind::Locations;
    page.locations = {
        {1, QStringLiteral("Melbourne CBD"), QStringLiteral("Australia/Melbourne"), false, {}},
        {2, QStringLiteral("Auckland"), QStringLiteral("Pacific/Auckland"), false, {}},
        {3, QStringLiteral("Nowhere"), QString(), false, {}},
    };
    return page;
}

PmsPage practitionersPage()
{
    PmsPage page;
    page.kind = ResourceKind::Practitioners;
    page.practitioners = {{10, QStringLiteral("Dr Ada Physio"), true, {}},
                          {11, QStringLiteral("Ben Osteo"), true, {}}};
    return page;
}

PmsPage patientsPage(int count, RecordId firstId)
{
    PmsPage page;
    page.kind = ResourceKind::Patients;
    for (int i = 0; i < count; ++i) {
        Patient p;
        p.id = firstId + i;
        p.firstName = QStringLiteral("Pat%1").arg(p.id);
        p.lastName = kSeededSurnames.at(i % kSeededSurnames.size());
        p.createdAt = QDateTime::fromSecsSinceEpoch(1'600'000'000 + i, Qt::UTC);
        p.updatedAt = p.createdAt;
        page.patients.append(p);
    }
    return page;
}

PmsPage appointmentsPage(int count, RecordId firstId, QDateTime firstStartUtc)
{
    PmsPage page;
    page.kind = ResourceKind::Appointments;
    for (int i = 0; i < count; ++i) {
        Appointment a;
        a.id = firstId + i;
        a.patientId = 1 + (i % 10);
        a.practitionerId = 10 + (i % 2);
        a.locationId = 1 + (i % 2);
        a.appointmentTypeId = 0;
        a.startsAt = firstStartUtc.addSecs(3600LL * i);
        a.endsAt = a.startsAt.addSecs(1800);
        a.createdAt = firstStartUtc.addDays(-10);
        a.updatedAt = firstStartUtc.addDays(-1);
        page.appointments.append(a);
    }
    page.maxUpdatedAt = firstStartUtc.addDays(-1);
    return page;
}

SyncCheckpoint checkpointFor(ResourceKind kind, const QString &cursor)
{
    SyncCheckpoint c;
    c.kind = kind;
    c.cursor = cursor;
    c.highWaterMark = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
    return c;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

std::unique_ptr<ClinicDatabase> openSeeded(const QString &path, const DatabaseKey &key,
                                           int patients)
{
    ClinicDatabaseOptions options;
    options.filePath = path;
    options.key = key;
    options.defaultTimeZone = QTimeZone("Australia/Brisbane");
    RoutiqError error;
    auto db = ClinicDatabase::open(options, &error);
    if (!db)
        return nullptr;
    ChangeSet changes;
    const bool ok =
        db->applyPage(locationsPage(), checkpointFor(ResourceKind::Locations, {}), &changes,
                      &error) &&
        db->applyPage(practitionersPage(), checkpointFor(ResourceKind::Practitioners, {}), &changes,
                      &error) &&
        db->applyPage(patientsPage(patients), checkpointFor(ResourceKind::Patients, {}), &changes,
                      &error);
    return ok ? std::move(db) : nullptr;
}

} // namespace routiq::test
