#include "todatecomparison.h"

#include "metricscalculator.h"

#include <algorithm>

namespace routiq {

std::optional<ToDateMetrics> ToDateComparison::ranges(const ResolvedRange &range, QDate today)
{
    if (!today.isValid() || today < range.startDate || today > range.endDate)
        return std::nullopt;
    ToDateMetrics t;
    t.startDate = range.startDate;
    t.endDate = today;
    const qint64 days = range.startDate.daysTo(today); // k - 1
    t.previousStartDate = range.previousStartDate;
    t.previousEndDate = std::min(range.previousStartDate.addDays(days), range.previousEndDate);
    return t;
}

std::optional<ToDateMetrics> ToDateComparison::compute(const MetricsCalculator &calculator,
                                                       const ResolvedRange &range,
                                                       const MetricsFilter &filter, QDate today)
{
    std::optional<ToDateMetrics> t = ranges(range, today);
    if (!t)
        return std::nullopt;
    t->current = calculator.computeRange(t->startDate, t->endDate, filter);
    t->previous = calculator.computeRange(t->previousStartDate, t->previousEndDate, filter);
    t->current.totalBookingsChange =
        MetricsCalculator::change(t->current.totalBookings, t->previous.totalBookings);
    return t;
}

} // namespace routiq
