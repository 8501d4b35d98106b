#include "nookaltestclinic.h"

#include "pms/nookal/nookaljson.h"
#include "simulator/nookaljsonwriter.h"

namespace routiq::test {

NookalConfig nookalConfigFor(const NookalSimulator &simulator)
{
    NookalConfig c;
    c.apiKey = simulator.apiKey();
    c.baseUrlOverride = simulator.baseUrl();
    c.rateLimit.enabled = false;
    c.http.retry.baseDelayMs = 0;
    c.http.clockPollMs = 10;
    c.http.transferTimeoutMs = 5'000;
    return c;
}

QDateTime throughWallClock(const QDateTime &utc, const QTimeZone &zone)
{
    if (!utc.isValid())
        return {};
    return NookalJson::toUtc(NookalJson::fromUtc(utc, zone), zone);
}

QList<Location> nookalLocations(const SimulatedClinic &clinic)
{
    QList<Location> out;
    for (const SimBusiness &b : clinic.businesses)
        out.append(Location{b.id, b.name, b.timeZoneId, false, {}});
    return out;
}

QList<Practitioner> nookalPractitioners(const SimulatedClinic &clinic)
{
    QList<Practitioner> out;
    for (const SimPractitioner &p : clinic.practitioners)
        out.append(Practitioner{p.id, p.displayName(), p.active, {}});
    return out;
}

QList<AppointmentType> nookalAppointmentTypes(const SimulatedClinic &clinic)
{
    QList<AppointmentType> out;
    for (const SimAppointmentType &t : clinic.appointmentTypes)
        out.append(AppointmentType{t.id, t.name, t.archivedAt.isValid(), {}});
    return out;
}

QList<Patient> nookalPatients(const SimulatedClinic &clinic)
{
    const NookalJsonWriter writer(clinic, false);
    QList<Patient> out;
    for (const SimPatient &p : clinic.patients)
        out.append(Patient{p.id, p.firstName, p.lastName, p.archivedAt.isValid(),
                           throughWallClock(p.createdAt, writer.clinicZone()),
                           throughWallClock(p.updatedAt, writer.clinicZone()),
                           p.dateOfBirth.isValid() ? p.dateOfBirth.year() : 0, p.mobile()});
    return out;
}

QList<Appointment> nookalAppointments(const SimulatedClinic &clinic)
{
    const NookalJsonWriter writer(clinic, false);
    QList<Appointment> out;
    for (const SimAppointment &s : clinic.appointments) {
        if (s.isArchived())
            continue;
        const QTimeZone zone = writer.zoneFor(s.businessId);
        const QDateTime local = s.startsAt.toTimeZone(zone);
        Appointment a;
        a.id = s.id;
        a.patientId = s.patientId;
        a.practitionerId = s.practitionerId;
        a.locationId = s.businessId;
        a.appointmentTypeId = s.appointmentTypeId;
        a.wallClockStart = WallClock{local.date(), local.time()};
        a.startsAt = throughWallClock(s.startsAt, zone);
        a.endsAt = throughWallClock(s.endsAt, zone);
        a.cancelled = s.isCancelled();
        a.cancelledAt = throughWallClock(s.cancelledAt, zone);
        a.didNotArrive = s.didNotArrive.value_or(false);
        a.patientArrived = s.patientArrived.value_or(false);
        a.createdAt = throughWallClock(s.createdAt, zone);
        a.updatedAt = throughWallClock(s.updatedAt, zone);
        out.append(a);
    }
    return out;
}

} // namespace routiq::test
