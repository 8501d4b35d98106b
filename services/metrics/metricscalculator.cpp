#include "metricscalculator.h"

#include "exactdecimal.h"
#include "rangeresolver.h"

#include <algorithm>
#include <array>
#include <bit>
#include <vector>

namespace routiq {

namespace {

constexpr qint64 msecsPerDay = 24LL * 60 * 60 * 1000;

bool isLateCancellation(const AppointmentIndex::Entry &e)
{
    // Real elapsed time between two UTC instants; exactly 24 h is not late.
    return e.hasCancellationTime() && e.startsAtUtcMSecs - e.cancelledAtUtcMSecs < msecsPerDay;
}

} // namespace

std::optional<double> MetricsCalculator::change(int current, int previous)
{
    if (previous == 0)
        return std::nullopt;
    return ExactDecimal::roundedPercentage(qint64(current) - previous, previous, 1);
}

void MetricsCalculator::deriveRatios(ClinicMetrics &m, qint64 bookedDays)
{
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
    m.patientVisitAverage.reset();
    if (m.newPatients > 0)
        m.patientVisitAverage =
            ExactDecimal::roundedQuotient(m.attendedAppointments, m.newPatients, 2);
    m.rebookRate =
        m.attendedAppointments == 0
            ? 0
            : ExactDecimal::roundedPercentage(m.rebookedAppointments, m.attendedAppointments, 1);
}

ClinicMetrics MetricsCalculator::compute(const ResolvedRange &range,
                                         const MetricsFilter &filter) const
{
    ClinicMetrics m = computeRange(range.startDate, range.endDate, filter);
    m.totalBookingsChange = change(
        m.totalBookings, countBookings(range.previousStartDate, range.previousEndDate, filter));
    return m;
}

ClinicMetrics MetricsCalculator::computePrevious(const ResolvedRange &range,
                                                 const MetricsFilter &filter) const
{
    const ResolvedRange previous =
        RangeResolver::withPreviousRange(range.previousStartDate, range.previousEndDate);
    return compute(previous, filter);
}

namespace {

// What a range adds up before the ratios; `addPatient` receives every booking's patient.
struct Tally
{
    ClinicMetrics &m;
    qint64 firstDay; // of bookingTrends
    std::array<int, 7 * 24> cells{};
    int rebooked = 0;
};

template <typename AddPatient>
void scanDays(const AppointmentIndex &index, qint64 from, qint64 to, const MetricsFilter &filter,
              Tally &tally, AddPatient &&addPatient)
{
    ClinicMetrics &m = tally.m;
    index.forEachDay(
        from, to, [&](qint64 julianDay, const std::vector<AppointmentIndex::Entry> &facts) {
            DailyTrend &day = m.bookingTrends[qsizetype(julianDay - tally.firstDay)];
            for (const AppointmentIndex::Entry &f : facts) {
                if (!filter.matches(f))
                    continue;
                if (f.cancelled) {
                    ++m.cancellations;
                    ++day.cancelled;
                    if (isLateCancellation(f))
                        ++m.lateCancellations;
                    continue;
                }
                ++m.totalBookings;
                ++day.bookings;
                addPatient(f.patientId);
                if (f.didNotArrive) {
                    ++m.missedAppointments;
                    ++day.missed;
                }
                if (f.arrived) {
                    ++m.attendedAppointments;
                    if (index.hasLaterBooking(f.patientId, f.startsAtUtcMSecs))
                        ++tally.rebooked;
                }
                if (f.localWeekday >= 1 && f.localWeekday <= 7 && f.localHour >= 0 &&
                    f.localHour <= 23)
                    ++tally.cells[std::size_t((f.localWeekday - 1) * 24 + f.localHour)];
                if (index.isFirstBooking(f))
                    ++m.newPatients;
            }
        });
}

// A set of dense patient numbers (AppointmentIndex::denseNumberOf).
class PatientBits
{
public:
    explicit PatientBits(qsizetype count) : m_words(std::size_t(count + 63) / 64, 0) {}
    void add(quint32 n)
    {
        if (n / 64 < m_words.size())
            m_words[n / 64] |= quint64(1) << (n % 64);
    }
    int count() const
    {
        int total = 0;
        for (quint64 w : m_words)
            total += std::popcount(w);
        return total;
    }

private:
    std::vector<quint64> m_words;
};

} // namespace

std::pair<qint64, qint64> MetricsCalculator::wholeMonths(qint64 firstDay, qint64 lastDay) const
{
    if (m_strategy == Strategy::ScanOnly)
        return {1, 0};
    const qint64 first = MonthAggregates::firstDayOfMonth(firstDay) == firstDay
                             ? firstDay
                             : MonthAggregates::lastDayOfMonth(firstDay) + 1;
    const qint64 last = MonthAggregates::lastDayOfMonth(lastDay) == lastDay
                            ? lastDay
                            : MonthAggregates::firstDayOfMonth(lastDay) - 1;
    int months = 0;
    for (qint64 d = first; d <= last && months < minWholeMonths;
         d = MonthAggregates::lastDayOfMonth(d) + 1)
        ++months;
    if (months < minWholeMonths)
        return {1, 0};
    return {first, last};
}

int MetricsCalculator::countBookings(QDate start, QDate end, const MetricsFilter &filter) const
{
    int count = 0;
    auto scan = [&](qint64 from, qint64 to) {
        m_index.forEachDay(from, to,
                           [&](qint64, const std::vector<AppointmentIndex::Entry> &facts) {
                               for (const AppointmentIndex::Entry &f : facts)
                                   if (!f.cancelled && filter.matches(f))
                                       ++count;
                           });
    };
    if (!start.isValid() || !end.isValid() || end < start)
        return 0;
    const qint64 firstDay = start.toJulianDay();
    const qint64 lastDay = end.toJulianDay();
    const auto [monthsFrom, monthsTo] = wholeMonths(firstDay, lastDay);
    if (monthsFrom > monthsTo) {
        scan(firstDay, lastDay);
        return count;
    }
    scan(firstDay, monthsFrom - 1);
    for (qint64 d = monthsFrom; d <= monthsTo; d = MonthAggregates::lastDayOfMonth(d) + 1)
        for (const MonthAggregates::Block &b : m_index.monthAggregates(d).blocks)
            if (filter.matches(b))
                count += b.bookings;
    scan(monthsTo + 1, lastDay);
    return count;
}

ClinicMetrics MetricsCalculator::computeRange(QDate start, QDate end,
                                              const MetricsFilter &filter) const
{
    ClinicMetrics m;
    if (!start.isValid() || !end.isValid() || end < start)
        return m;
    const qint64 firstDay = start.toJulianDay();
    const qint64 lastDay = end.toJulianDay();

    m.bookingTrends.reserve(lastDay - firstDay + 1);
    for (qint64 d = firstDay; d <= lastDay; ++d)
        m.bookingTrends.append(DailyTrend{QDate::fromJulianDay(d), 0, 0, 0});

    Tally tally{m, firstDay};
    const auto [monthsFrom, monthsTo] = wholeMonths(firstDay, lastDay);
    if (monthsFrom > monthsTo) {
        std::vector<RecordId> patients;
        scanDays(m_index, firstDay, lastDay, filter, tally,
                 [&](RecordId p) { patients.push_back(p); });
        std::sort(patients.begin(), patients.end());
        m.activePatients = int(std::unique(patients.begin(), patients.end()) - patients.begin());
    } else {
        // The edges day by day, the whole months in between from their blocks; the patients
        // of both meet in one bitset, since a patient may book in several months.
        PatientBits patients(m_index.denseNumberCount());
        auto addPatient = [&](RecordId p) {
            patients.add(m_index.denseNumberOf(p));
        };
        scanDays(m_index, firstDay, monthsFrom - 1, filter, tally, addPatient);
        scanDays(m_index, monthsTo + 1, lastDay, filter, tally, addPatient);
        for (qint64 d = monthsFrom; d <= monthsTo; d = MonthAggregates::lastDayOfMonth(d) + 1) {
            const MonthAggregates::Month &month = m_index.monthAggregates(d);
            const qsizetype offset = month.firstDay - firstDay;
            for (const MonthAggregates::Block &b : month.blocks) {
                if (!filter.matches(b))
                    continue;
                m.totalBookings += b.bookings;
                m.missedAppointments += b.missed;
                m.cancellations += b.cancellations;
                m.lateCancellations += b.lateCancellations;
                m.attendedAppointments += b.attended;
                m.newPatients += b.newPatients;
                tally.rebooked += b.rebooked;
                for (std::size_t c = 0; c < b.cells.size(); ++c)
                    tally.cells[c] += b.cells[c];
                for (std::size_t i = 0; i < b.days.size(); ++i) {
                    DailyTrend &day = m.bookingTrends[offset + qsizetype(i)];
                    day.bookings += b.days[i].bookings;
                    day.missed += b.days[i].missed;
                    day.cancelled += b.days[i].cancelled;
                }
                for (quint32 p : b.patients)
                    patients.add(p);
            }
        }
        m.activePatients = patients.count();
    }

    m.rebookedAppointments = tally.rebooked;
    deriveRatios(m, std::count_if(m.bookingTrends.cbegin(), m.bookingTrends.cend(),
                                  [](const DailyTrend &t) { return t.bookings > 0; }));

    for (int wd = 0; wd < 7; ++wd)
        for (int h = 0; h < 24; ++h)
            if (const int n = tally.cells[std::size_t(wd * 24 + h)]; n > 0)
                m.peakHours.append(PeakHourCell{wd + 1, h, n});
    // Appended in (dayOfWeek, hour) order, so a stable sort by bookings keeps the tie order.
    std::stable_sort(
        m.peakHours.begin(), m.peakHours.end(),
        [](const PeakHourCell &a, const PeakHourCell &b) { return a.bookings > b.bookings; });
    return m;
}

} // namespace routiq
