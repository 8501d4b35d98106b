#include "firstsnapshot.h"

#include "metricscalculator.h"
#include "rangeresolver.h"
#include "todatecomparison.h"

#include <algorithm>

namespace routiq {

PartialHistory FirstSnapshot::daysNeeded(const ResolvedRange &range)
{
    // P's change compares P with the range before it; R, P and that range are contiguous for
    // weeks, months and custom ranges alike, but take the span of all three to be sure.
    const ResolvedRange beforePrevious =
        RangeResolver::withPreviousRange(range.previousStartDate, range.previousEndDate);
    PartialHistory h;
    h.firstDay =
        std::min({range.startDate, range.previousStartDate, beforePrevious.previousStartDate});
    h.lastDay = std::max({range.endDate, range.previousEndDate, beforePrevious.previousEndDate});
    return h;
}

MetricsSnapshot FirstSnapshot::compute(const PartialHistory &history, const MetricsRequest &request,
                                       const ResolvedRange &range, const QDateTime &lastUpdated,
                                       QDate today)
{
    AppointmentIndex index;
    index.resetPartial(history.facts, history.patients);
    const MetricsCalculator calculator(index);
    const MetricsFilter filter = MetricsFilter::fromRequest(request);
    MetricsSnapshot snapshot;
    snapshot.request = request;
    snapshot.range = range;
    snapshot.current = calculator.compute(range, filter);
    snapshot.previous = calculator.computePrevious(range, filter);
    if (today.isValid())
        snapshot.toDate = ToDateComparison::compute(calculator, range, filter, today);
    snapshot.lastUpdated = lastUpdated.toUTC();
    snapshot.generation = 0;
    return snapshot;
}

} // namespace routiq
