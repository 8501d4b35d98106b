#pragma once

#include "metrics/appointmentfact.h"

#include <QDateTime>
#include <QTimeZone>

// Builds AppointmentFacts the way the cache does at ingest: a UTC instant converted with
// QTimeZone to the local date, hour and ISO weekday of the appointment's location.
namespace routiq::test {

QTimeZone sydney();
QTimeZone perth();

// "2026-03-01T23:30:00Z" -> a UTC QDateTime.
QDateTime utc(const char *iso);
// A wall-clock time in `zone` ("2026-03-02T09:00") -> its instant.
QDateTime local(const char *wallClock, const QTimeZone &zone = sydney());

// A plain booking (not cancelled, not deleted, unmarked) of `patientId` starting at `start`.
AppointmentFact booking(RecordId id, RecordId patientId, const QDateTime &start,
                        const QTimeZone &zone = sydney(), RecordId locationId = 1,
                        RecordId practitionerId = 10);

AppointmentFact attended(AppointmentFact fact);
AppointmentFact missed(AppointmentFact fact);
AppointmentFact deleted(AppointmentFact fact);
// Cancelled at `at` (an invalid QDateTime leaves the cancellation time unknown).
AppointmentFact cancelled(AppointmentFact fact, const QDateTime &at = {});

} // namespace routiq::test
