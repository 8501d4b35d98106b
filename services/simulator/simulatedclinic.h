#pragma once

#include "domain/records.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

// The simulated clinic's data in Cliniko's terms (with the fields the API shows and hides), and
// how each record should look after an adapter has read it (`toRecord`), for tests.
namespace routiq {

struct SimBusiness
{
    RecordId id = 0;
    QString name;
    QString timeZoneId;    // IANA
    QString timeZoneLabel; // Rails label, e.g. "Melbourne"
    QDateTime createdAt, updatedAt, archivedAt;

    QDateTime timestamp(QStringView field) const;
    Location toRecord() const;
};

struct SimPractitioner
{
    RecordId id = 0;
    RecordId businessId = 0; // where they work
    QString title, firstName, lastName, designation;
    bool active = true;
    QDate lastWorkingDay; // for inactive practitioners: no appointments after this
    QDateTime createdAt, updatedAt;

    QString displayName() const;
    QDateTime timestamp(QStringView field) const;
    Practitioner toRecord() const;
};

struct SimAppointmentType
{
    RecordId id = 0;
    QString name;
    QString color;
    int durationMinutes = 30;
    QDateTime createdAt, updatedAt, archivedAt;

    QDateTime timestamp(QStringView field) const;
    AppointmentType toRecord() const;
};

struct SimPatient
{
    RecordId id = 0;
    QString firstName, lastName;
    QDate dateOfBirth;
    QDateTime createdAt, updatedAt, archivedAt;

    QDateTime timestamp(QStringView field) const;
    Patient toRecord() const;
    // A made-up mobile number derived from the id (the simulator never invents it twice).
    QString mobile() const;
};

struct SimAppointment
{
    RecordId id = 0;
    RecordId patientId = 0, practitionerId = 0, businessId = 0, appointmentTypeId = 0;
    QDateTime startsAt, endsAt;
    QDateTime createdAt, updatedAt;
    QDateTime cancelledAt, archivedAt;
    int cancellationReason = 0; // Cliniko codes 10..60, 0 = none
    QString cancellationNote;
    std::optional<bool> didNotArrive, patientArrived;
    QString notes;

    bool isCancelled() const { return cancelledAt.isValid(); }
    bool isArchived() const { return archivedAt.isValid(); }
    QDateTime timestamp(QStringView field) const;
    Appointment toRecord() const;
};

// A whole clinic account. Records are kept in id order (ids grow with creation), so lookups by
// id are binary searches. Mutations bump updated_at to `now` (at least one second later).
struct SimulatedClinic
{
    QString accountTimeZoneLabel = QStringLiteral("Melbourne");
    QList<SimBusiness> businesses;
    QList<SimPractitioner> practitioners;
    QList<SimAppointmentType> appointmentTypes;
    QList<SimPatient> patients;
    QList<SimAppointment> appointments;
    RecordId lastId = 0; // the largest id handed out

    RecordId takeId(); // a new 19-digit id, larger than every existing one

    SimAppointment *appointment(RecordId id);
    SimPatient *patient(RecordId id);
    SimPractitioner *practitioner(RecordId id);
    const SimAppointment *appointment(RecordId id) const;
    const SimPatient *patient(RecordId id) const;
    const SimBusiness *business(RecordId id) const;
    const SimAppointmentType *appointmentType(RecordId id) const;

    // The domain records an adapter should produce from a full read (every row, including
    // cancelled/archived appointments, archived patients and inactive practitioners).
    QList<Location> expectedLocations(bool advancedTimeZones = true) const;
    QList<Practitioner> expectedPractitioners() const;
    QList<AppointmentType> expectedAppointmentTypes() const;
    QList<Patient> expectedPatients() const;
    QList<Appointment> expectedAppointments() const;

    // Mutations used by tests and the live activity. Each returns false for an unknown id or a
    // change Cliniko would not allow (e.g. cancelling twice).
    RecordId addAppointment(RecordId patientId, RecordId practitionerId, RecordId businessId,
                            RecordId appointmentTypeId, const QDateTime &startsAt,
                            const QDateTime &now);
    bool cancelAppointment(RecordId id, int reason, const QString &note, const QDateTime &now);
    bool archiveAppointment(RecordId id, const QDateTime &now);
    bool markDidNotArrive(RecordId id, const QDateTime &now);
    bool markArrived(RecordId id, const QDateTime &now);
    bool rescheduleAppointment(RecordId id, const QDateTime &newStart, const QDateTime &now);
    bool editAppointmentNotes(RecordId id, const QString &notes, const QDateTime &now);
    RecordId addPatient(const QString &firstName, const QString &lastName, const QDateTime &now);
    bool archivePatient(RecordId id, const QDateTime &now);
    bool deactivatePractitioner(RecordId id, const QDateTime &now);
};

} // namespace routiq
