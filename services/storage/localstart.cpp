#include "localstart.h"

#include "core/logging.h"

namespace routiq {

LocalStartResolver::LocalStartResolver(QTimeZone clinicDefault)
    : m_default(std::move(clinicDefault))
{
    if (!m_default.isValid())
        m_default = QTimeZone::utc();
}

void LocalStartResolver::setLocationZone(RecordId locationId, const QString &ianaId)
{
    if (ianaId.isEmpty()) {
        m_locationZones.remove(locationId);
        return;
    }
    QTimeZone zone(ianaId.toLatin1());
    if (!zone.isValid()) {
        qCWarning(lcStorage) << "unknown time zone" << ianaId << "for location" << locationId
                             << "- using the clinic default";
        m_locationZones.remove(locationId);
        return;
    }
    m_locationZones.insert(locationId, zone);
}

QTimeZone LocalStartResolver::zoneFor(RecordId locationId) const
{
    return m_locationZones.value(locationId, m_default);
}

LocalStart LocalStartResolver::resolve(const Appointment &appointment) const
{
    LocalStart s;
    const QTimeZone zone = zoneFor(appointment.locationId);
    if (appointment.wallClockStart && appointment.wallClockStart->date.isValid() &&
        appointment.wallClockStart->time.isValid()) {
        const WallClock &wall = *appointment.wallClockStart;
        s.julianDay = wall.date.toJulianDay();
        s.hour = wall.time.hour();
        s.weekday = wall.date.dayOfWeek();
        s.startsAtUtcMSecs = appointment.startsAt.isValid()
                                 ? appointment.startsAt.toMSecsSinceEpoch()
                                 : QDateTime(wall.date, wall.time, zone).toMSecsSinceEpoch();
        s.valid = true;
        return s;
    }
    if (!appointment.startsAt.isValid())
        return s;
    const QDateTime local = appointment.startsAt.toTimeZone(zone);
    s.startsAtUtcMSecs = appointment.startsAt.toMSecsSinceEpoch();
    s.julianDay = local.date().toJulianDay();
    s.hour = local.time().hour();
    s.weekday = local.date().dayOfWeek();
    s.valid = true;
    return s;
}

LocalStart LocalStartResolver::resolveStored(RecordId locationId, qint64 startsAtUtcMSecs,
                                             std::optional<qint64> wallClockAsUtcMSecs) const
{
    Appointment a;
    a.locationId = locationId;
    if (wallClockAsUtcMSecs) {
        const QDateTime wall = QDateTime::fromMSecsSinceEpoch(*wallClockAsUtcMSecs, Qt::UTC);
        a.wallClockStart = WallClock{wall.date(), wall.time()};
    } else {
        a.startsAt = QDateTime::fromMSecsSinceEpoch(startsAtUtcMSecs, Qt::UTC);
    }
    return resolve(a);
}

} // namespace routiq
