#include "bookingcache.h"

#include "storage/clinicdatabase.h"

#include <QTimeZone>

namespace routiq::test {

namespace {

Appointment appointmentOf(const BookingRecord &r)
{
    Appointment a;
    a.id = r.id;
    a.patientId = r.patientId;
    a.practitionerId = r.practitionerId;
    a.locationId = r.locationId;
    a.appointmentTypeId = r.appointmentTypeId;
    a.startsAt = QDateTime::fromMSecsSinceEpoch(r.startsAtMs, Qt::UTC);
    a.endsAt = a.startsAt.addSecs(1800);
    if (r.createdAtMs != BookingRecord::kUnknown)
        a.createdAt = QDateTime::fromMSecsSinceEpoch(r.createdAtMs, Qt::UTC);
    a.cancelled = r.cancelled;
    if (r.cancelledAtMs != BookingRecord::kUnknown)
        a.cancelledAt = QDateTime::fromMSecsSinceEpoch(r.cancelledAtMs, Qt::UTC);
    a.deleted = r.deleted;
    if (r.didNotArrive || r.arrived) {
        a.didNotArrive = r.didNotArrive;
        a.patientArrived = r.arrived;
    }
    return a;
}

} // namespace

bool appendBookings(const QString &path, const DatabaseKey &key,
                    const std::vector<BookingRecord> &rows)
{
    RoutiqError error;
    auto db = ClinicDatabase::open({path, key, QTimeZone("Australia/Sydney")}, &error);
    if (!db)
        return false;
    PmsPage page;
    page.kind = ResourceKind::Appointments;
    for (const BookingRecord &r : rows)
        page.appointments.append(appointmentOf(r));
    ChangeSet c;
    return db->applyPage(page, SyncCheckpoint{ResourceKind::Appointments, {}, {}, false}, &c,
                         &error);
}

bool writeBookingCache(const QString &path, const DatabaseKey &key,
                       const std::vector<BookingRecord> &rows)
{
    RoutiqError error;
    auto db = ClinicDatabase::open({path, key, QTimeZone("Australia/Sydney")}, &error);
    if (!db)
        return false;
    PmsPage locations;
    locations.kind = ResourceKind::Locations;
    locations.locations = {
        routiq::Location{1, QStringLiteral("A"), QStringLiteral("Australia/Sydney"), false, {}}};
    ChangeSet changes;
    db->applyPage(locations, SyncCheckpoint{ResourceKind::Locations, {}, {}, true}, &changes,
                  &error);
    constexpr size_t kPage = 5000;
    for (size_t at = 0; at < rows.size(); at += kPage) {
        PmsPage page;
        page.kind = ResourceKind::Appointments;
        for (size_t i = at; i < std::min(at + kPage, rows.size()); ++i) {
            page.appointments.append(appointmentOf(rows[i]));
        }
        ChangeSet c;
        if (!db->applyPage(page, SyncCheckpoint{ResourceKind::Appointments, {}, {}, false}, &c,
                           &error))
            return false;
    }
    return db->setLastSuccessfulSync(QDateTime::currentDateTimeUtc(), &error);
}

} // namespace routiq::test
