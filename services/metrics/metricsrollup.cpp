#include "metricsrollup.h"

#include "metricscalculator.h"

#include <QMap>

#include <algorithm>
#include <utility>

namespace routiq {

ClinicMetrics MetricsRollup::combine(const QList<ClinicMetrics> &clinics,
                                     std::optional<qint64> previousTotalBookings)
{
    ClinicMetrics m;
    QMap<QDate, DailyTrend> days;
    QMap<std::pair<int, int>, int> cells; // (dayOfWeek, hour) -> bookings
    for (const ClinicMetrics &c : clinics) {
        m.totalBookings += c.totalBookings;
        m.activePatients += c.activePatients;
        m.newPatients += c.newPatients;
        m.missedAppointments += c.missedAppointments;
        m.cancellations += c.cancellations;
        m.lateCancellations += c.lateCancellations;
        m.attendedAppointments += c.attendedAppointments;
        m.rebookedAppointments += c.rebookedAppointments;
        for (const DailyTrend &t : c.bookingTrends) {
            DailyTrend &day = days[t.date];
            day.date = t.date;
            day.bookings += t.bookings;
            day.missed += t.missed;
            day.cancelled += t.cancelled;
        }
        for (const PeakHourCell &cell : c.peakHours)
            cells[{cell.dayOfWeek, cell.hour}] += cell.bookings;
    }

    m.bookingTrends = days.values();
    MetricsCalculator::deriveRatios(
        m, std::count_if(m.bookingTrends.cbegin(), m.bookingTrends.cend(),
                         [](const DailyTrend &t) { return t.bookings > 0; }));
    if (previousTotalBookings)
        m.totalBookingsChange =
            MetricsCalculator::change(m.totalBookings, int(*previousTotalBookings));

    // QMap iterates in (dayOfWeek, hour) order, so a stable sort by bookings keeps the tie order
    // metrics.md asks for.
    for (auto it = cells.cbegin(); it != cells.cend(); ++it)
        m.peakHours.append(PeakHourCell{it.key().first, it.key().second, it.value()});
    std::stable_sort(
        m.peakHours.begin(), m.peakHours.end(),
        [](const PeakHourCell &a, const PeakHourCell &b) { return a.bookings > b.bookings; });
    return m;
}

MetricsSnapshot MetricsRollup::combine(const QList<MetricsSnapshot> &clinics,
                                       const MetricsRequest &request)
{
    MetricsSnapshot s;
    s.request = request;
    QList<ClinicMetrics> current, previous;
    qint64 previousBookings = 0;
    bool everySynced = !clinics.isEmpty();
    for (const MetricsSnapshot &c : clinics) {
        if (s.range == ResolvedRange{})
            s.range = c.range;
        current.append(c.current);
        previous.append(c.previous);
        previousBookings += c.previous.totalBookings;
        s.generation += c.generation;
        if (!c.lastUpdated.isValid())
            everySynced = false;
        else if (!s.lastUpdated.isValid() || c.lastUpdated < s.lastUpdated)
            s.lastUpdated = c.lastUpdated;
    }
    if (!everySynced)
        s.lastUpdated = QDateTime();
    s.current = combine(current, previousBookings);
    // P's own change would need the range before P, which no clinic computed: left null.
    s.previous = combine(previous);
    s.toDate = combineToDate(clinics);
    return s;
}

std::optional<ToDateMetrics> MetricsRollup::combineToDate(const QList<MetricsSnapshot> &clinics)
{
    // Only when every clinic's partial ranges are the same dates (their "today" can differ
    // across zones around midnight; then there is no one to-date comparison for the group).
    if (clinics.isEmpty() || !clinics.first().toDate)
        return std::nullopt;
    const ToDateMetrics &first = *clinics.first().toDate;
    QList<ClinicMetrics> current, previous;
    for (const MetricsSnapshot &c : clinics) {
        if (!c.toDate || c.toDate->startDate != first.startDate ||
            c.toDate->endDate != first.endDate ||
            c.toDate->previousStartDate != first.previousStartDate ||
            c.toDate->previousEndDate != first.previousEndDate)
            return std::nullopt;
        current.append(c.toDate->current);
        previous.append(c.toDate->previous);
    }
    ToDateMetrics t = first;
    t.previous = combine(previous);
    t.current = combine(current, t.previous.totalBookings);
    return t;
}

} // namespace routiq
