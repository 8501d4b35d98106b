#include "bookingcontext.h"

#include <QDateTime>

#include <algorithm>
#include <array>

namespace routiq {

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

// What the walk has learnt about the patient so far.
struct PatientState
{
    int bookings = 0;
    int attended = 0;
    int missed = 0;
    int cancellations = 0;
    int lateCancellations = 0;
    qint64 lastAttendedMs = BookingRecord::kUnknown;
    std::array<bool, 5> recent{}; // ring of the last five outcomes (true = missed)
    int recentCount = 0;
    int recentNext = 0;

    void fold(const BookingRecord &r)
    {
        if (r.deleted)
            return;
        if (r.cancelled) {
            ++cancellations;
            if (r.isLateCancellation())
                ++lateCancellations;
            return;
        }
        ++bookings;
        if (!r.hasOutcome())
            return;
        const bool miss = r.didNotArrive;
        if (miss) {
            ++missed;
        } else {
            ++attended;
            lastAttendedMs = r.startsAtMs;
        }
        recent[size_t(recentNext)] = miss;
        recentNext = (recentNext + 1) % int(recent.size());
        recentCount = std::min(recentCount + 1, int(recent.size()));
    }
};

} // namespace

bool BookingContextWalk::timeOrder(const BookingRecord &a, const BookingRecord &b)
{
    if (a.patientId != b.patientId)
        return a.patientId < b.patientId;
    if (a.startsAtMs != b.startsAtMs)
        return a.startsAtMs < b.startsAtMs;
    return a.id < b.id;
}

void BookingContextWalk::walk(std::span<const BookingRecord> rows, qint64 nowMs, const Wants &wants,
                              const Visit &visit)
{
    PatientState state;
    size_t folded = 0;
    for (const BookingRecord &row : rows) {
        if (!wants(row))
            continue;
        // Only bookings that started before the moment of prediction, and before now, have
        // a known outcome; rows are in start order, so one pointer suffices.
        const qint64 moment = std::min(row.startsAtMs, nowMs);
        while (folded < rows.size() && rows[folded].startsAtMs < moment)
            state.fold(rows[folded++]);

        BookingContext c;
        c.appointmentTypeId = row.appointmentTypeId;
        c.practitionerId = row.practitionerId;
        c.localHour = row.localHour;
        c.localWeekday = row.localWeekday;
        if (row.createdAtMs != BookingRecord::kUnknown)
            c.leadDays = double(std::max<qint64>(0, row.startsAtMs - row.createdAtMs)) / kDayMs;
        c.priorBookings = state.bookings;
        c.priorAttended = state.attended;
        c.priorMissed = state.missed;
        c.priorCancellations = state.cancellations;
        c.priorLateCancellations = state.lateCancellations;
        c.recentOutcomes = state.recentCount;
        for (int i = 0; i < state.recentCount; ++i)
            c.recentMissed += state.recent[size_t(i)] ? 1 : 0;
        if (row.birthYear > 0)
            c.ageYears = QDateTime::fromMSecsSinceEpoch(row.startsAtMs, Qt::UTC).date().year() -
                         row.birthYear;
        if (state.lastAttendedMs != BookingRecord::kUnknown)
            c.daysSinceLastVisit = double(row.startsAtMs - state.lastAttendedMs) / kDayMs;
        visit(row, c);
    }
}

} // namespace routiq
