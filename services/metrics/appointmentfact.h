#pragma once

#include "domain/ids.h"

#include <QtGlobal>

#include <optional>

namespace routiq {

// The compact, PMS-neutral row the metrics engine computes from: one per cached appointment,
// with everything zone-dependent resolved at ingest (shared/brief/metrics.md, "Terms").
// The cache's reader produces these; the engine never sees SQL or JSON.
struct AppointmentFact
{
    RecordId id = 0;
    RecordId patientId = 0;
    RecordId practitionerId = 0;
    RecordId locationId = 0;

    qint64 startsAtUtcMSecs = 0; // the UTC instant (Nookal: wall clock read in the location zone)
    qint64 localJulianDay = 0;   // QDate::toJulianDay() of the local start
    qint8 localHour = 0;         // 0..23 of the local start
    qint8 localWeekday = 1;      // ISO: Mon = 1 .. Sun = 7

    bool deleted = false;   // counts nowhere
    bool cancelled = false; // a cancellation, not a booking
    bool didNotArrive = false;
    bool arrived = false;
    std::optional<qint64> cancelledAtUtcMSecs; // null when unknown (never a late cancellation)

    friend bool operator==(const AppointmentFact &, const AppointmentFact &) = default;
};

} // namespace routiq
