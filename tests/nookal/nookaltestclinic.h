#pragma once

#include "domain/records.h"
#include "pms/nookal/nookalconfig.h"
#include "simulator/nookalsimulator.h"

#include <QList>
#include <QTimeZone>

// What the Nookal adapter should make of a simulated clinic (Nookal shows no deleted rows, no
// modification time on reference data, wall clocks to the second, "1"/"0" flags), and an
// adapter configuration that talks to a NookalSimulator on loopback.
namespace routiq::test {

NookalConfig nookalConfigFor(const NookalSimulator &simulator);

// A UTC instant after a trip through Nookal's naive wall clock in `zone`.
QDateTime throughWallClock(const QDateTime &utc, const QTimeZone &zone);

QList<Location> nookalLocations(const SimulatedClinic &clinic);
QList<Practitioner> nookalPractitioners(const SimulatedClinic &clinic);
QList<AppointmentType> nookalAppointmentTypes(const SimulatedClinic &clinic);
QList<Patient> nookalPatients(const SimulatedClinic &clinic);
QList<Appointment> nookalAppointments(const SimulatedClinic &clinic); // deleted ones left out

} // namespace routiq::test
