#include "practitionerbreakdown.h"

#include "metricscalculator.h"

#include <algorithm>
#include <set>

namespace routiq {

QList<PractitionerMetrics> PractitionerBreakdown::compute(const AppointmentIndex &index,
                                                          const ResolvedRange &range,
                                                          std::optional<RecordId> locationId)
{
    std::set<RecordId> practitioners;
    const auto collect = [&](QDate start, QDate end) {
        index.forEachDay(start.toJulianDay(), end.toJulianDay(),
                         [&](qint64, const std::vector<AppointmentIndex::Entry> &entries) {
                             for (const AppointmentIndex::Entry &e : entries)
                                 if (!locationId || e.locationId == *locationId)
                                     practitioners.insert(e.practitionerId);
                         });
    };
    collect(range.startDate, range.endDate);
    collect(range.previousStartDate, range.previousEndDate);

    const MetricsCalculator calculator(index);
    QList<PractitionerMetrics> rows;
    rows.reserve(qsizetype(practitioners.size()));
    for (const RecordId id : practitioners) {
        const MetricsFilter filter{locationId, id};
        rows.append(
            {id, calculator.compute(range, filter), calculator.computePrevious(range, filter)});
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const PractitionerMetrics &a, const PractitionerMetrics &b) {
                         return a.current.totalBookings > b.current.totalBookings;
                     });
    return rows;
}

} // namespace routiq
