#include "simulatedclinic.h"

#include "pms/cliniko/railstimezones.h"

#include <algorithm>

namespace routiq {

namespace {

template <typename T>
T *findById(QList<T> &list, RecordId id)
{
    auto it = std::lower_bound(list.begin(), list.end(), id,
                               [](const T &r, RecordId value) { return r.id < value; });
    return it != list.end() && it->id == id ? &*it : nullptr;
}

template <typename T>
const T *findById(const QList<T> &list, RecordId id)
{
    auto it = std::lower_bound(list.cbegin(), list.cend(), id,
                               [](const T &r, RecordId value) { return r.id < value; });
    return it != list.cend() && it->id == id ? &*it : nullptr;
}

QDateTime commonTimestamp(QStringView field, const QDateTime &created, const QDateTime &updated,
                          const QDateTime &archived)
{
    if (field == u"created_at")
        return created;
    if (field == u"updated_at")
        return updated;
    if (field == u"archived_at")
        return archived;
    return {};
}

// updated_at must move forward on every change, even when the simulated clock stands still.
QDateTime bumped(const QDateTime &previous, const QDateTime &now)
{
    return previous.isValid() && now <= previous ? previous.addSecs(1) : now;
}

} // namespace

QDateTime SimBusiness::timestamp(QStringView field) const
{
    return commonTimestamp(field, createdAt, updatedAt, archivedAt);
}

Location SimBusiness::toRecord() const
{
    return Location{id, name, timeZoneId, archivedAt.isValid(), updatedAt};
}

QString SimPractitioner::displayName() const
{
    return (title.isEmpty() ? QString() : title + QLatin1Char(' ')) + firstName + QLatin1Char(' ') +
           lastName;
}

QDateTime SimPractitioner::timestamp(QStringView field) const
{
    return commonTimestamp(field, createdAt, updatedAt, {});
}

Practitioner SimPractitioner::toRecord() const
{
    return Practitioner{id, displayName(), active, updatedAt};
}

QDateTime SimAppointmentType::timestamp(QStringView field) const
{
    return commonTimestamp(field, createdAt, updatedAt, archivedAt);
}

AppointmentType SimAppointmentType::toRecord() const
{
    return AppointmentType{id, name, archivedAt.isValid(), updatedAt};
}

QDateTime SimPatient::timestamp(QStringView field) const
{
    return commonTimestamp(field, createdAt, updatedAt, archivedAt);
}

Patient SimPatient::toRecord() const
{
    return Patient{id,
                   firstName,
                   lastName,
                   archivedAt.isValid(),
                   createdAt,
                   updatedAt,
                   dateOfBirth.isValid() ? dateOfBirth.year() : 0,
                   mobile()};
}

QString SimPatient::mobile() const
{
    // Shaped like an Australian mobile, from the 0491 57 block kept for drama and fiction.
    return QStringLiteral("0491 57%1").arg(id % 10000, 4, 10, QLatin1Char('0'));
}

QDateTime SimAppointment::timestamp(QStringView field) const
{
    if (field == u"starts_at")
        return startsAt;
    if (field == u"ends_at")
        return endsAt;
    if (field == u"cancelled_at")
        return cancelledAt;
    return commonTimestamp(field, createdAt, updatedAt, archivedAt);
}

Appointment SimAppointment::toRecord() const
{
    Appointment a;
    a.id = id;
    a.patientId = patientId;
    a.practitionerId = practitionerId;
    a.locationId = businessId;
    a.appointmentTypeId = appointmentTypeId;
    a.startsAt = startsAt;
    a.endsAt = endsAt;
    a.cancelled = cancelledAt.isValid();
    a.cancelledAt = cancelledAt;
    a.cancellationReason = cancellationReason;
    a.deleted = archivedAt.isValid();
    a.didNotArrive = didNotArrive;
    a.patientArrived = patientArrived;
    a.createdAt = createdAt;
    a.updatedAt = updatedAt;
    return a;
}

RecordId SimulatedClinic::takeId()
{
    constexpr RecordId kFirstId = 1'390'053'863'000'000'000LL;
    lastId = std::max(lastId, kFirstId) + 1 + (lastId % 7);
    return lastId;
}

SimAppointment *SimulatedClinic::appointment(RecordId id)
{
    return findById(appointments, id);
}

SimPatient *SimulatedClinic::patient(RecordId id)
{
    return findById(patients, id);
}

const SimAppointment *SimulatedClinic::appointment(RecordId id) const
{
    return findById(appointments, id);
}

const SimPatient *SimulatedClinic::patient(RecordId id) const
{
    return findById(patients, id);
}

SimPractitioner *SimulatedClinic::practitioner(RecordId id)
{
    return findById(practitioners, id);
}

const SimBusiness *SimulatedClinic::business(RecordId id) const
{
    return findById(businesses, id);
}

const SimAppointmentType *SimulatedClinic::appointmentType(RecordId id) const
{
    return findById(appointmentTypes, id);
}

QList<Location> SimulatedClinic::expectedLocations(bool advancedTimeZones) const
{
    QList<Location> out;
    for (const SimBusiness &b : businesses) {
        Location l = b.toRecord();
        if (!advancedTimeZones)
            l.timeZoneId = RailsTimeZones::toIana(accountTimeZoneLabel);
        out.append(l);
    }
    return out;
}

QList<Practitioner> SimulatedClinic::expectedPractitioners() const
{
    QList<Practitioner> out;
    for (const SimPractitioner &p : practitioners)
        out.append(p.toRecord());
    return out;
}

QList<AppointmentType> SimulatedClinic::expectedAppointmentTypes() const
{
    QList<AppointmentType> out;
    for (const SimAppointmentType &t : appointmentTypes)
        out.append(t.toRecord());
    return out;
}

QList<Patient> SimulatedClinic::expectedPatients() const
{
    QList<Patient> out;
    for (const SimPatient &p : patients)
        out.append(p.toRecord());
    return out;
}

QList<Appointment> SimulatedClinic::expectedAppointments() const
{
    QList<Appointment> out;
    out.reserve(appointments.size());
    for (const SimAppointment &a : appointments)
        out.append(a.toRecord());
    return out;
}

RecordId SimulatedClinic::addAppointment(RecordId patientId, RecordId practitionerId,
                                         RecordId businessId, RecordId appointmentTypeId,
                                         const QDateTime &startsAt, const QDateTime &now)
{
    const SimAppointmentType *type = appointmentType(appointmentTypeId);
    if (!patient(patientId) || !practitioner(practitionerId) || !business(businessId) || !type)
        return 0;
    SimAppointment a;
    a.id = takeId();
    a.patientId = patientId;
    a.practitionerId = practitionerId;
    a.businessId = businessId;
    a.appointmentTypeId = appointmentTypeId;
    a.startsAt = startsAt.toUTC();
    a.endsAt = a.startsAt.addSecs(60LL * type->durationMinutes);
    a.createdAt = now;
    a.updatedAt = now;
    appointments.append(a);
    return a.id;
}

bool SimulatedClinic::cancelAppointment(RecordId id, int reason, const QString &note,
                                        const QDateTime &now)
{
    SimAppointment *a = appointment(id);
    if (!a || a->isCancelled()) // Cliniko: a cancellation cannot be undone or repeated
        return false;
    a->updatedAt = bumped(a->updatedAt, now);
    a->cancelledAt = a->updatedAt;
    a->cancellationReason = reason;
    a->cancellationNote = note;
    return true;
}

bool SimulatedClinic::archiveAppointment(RecordId id, const QDateTime &now)
{
    SimAppointment *a = appointment(id);
    if (!a || a->isArchived())
        return false;
    a->updatedAt = bumped(a->updatedAt, now);
    a->archivedAt = a->updatedAt;
    return true;
}

bool SimulatedClinic::markDidNotArrive(RecordId id, const QDateTime &now)
{
    SimAppointment *a = appointment(id);
    if (!a || a->isCancelled())
        return false;
    a->didNotArrive = true;
    a->patientArrived = false;
    a->updatedAt = bumped(a->updatedAt, now);
    return true;
}

bool SimulatedClinic::markArrived(RecordId id, const QDateTime &now)
{
    SimAppointment *a = appointment(id);
    if (!a || a->isCancelled())
        return false;
    a->didNotArrive = false;
    a->patientArrived = true;
    a->updatedAt = bumped(a->updatedAt, now);
    return true;
}

bool SimulatedClinic::rescheduleAppointment(RecordId id, const QDateTime &newStart,
                                            const QDateTime &now)
{
    SimAppointment *a = appointment(id);
    if (!a || a->isCancelled())
        return false;
    const qint64 length = a->startsAt.secsTo(a->endsAt);
    a->startsAt = newStart.toUTC();
    a->endsAt = a->startsAt.addSecs(length);
    a->updatedAt = bumped(a->updatedAt, now);
    return true;
}

bool SimulatedClinic::editAppointmentNotes(RecordId id, const QString &notes, const QDateTime &now)
{
    SimAppointment *a = appointment(id);
    if (!a)
        return false;
    a->notes = notes;
    a->updatedAt = bumped(a->updatedAt, now);
    return true;
}

RecordId SimulatedClinic::addPatient(const QString &firstName, const QString &lastName,
                                     const QDateTime &now)
{
    SimPatient p;
    p.id = takeId();
    p.firstName = firstName;
    p.lastName = lastName;
    p.createdAt = now;
    p.updatedAt = now;
    patients.append(p);
    return p.id;
}

bool SimulatedClinic::archivePatient(RecordId id, const QDateTime &now)
{
    SimPatient *p = patient(id);
    if (!p || p->archivedAt.isValid())
        return false;
    p->updatedAt = bumped(p->updatedAt, now);
    p->archivedAt = p->updatedAt;
    return true;
}

bool SimulatedClinic::deactivatePractitioner(RecordId id, const QDateTime &now)
{
    SimPractitioner *p = practitioner(id);
    if (!p || !p->active)
        return false;
    p->active = false;
    p->lastWorkingDay = now.date();
    p->updatedAt = bumped(p->updatedAt, now);
    return true;
}

} // namespace routiq
