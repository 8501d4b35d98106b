#pragma once

#include "domain/bookingrecord.h"

#include <QtGlobal>

#include <vector>

namespace routiq::test {

// A clinic history whose non-attendance follows known factors, for the no-show tests: each
// patient has a fixed habit (log-odds), bookings made far ahead, early slots and first visits
// are missed more. Independent of the built-in simulator, so the model is not judged only on
// the data it was developed with.
struct SyntheticClinic
{
    struct Params
    {
        quint64 seed = 7;
        int patients = 1500;
        int days = 540;      // history length before `now`
        int futureDays = 21; // bookings after now (unmarked)
        int bookingsPerDay = 40;
        double baseLogOdds = -2.6; // ~7 % missed
        double habitSd = 1.0;
        double leadEffect = 0.5;  // per log1p(lead days)
        double earlyEffect = 0.5; // before 09:00
        double firstVisitEffect = 0.4;
        double markedShare = 0.95; // past bookings marked attended or DNA
    };

    static std::vector<BookingRecord> generate(const Params &params, qint64 nowMs);
    static std::vector<BookingRecord> generate(qint64 nowMs) { return generate(Params{}, nowMs); }
};

} // namespace routiq::test
