#include "clinicrecordwriter.h"

#include "core/logging.h"

namespace routiq {

namespace {

QVariant instant(const QDateTime &utc)
{
    return utc.isValid() ? QVariant(utc.toMSecsSinceEpoch())
                         : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant text(const QString &value)
{
    return UpsertStatement::notNullText(value);
}

QVariant triState(const std::optional<bool> &value)
{
    return value ? QVariant(int(*value)) : QVariant(QMetaType(QMetaType::Int));
}

} // namespace

ClinicRecordWriter::ClinicRecordWriter(const QSqlDatabase &db, LocalStartResolver *resolver,
                                       ClinicScope scope)
    : m_db(db), m_resolver(resolver), m_scope(std::move(scope))
{}

ClinicRecordWriter::~ClinicRecordWriter() = default;

bool ClinicRecordWriter::fail(const QSqlError &error)
{
    m_error = error;
    return false;
}

bool ClinicRecordWriter::write(const PmsPage &page, ChangeSet *changes)
{
    if (!page.locations.isEmpty()) {
        UpsertStatement upsert(m_db, QStringLiteral("locations"), QStringLiteral("id"),
                               {QStringLiteral("name"), QStringLiteral("time_zone_id"),
                                QStringLiteral("archived"), QStringLiteral("updated_at")},
                               m_scope);
        for (const Location &l : page.locations) {
            if (!upsert.run(l.id, {text(l.name), text(l.timeZoneId), int(l.archived),
                                   instant(l.updatedAt)}))
                return fail(upsert.lastError());
            const QTimeZone before = m_resolver->zoneFor(l.id);
            m_resolver->setLocationZone(l.id, l.timeZoneId);
            // Appointments can arrive before their location (a new location is polled less
            // often): they were placed in the default zone and move now.
            if (m_resolver->zoneFor(l.id) != before && !relocalise(l.id, changes))
                return false;
        }
    }
    if (!page.practitioners.isEmpty()) {
        UpsertStatement upsert(m_db, QStringLiteral("practitioners"), QStringLiteral("id"),
                               {QStringLiteral("display_name"), QStringLiteral("active"),
                                QStringLiteral("updated_at")},
                               m_scope);
        for (const Practitioner &p : page.practitioners) {
            if (!upsert.run(p.id, {text(p.displayName), int(p.active), instant(p.updatedAt)}))
                return fail(upsert.lastError());
        }
    }
    if (!page.appointmentTypes.isEmpty()) {
        UpsertStatement upsert(
            m_db, QStringLiteral("appointment_types"), QStringLiteral("id"),
            {QStringLiteral("name"), QStringLiteral("archived"), QStringLiteral("updated_at")},
            m_scope);
        for (const AppointmentType &t : page.appointmentTypes) {
            if (!upsert.run(t.id, {text(t.name), int(t.archived), instant(t.updatedAt)}))
                return fail(upsert.lastError());
        }
    }
    if (!page.patients.isEmpty()) {
        UpsertStatement upsert(m_db, QStringLiteral("patients"), QStringLiteral("id"),
                               {QStringLiteral("first_name"), QStringLiteral("last_name"),
                                QStringLiteral("archived"), QStringLiteral("created_at"),
                                QStringLiteral("updated_at"), QStringLiteral("birth_year"),
                                QStringLiteral("phone")},
                               m_scope);
        for (const Patient &p : page.patients) {
            if (!upsert.run(p.id, {p.firstName, p.lastName, int(p.archived), instant(p.createdAt),
                                   instant(p.updatedAt),
                                   p.birthYear > 0 ? QVariant(p.birthYear) : QVariant(),
                                   p.phone.isEmpty() ? QVariant() : QVariant(p.phone)}))
                return fail(upsert.lastError());
        }
    }
    if (!writeAppointments(page.appointments, changes))
        return false;
    changes->recordCount += page.size();
    return true;
}

bool ClinicRecordWriter::writeAppointments(const QList<Appointment> &appointments,
                                           ChangeSet *changes)
{
    if (appointments.isEmpty())
        return true;
    UpsertStatement upsert(m_db, QStringLiteral("appointments"), QStringLiteral("id"),
                           {QStringLiteral("patient_id"), QStringLiteral("practitioner_id"),
                            QStringLiteral("location_id"), QStringLiteral("appointment_type_id"),
                            QStringLiteral("starts_at"), QStringLiteral("ends_at"),
                            QStringLiteral("local_julian_day"), QStringLiteral("local_hour"),
                            QStringLiteral("local_weekday"), QStringLiteral("cancelled"),
                            QStringLiteral("cancelled_at"), QStringLiteral("cancellation_reason"),
                            QStringLiteral("deleted"), QStringLiteral("did_not_arrive"),
                            QStringLiteral("patient_arrived"), QStringLiteral("created_at"),
                            QStringLiteral("updated_at"), QStringLiteral("wall_clock_start")},
                           m_scope);
    QSqlQuery previousDay(m_db);
    previousDay.setForwardOnly(true);
    if (!previousDay.prepare(
            QStringLiteral("SELECT local_julian_day FROM appointments WHERE id = ?") +
            m_scope.condition()))
        return fail(previousDay.lastError());

    for (const Appointment &a : appointments) {
        const LocalStart start = m_resolver->resolve(a);
        if (!start.valid) {
            // Without a start there is no local date to count it on; the PMS never sends one.
            qCWarning(lcStorage) << "skipping appointment" << a.id << "without a start time";
            continue;
        }
        previousDay.bindValue(0, a.id);
        m_scope.bind(previousDay, 1);
        if (!previousDay.exec())
            return fail(previousDay.lastError());
        if (previousDay.next())
            changes->localJulianDays.insert(previousDay.value(0).toLongLong());
        previousDay.finish();

        const QVariantList values = {
            a.patientId,
            a.practitionerId,
            a.locationId,
            a.appointmentTypeId,
            start.startsAtUtcMSecs,
            instant(a.endsAt),
            start.julianDay,
            start.hour,
            start.weekday,
            int(a.cancelled),
            instant(a.cancelledAt),
            a.cancellationReason,
            int(a.deleted),
            triState(a.didNotArrive),
            triState(a.patientArrived),
            instant(a.createdAt),
            instant(a.updatedAt),
            a.wallClockStart && a.wallClockStart->date.isValid() && a.wallClockStart->time.isValid()
                ? QVariant(QDateTime(a.wallClockStart->date, a.wallClockStart->time, Qt::UTC)
                               .toMSecsSinceEpoch())
                : QVariant(QMetaType(QMetaType::LongLong)),
        };
        if (!upsert.run(a.id, values))
            return fail(upsert.lastError());
        changes->upsertedAppointmentIds.append(a.id);
        changes->localJulianDays.insert(start.julianDay);
    }
    return true;
}

bool ClinicRecordWriter::relocalise(RecordId locationId, ChangeSet *changes)
{
    QSqlQuery select(m_db);
    select.setForwardOnly(true);
    select.prepare(QStringLiteral("SELECT id, starts_at, local_julian_day, wall_clock_start FROM "
                                  "appointments WHERE location_id = ?") +
                   m_scope.condition());
    select.bindValue(0, locationId);
    m_scope.bind(select, 1);
    if (!select.exec())
        return fail(select.lastError());
    struct Moved
    {
        RecordId id;
        LocalStart start;
    };
    QList<Moved> moved;
    while (select.next()) {
        const std::optional<qint64> wall =
            select.value(3).isNull() ? std::nullopt : std::optional(select.value(3).toLongLong());
        const LocalStart start =
            m_resolver->resolveStored(locationId, select.value(1).toLongLong(), wall);
        changes->localJulianDays.insert(select.value(2).toLongLong());
        moved.append({select.value(0).toLongLong(), start});
    }
    if (select.lastError().isValid())
        return fail(select.lastError());
    select.finish();
    QSqlQuery update(m_db);
    update.prepare(QStringLiteral("UPDATE appointments SET starts_at = ?, local_julian_day = ?, "
                                  "local_hour = ?, local_weekday = ? WHERE id = ?") +
                   m_scope.condition());
    for (const Moved &m : std::as_const(moved)) {
        update.bindValue(0, m.start.startsAtUtcMSecs);
        update.bindValue(1, m.start.julianDay);
        update.bindValue(2, m.start.hour);
        update.bindValue(3, m.start.weekday);
        update.bindValue(4, m.id);
        m_scope.bind(update, 5);
        if (!update.exec())
            return fail(update.lastError());
        changes->upsertedAppointmentIds.append(m.id);
        changes->localJulianDays.insert(m.start.julianDay);
    }
    return true;
}

bool ClinicRecordWriter::removeAppointments(const QList<RecordId> &ids, ChangeSet *changes)
{
    QSqlQuery previousDay(m_db);
    previousDay.setForwardOnly(true);
    QSqlQuery remove(m_db);
    if (!previousDay.prepare(
            QStringLiteral("SELECT local_julian_day FROM appointments WHERE id = ?") +
            m_scope.condition()) ||
        !remove.prepare(QStringLiteral("DELETE FROM appointments WHERE id = ?") +
                        m_scope.condition()))
        return fail(previousDay.lastError().isValid() ? previousDay.lastError()
                                                      : remove.lastError());
    for (RecordId id : ids) {
        previousDay.bindValue(0, id);
        m_scope.bind(previousDay, 1);
        if (!previousDay.exec())
            return fail(previousDay.lastError());
        if (!previousDay.next())
            continue;
        changes->localJulianDays.insert(previousDay.value(0).toLongLong());
        previousDay.finish();
        remove.bindValue(0, id);
        m_scope.bind(remove, 1);
        if (!remove.exec())
            return fail(remove.lastError());
        changes->deletedAppointmentIds.append(id);
        ++changes->recordCount;
    }
    return true;
}

} // namespace routiq
