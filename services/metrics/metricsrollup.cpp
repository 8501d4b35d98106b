#include "metricsrollup.h"

#include "exactdecimal.h"
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
    const auto bookedDays = std::count_if(m.bookingTrends.cbegin(), m.bookingTrends.cend(),
                                          [](const DailyTrend &t) { return t.bookings > 0; });
    m.dailyAverage =
        bookedDays == 0 ? 0 : ExactDecimal::roundedQuotient(m.totalBookings, bookedDays, 2);
    m.missedAppointmentsPercentage =
        m.totalBookings == 0
            ? 0
            : ExactDecimal::roundedPercentage(m.missedAppointments, m.totalBookings, 1);
    const qint64 cancellationBase = qint64(m.totalBookings) + m.cancellations;
    m.cancellationRate =
        cancellationBase == 0
            ? 0
            : ExactDecimal::roundedPercentage(m.cancellations, cancellationBase, 1);
    if (m.newPatients > 0)
        m.patientVisitAverage =
            ExactDecimal::roundedQuotient(m.attendedAppointments, m.newPatients, 2);
    m.rebookRate =
        m.attendedAppointments == 0
            ? 0
            : ExactDecimal::roundedPercentage(m.rebookedAppointments, m.attendedAppointments, 1);
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
    return s;
}

} // namespace routiq
