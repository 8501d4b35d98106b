#pragma once

#include "domain/bookingrecord.h"

#include <QtGlobal>

#include <functional>
#include <span>

namespace routiq {

// What was known about one booking and its patient at the moment the model predicts for it:
// the booking itself, and only outcomes of the patient's bookings that started before that
// moment (never later). The moment is the booking's own start for history (training), and
// "now" for upcoming bookings, so no outcome after "now" can reach any feature.
struct BookingContext
{
    RecordId appointmentTypeId = 0;
    RecordId practitionerId = 0;
    int localHour = 0;
    int localWeekday = 1;
    double leadDays = -1;  // created → start; −1 when the PMS gave no creation time
    int priorBookings = 0; // earlier bookings (not cancelled, not deleted)
    int priorAttended = 0;
    int priorMissed = 0;
    int priorCancellations = 0;
    int priorLateCancellations = 0;
    int recentOutcomes = 0;         // of the last five marked bookings: how many there are
    int recentMissed = 0;           //   and how many of them were missed
    double daysSinceLastVisit = -1; // start − the last attended start; −1 when none
    int ageYears = -1;              // in the year of the start; −1 without a year of birth
};

// Walks one patient's bookings (sorted by start, then id) in time order and hands each row the
// context known at min(its start, now). `wants(row)` chooses the rows to describe.
class BookingContextWalk
{
public:
    using Wants = std::function<bool(const BookingRecord &)>;
    using Visit = std::function<void(const BookingRecord &, const BookingContext &)>;

    static void walk(std::span<const BookingRecord> patientRows, qint64 nowMs, const Wants &wants,
                     const Visit &visit);

    // Sorts so each patient's rows are contiguous and in time order (ties by id).
    static bool timeOrder(const BookingRecord &a, const BookingRecord &b);
};

} // namespace routiq
