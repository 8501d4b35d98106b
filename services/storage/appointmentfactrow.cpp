#include "appointmentfactrow.h"

#include <QVariant>

namespace routiq {

QString AppointmentFactRow::select(Dialect dialect)
{
    if (dialect == Dialect::Sqlite)
        return QStringLiteral(
            "SELECT id, patient_id, practitioner_id, location_id, starts_at, local_julian_day, "
            "local_hour * 256 + local_weekday * 16 + (deleted != 0) + (cancelled != 0) * 2 + "
            "(coalesce(did_not_arrive, 0) = 1) * 4 + (coalesce(patient_arrived, 0) = 1) * 8, "
            "cancelled_at FROM appointments");
    return QStringLiteral(
        "SELECT id, patient_id, practitioner_id, location_id, starts_at, local_julian_day, "
        "local_hour * 256 + local_weekday * 16 + (deleted <> 0)::int + (cancelled <> 0)::int * 2 "
        "+ (coalesce(did_not_arrive, 0) = 1)::int * 4 + (coalesce(patient_arrived, 0) = 1)::int "
        "* 8, cancelled_at FROM appointments");
}

AppointmentFact AppointmentFactRow::from(const QSqlQuery &q)
{
    AppointmentFact f;
    f.id = q.value(0).toLongLong();
    f.patientId = q.value(1).toLongLong();
    f.practitionerId = q.value(2).toLongLong();
    f.locationId = q.value(3).toLongLong();
    f.startsAtUtcMSecs = q.value(4).toLongLong();
    f.localJulianDay = q.value(5).toLongLong();
    const qint64 packed = q.value(6).toLongLong();
    f.localHour = qint8((packed >> 8) & 0xff);
    f.localWeekday = qint8((packed >> 4) & 0xf);
    f.deleted = packed & 1;
    f.cancelled = packed & 2;
    f.didNotArrive = packed & 4;
    f.arrived = packed & 8;
    const QVariant cancelledAt = q.value(7);
    if (!cancelledAt.isNull())
        f.cancelledAtUtcMSecs = cancelledAt.toLongLong();
    return f;
}

} // namespace routiq
