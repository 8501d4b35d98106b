#pragma once

#include "clinicmetrics.h"
#include "metricsrequest.h"

#include <QDate>
#include <QMetaType>

#include <optional>

namespace routiq {

class MetricsCalculator;
struct MetricsFilter;

// Computes ToDateMetrics (clinicmetrics.h) for a resolved range.
class ToDateComparison
{
public:
    // The partial ranges, or null when R does not contain today.
    static std::optional<ToDateMetrics> ranges(const ResolvedRange &range, QDate today);
    // The same with both partial ranges' figures filled in.
    static std::optional<ToDateMetrics> compute(const MetricsCalculator &calculator,
                                                const ResolvedRange &range,
                                                const MetricsFilter &filter, QDate today);
};

} // namespace routiq
