#include "simulatorhistory.h"

#include <QHash>
#include <QTimeZone>

namespace routiq::test {

std::vector<BookingRecord> bookingRecordsOf(const SimulatedClinic &clinic)
{
    QHash<RecordId, QTimeZone> zones;
    for (const SimBusiness &b : clinic.businesses)
        zones.insert(b.id, QTimeZone(b.timeZoneId.toUtf8()));
    QHash<RecordId, int> birthYears;
    for (const SimPatient &p : clinic.patients)
        birthYears.insert(p.id, p.dateOfBirth.isValid() ? p.dateOfBirth.year() : 0);
    std::vector<BookingRecord> rows;
    rows.reserve(size_t(clinic.appointments.size()));
    for (const SimAppointment &a : clinic.appointments) {
        BookingRecord r;
        r.id = a.id;
        r.patientId = a.patientId;
        r.practitionerId = a.practitionerId;
        r.locationId = a.businessId;
        r.appointmentTypeId = a.appointmentTypeId;
        r.birthYear = qint16(birthYears.value(a.patientId));
        r.startsAtMs = a.startsAt.toMSecsSinceEpoch();
        if (a.createdAt.isValid())
            r.createdAtMs = a.createdAt.toMSecsSinceEpoch();
        if (a.cancelledAt.isValid())
            r.cancelledAtMs = a.cancelledAt.toMSecsSinceEpoch();
        const QDateTime local = a.startsAt.toTimeZone(zones.value(a.businessId, QTimeZone::utc()));
        r.localHour = qint8(local.time().hour());
        r.localWeekday = qint8(local.date().dayOfWeek());
        r.deleted = a.isArchived();
        r.cancelled = a.isCancelled();
        r.didNotArrive = a.didNotArrive.value_or(false);
        r.arrived = a.patientArrived.value_or(false);
        rows.push_back(r);
    }
    return rows;
}

} // namespace routiq::test
