#include "clinicrecordwriter.h"

#include "core/logging.h"

namespace routiq {

namespace {

QVariant instant(const QDateTime &utc)
{
    return utc.isValid() ? QVariant(utc.toMSecsSinceEpoch())
                         : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant triState(const std::optional<bool> &value)
{
    return value ? QVariant(int(*value)) : QVariant(QMetaType(QMetaType::Int));
}

} // namespace

ClinicRecordWriter::ClinicRecordWriter(const QSqlDatabase &db, LocalStartResolver *resolver)
    : m_db(db), m_resolver(resolver)
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
                                QStringLiteral("archived"), QStringLiteral("updated_at")});
        for (const Location &l : page.locations) {
            if (!upsert.run(l.id, {l.name, l.timeZoneId, int(l.archived), instant(l.updatedAt)}))
                return fail(upsert.lastError());
            m_resolver->setLocationZone(l.id, l.timeZoneId);
        }
    }
    if (!page.practitioners.isEmpty()) {
        UpsertStatement upsert(m_db, QStringLiteral("practitioners"), QStringLiteral("id"),
                               {QStringLiteral("display_name"), QStringLiteral("active"),
                                QStringLiteral("updated_at")});
        for (const Practitioner &p : page.practitioners) {
            if (!upsert.run(p.id, {p.displayName, int(p.active), instant(p.updatedAt)}))
                return fail(upsert.lastError());
        }
    }
    if (!page.appointmentTypes.isEmpty()) {
        UpsertStatement upsert(
            m_db, QStringLiteral("appointment_types"), QStringLiteral("id"),
            {QStringLiteral("name"), QStringLiteral("archived"), QStringLiteral("updated_at")});
        for (const AppointmentType &t : page.appointmentTypes) {
            if (!upsert.run(t.id, {t.name, int(t.archived), instant(t.updatedAt)}))
                return fail(upsert.lastError());
        }
    }
    if (!page.patients.isEmpty()) {
        UpsertStatement upsert(m_db, QStringLiteral("patients"), QStringLiteral("id"),
                               {QStringLiteral("first_name"), QStringLiteral("last_name"),
                                QStringLiteral("archived"), QStringLiteral("created_at"),
                                QStringLiteral("updated_at")});
        for (const Patient &p : page.patients) {
            if (!upsert.run(p.id, {p.firstName, p.lastName, int(p.archived), instant(p.createdAt),
                                   instant(p.updatedAt)}))
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
                            QStringLiteral("updated_at")});
    QSqlQuery previousDay(m_db);
    previousDay.setForwardOnly(true);
    if (!previousDay.prepare(
            QStringLiteral("SELECT local_julian_day FROM appointments WHERE id = ?")))
        return fail(previousDay.lastError());

    for (const Appointment &a : appointments) {
        const LocalStart start = m_resolver->resolve(a);
        if (!start.valid) {
            // Without a start there is no local date to count it on; the PMS never sends one.
            qCWarning(lcStorage) << "skipping appointment" << a.id << "without a start time";
            continue;
        }
        previousDay.bindValue(0, a.id);
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
        };
        if (!upsert.run(a.id, values))
            return fail(upsert.lastError());
        changes->upsertedAppointmentIds.append(a.id);
        changes->localJulianDays.insert(start.julianDay);
    }
    return true;
}

bool ClinicRecordWriter::removeAppointments(const QList<RecordId> &ids, ChangeSet *changes)
{
    QSqlQuery previousDay(m_db);
    previousDay.setForwardOnly(true);
    QSqlQuery remove(m_db);
    if (!previousDay.prepare(
            QStringLiteral("SELECT local_julian_day FROM appointments WHERE id = ?")) ||
        !remove.prepare(QStringLiteral("DELETE FROM appointments WHERE id = ?")))
        return fail(previousDay.lastError().isValid() ? previousDay.lastError()
                                                      : remove.lastError());
    for (RecordId id : ids) {
        previousDay.bindValue(0, id);
        if (!previousDay.exec())
            return fail(previousDay.lastError());
        if (!previousDay.next())
            continue;
        changes->localJulianDays.insert(previousDay.value(0).toLongLong());
        previousDay.finish();
        remove.bindValue(0, id);
        if (!remove.exec())
            return fail(remove.lastError());
        changes->deletedAppointmentIds.append(id);
        ++changes->recordCount;
    }
    return true;
}

} // namespace routiq
