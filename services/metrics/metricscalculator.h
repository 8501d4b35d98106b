#pragma once

#include "appointmentindex.h"
#include "clinicmetrics.h"
#include "metricsrequest.h"

#include <QDate>

#include <optional>
#include <utility>

namespace routiq {

// Narrows every figure to one location and/or one practitioner (metrics.md precise reading 1).
struct MetricsFilter
{
    std::optional<RecordId> locationId;
    std::optional<RecordId> practitionerId;

    static MetricsFilter fromRequest(const MetricsRequest &request)
    {
        return {request.locationId, request.practitionerId};
    }
    template <typename Appointment> // AppointmentFact or AppointmentIndex::Entry
    bool matches(const Appointment &a) const
    {
        return (!locationId || a.locationId == *locationId) &&
               (!practitionerId || a.practitionerId == *practitionerId);
    }
    friend bool operator==(const MetricsFilter &, const MetricsFilter &) = default;
};

// Computes ClinicMetrics straight from an AppointmentIndex, exactly as shared/brief/metrics.md
// defines each figure; rounding is done on exact integer ratios (ExactDecimal). A range that
// holds at least `minWholeMonths` whole calendar months adds up the index's month blocks for
// those months (MonthAggregates, D23) and scans only the days at its edges; shorter ranges scan
// their days. Both give the same figures (tests/metrics/monthaggregates_test.cpp).
class MetricsCalculator
{
public:
    enum class Strategy
    {
        Auto,     // month blocks for long ranges
        ScanOnly, // every day scanned: the reference the blocks are tested against
    };
    static constexpr int minWholeMonths = 2;

    explicit MetricsCalculator(const AppointmentIndex &index, Strategy strategy = Strategy::Auto)
        : m_index(index), m_strategy(strategy)
    {}

    // The figures of R, with totalBookingsChange against P.
    ClinicMetrics compute(const ResolvedRange &range, const MetricsFilter &filter) const;

    // The figures of P as if P had been requested (its change is against P's own previous range).
    ClinicMetrics computePrevious(const ResolvedRange &range, const MetricsFilter &filter) const;

    // Every figure of [start, end] except totalBookingsChange, which stays null.
    ClinicMetrics computeRange(QDate start, QDate end, const MetricsFilter &filter) const;

    // Bookings in [start, end] under the filter (what totalBookingsChange compares).
    int countBookings(QDate start, QDate end, const MetricsFilter &filter) const;

    // Fills every ratio of `m` (dailyAverage, the rates, patientVisitAverage) from its counts and
    // the number of dates in R with at least one booking, rounded as metrics.md says.
    static void deriveRatios(ClinicMetrics &m, qint64 bookedDays);

    // (current - previous) / previous * 100 to 1 decimal, null when previous is 0.
    static std::optional<double> change(int current, int previous);

private:
    // The whole months inside [firstDay, lastDay] as [first day of the first, last day of the
    // last], or an empty pair (first > last) when there are too few to be worth it.
    std::pair<qint64, qint64> wholeMonths(qint64 firstDay, qint64 lastDay) const;

    const AppointmentIndex &m_index;
    Strategy m_strategy;
};

} // namespace routiq
