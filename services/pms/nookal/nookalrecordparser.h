#pragma once

#include "domain/records.h"

#include <QJsonObject>
#include <QString>
#include <QTimeZone>

namespace routiq {

// Turns Nookal v2 records into domain records, mapping each object's own key casing (ID vs
// patientID, DateModified vs lastModified). Wall-clock fields are read in the zone the caller
// gives: the appointment's location zone, or the clinic's zone for patients.
class NookalRecordParser
{
public:
    static bool parseLocation(const QJsonObject &o, Location *out, QString *problem);
    static bool parsePractitioner(const QJsonObject &o, Practitioner *out, QString *problem);
    static bool parseAppointmentType(const QJsonObject &o, AppointmentType *out, QString *problem);
    static bool parsePatient(const QJsonObject &o, const QTimeZone &zone, Patient *out,
                             QString *problem);
    // The location id first (to pick the zone), then the whole appointment.
    static RecordId appointmentLocationId(const QJsonObject &o);
    // False with `problem` for a record without an id; false with an empty problem for a row
    // that cannot be placed in time (no valid date/start): the caller skips it (only `out->id`
    // is set then).
    static bool parseAppointment(const QJsonObject &o, const QTimeZone &zone, Appointment *out,
                                 QString *problem);
};

} // namespace routiq
