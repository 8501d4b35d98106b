#pragma once

#include "metrics/clinicmetrics.h"

namespace routiq::test {

// A plausible month of a busy physio clinic (November 2026): weekday bookings in the 40s and
// 50s, short Saturdays, closed Sundays, a few percent missed and cancelled, morning and late
// afternoon peaks. Consistent with itself: KPIs equal the sums of the daily figures.
MetricsSnapshot sampleMonthSnapshot();

} // namespace routiq::test
