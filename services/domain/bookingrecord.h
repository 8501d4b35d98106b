#pragma once

#include "domain/ids.h"

#include <QtGlobal>

#include <limits>

namespace routiq {

// One cached appointment as the no-show model reads it: compact (it is loaded a million at a
// time for training), PMS-neutral, instants as UTC milliseconds. The cache's
// BookingHistoryReader produces these.
struct BookingRecord
{
    static constexpr qint64 kUnknown = std::numeric_limits<qint64>::min();

    RecordId id = 0;
    RecordId patientId = 0;
    RecordId practitionerId = 0;
    RecordId locationId = 0;
    RecordId appointmentTypeId = 0; // 0 when unknown
    qint64 startsAtMs = 0;
    qint64 createdAtMs = kUnknown;   // when it was booked; unknown for some PMS rows
    qint64 cancelledAtMs = kUnknown; // unknown also for a cancelled row without a time
    qint16 birthYear = 0;            // the patient's; 0 when unknown
    qint8 localHour = 0;
    qint8 localWeekday = 1; // ISO, Mon = 1
    bool deleted = false;
    bool cancelled = false;
    bool didNotArrive = false;
    bool arrived = false;

    // A booking (metrics.md "Terms"): neither deleted nor cancelled.
    bool isBooking() const { return !deleted && !cancelled; }
    // A training outcome: a booking marked DNA or attended (DNA wins when both are set).
    bool hasOutcome() const { return isBooking() && (didNotArrive || arrived); }
    // Cancelled less than 24 h before the start (metrics.md reading 5).
    bool isLateCancellation() const
    {
        return !deleted && cancelled && cancelledAtMs != kUnknown &&
               startsAtMs - cancelledAtMs < 24LL * 3600 * 1000;
    }

    friend bool operator==(const BookingRecord &, const BookingRecord &) = default;
};

} // namespace routiq
