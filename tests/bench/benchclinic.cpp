#include "benchclinic.h"

#include "storage/clinicdatabase.h"

#include <QDateTime>

#include <algorithm>

namespace routiq::bench {

BenchClinic::BenchClinic(const Options &o) : m_options(o), m_rng(o.seed)
{
    m_locations = {{1, QTimeZone("Australia/Sydney")},
                   {2, QTimeZone("Australia/Sydney")},
                   {3, QTimeZone("Australia/Perth")}};
    m_firstDay = today().addYears(-m_options.years).addMonths(3);
    m_dayCount = m_firstDay.daysTo(today().addMonths(3)) + 1;
    for (const Location &l : m_locations) {
        std::vector<int> offsets;
        offsets.reserve(m_dayCount);
        for (qint64 d = 0; d < m_dayCount; ++d)
            offsets.push_back(
                l.zone.offsetFromUtc(QDateTime(m_firstDay.addDays(d), QTime(12, 0), l.zone)));
        m_offsets.push_back(std::move(offsets));
    }
}

qint64 BenchClinic::pick(qint64 low, qint64 high)
{
    return std::uniform_int_distribution<qint64>(low, high)(m_rng);
}

// By local wall clock, converted to UTC with each day's offset at noon (clinic hours are far
// from the 02:00/03:00 DST changes), so generation is fast.
AppointmentFact BenchClinic::make(RecordId id)
{
    const int location = int(pick(0, 2));
    qint64 day = pick(0, m_dayCount - 1);
    QDate date = m_firstDay.addDays(day);
    if (date.dayOfWeek() == Qt::Sunday && pick(0, 3) != 0) { // quiet Sundays
        day = std::max<qint64>(0, day - 1);
        date = m_firstDay.addDays(day);
    }
    const int hour = int(pick(7, 18));
    const int minute = int(pick(0, 3)) * 15;
    const qint64 localMSecs =
        (QDateTime(date, QTime(0, 0), Qt::UTC).toSecsSinceEpoch() + hour * 3600 + minute * 60) *
        1000;

    AppointmentFact f;
    f.id = id;
    f.patientId = pick(1, std::max<qint64>(1, m_options.patients * (day + 1) / m_dayCount));
    f.practitionerId = 100 + location * 4 + pick(0, 3);
    f.locationId = m_locations[location].id;
    f.startsAtUtcMSecs = localMSecs - qint64(m_offsets[location][day]) * 1000;
    f.localJulianDay = date.toJulianDay();
    f.localHour = qint8(hour);
    f.localWeekday = qint8(date.dayOfWeek());
    const bool past = date < today();
    const int roll = int(pick(0, 99));
    f.deleted = roll < 3;
    f.cancelled = roll >= 3 && roll < 13;
    if (f.cancelled && pick(0, 9) < 8)
        f.cancelledAtUtcMSecs = f.startsAtUtcMSecs - pick(0, 96 * 3600) * 1000;
    f.didNotArrive = past && roll >= 13 && roll < 18;
    f.arrived = past && roll >= 18;
    return f;
}

QList<AppointmentFact> BenchClinic::all()
{
    QList<AppointmentFact> facts;
    facts.reserve(m_options.appointments);
    for (qint64 i = 0; i < m_options.appointments; ++i)
        facts.append(make(i + 1));
    return facts;
}

bool BenchClinic::writeCache(const QString &path, const DatabaseKey &key,
                             const QList<AppointmentFact> &facts, int pageSize)
{
    RoutiqError error;
    auto db = ClinicDatabase::open({path, key, QTimeZone("Australia/Sydney")}, &error);
    if (!db)
        return false;
    PmsPage locations;
    locations.kind = ResourceKind::Locations;
    locations.locations = {
        routiq::Location{1, QStringLiteral("A"), QStringLiteral("Australia/Sydney"), false, {}},
        routiq::Location{2, QStringLiteral("B"), QStringLiteral("Australia/Sydney"), false, {}},
        routiq::Location{3, QStringLiteral("C"), QStringLiteral("Australia/Perth"), false, {}}};
    ChangeSet changes;
    if (!db->applyPage(locations, SyncCheckpoint{ResourceKind::Locations, {}, {}, true}, &changes,
                       &error))
        return false;
    for (qsizetype at = 0; at < facts.size(); at += pageSize) {
        PmsPage page;
        page.kind = ResourceKind::Appointments;
        for (qsizetype i = at; i < std::min<qsizetype>(at + pageSize, facts.size()); ++i) {
            const AppointmentFact &f = facts.at(i);
            Appointment a;
            a.id = f.id;
            a.patientId = f.patientId;
            a.practitionerId = f.practitionerId;
            a.locationId = f.locationId;
            a.startsAt = QDateTime::fromMSecsSinceEpoch(f.startsAtUtcMSecs, Qt::UTC);
            a.cancelled = f.cancelled;
            if (f.cancelledAtUtcMSecs)
                a.cancelledAt = QDateTime::fromMSecsSinceEpoch(*f.cancelledAtUtcMSecs, Qt::UTC);
            a.deleted = f.deleted;
            a.didNotArrive = f.didNotArrive;
            a.patientArrived = f.arrived;
            page.appointments.append(a);
        }
        ChangeSet c;
        const bool last = at + pageSize >= facts.size();
        if (!db->applyPage(page, SyncCheckpoint{ResourceKind::Appointments, {}, {}, last}, &c,
                           &error))
            return false;
    }
    return db->setLastSuccessfulSync(QDateTime(today(), QTime(0, 0), Qt::UTC), &error);
}

} // namespace routiq::bench
