#pragma once

#include "simulatedclinic.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QTimeZone>

namespace routiq {

// Renders a SimulatedClinic's records the way Nookal v2 shows them: string ids, "1"/"0"
// booleans, naive wall-clock dates in the location's zone (patients in the clinic zone, the
// lowest-id location's), zero dates for "none" on some rows, and with `drift` on some numbers
// as JSON numbers instead of strings.
class NookalJsonWriter
{
public:
    NookalJsonWriter(const SimulatedClinic &clinic, bool drift);

    QTimeZone zoneFor(RecordId locationId) const;
    QTimeZone clinicZone() const { return m_clinicZone; }
    // "YYYY-MM-DD HH:MM:SS" of `utc` in `zone`; "0000-00-00 00:00:00" when invalid.
    static QString wallText(const QDateTime &utc, const QTimeZone &zone);
    QJsonValue number(qint64 n) const; // a number with drift, else its text

    QJsonObject location(const SimBusiness &b) const;
    QJsonObject practitioner(const SimPractitioner &p) const;
    QJsonObject service(const SimAppointmentType &t) const;
    QJsonObject patient(const SimPatient &p) const;
    QJsonObject appointment(const SimAppointment &a) const;

private:
    const SimulatedClinic &m_clinic;
    bool m_drift;
    QHash<RecordId, QTimeZone> m_zones;
    QTimeZone m_clinicZone = QTimeZone::utc();
};

} // namespace routiq
