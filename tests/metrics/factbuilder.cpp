#include "factbuilder.h"

namespace routiq::test {

QTimeZone sydney()
{
    return QTimeZone("Australia/Sydney");
}

QTimeZone perth()
{
    return QTimeZone("Australia/Perth");
}

QDateTime utc(const char *iso)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    Q_ASSERT(t.isValid());
    return t.toUTC();
}

QDateTime local(const char *wallClock, const QTimeZone &zone)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(wallClock), Qt::ISODate);
    Q_ASSERT(t.isValid());
    return QDateTime(t.date(), t.time(), zone).toUTC();
}

AppointmentFact booking(RecordId id, RecordId patientId, const QDateTime &start,
                        const QTimeZone &zone, RecordId locationId, RecordId practitionerId)
{
    const QDateTime wall = start.toTimeZone(zone);
    AppointmentFact f;
    f.id = id;
    f.patientId = patientId;
    f.locationId = locationId;
    f.practitionerId = practitionerId;
    f.startsAtUtcMSecs = start.toMSecsSinceEpoch();
    f.localJulianDay = wall.date().toJulianDay();
    f.localHour = qint8(wall.time().hour());
    f.localWeekday = qint8(wall.date().dayOfWeek());
    return f;
}

AppointmentFact attended(AppointmentFact fact)
{
    fact.arrived = true;
    return fact;
}

AppointmentFact missed(AppointmentFact fact)
{
    fact.didNotArrive = true;
    return fact;
}

AppointmentFact deleted(AppointmentFact fact)
{
    fact.deleted = true;
    return fact;
}

AppointmentFact cancelled(AppointmentFact fact, const QDateTime &at)
{
    fact.cancelled = true;
    if (at.isValid())
        fact.cancelledAtUtcMSecs = at.toMSecsSinceEpoch();
    return fact;
}

} // namespace routiq::test
