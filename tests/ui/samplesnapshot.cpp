#include "samplesnapshot.h"

#include <cmath>
#include <map>

namespace routiq::test {

namespace {

// A tiny deterministic generator so the pictures are the same every run.
struct Lcg
{
    quint32 state = 20261101;
    int next(int lo, int hi)
    {
        state = state * 1664525u + 1013904223u;
        return lo + int((state >> 8) % quint32(hi - lo + 1));
    }
};

double round1(double v)
{
    return std::round(v * 10.0) / 10.0;
}

ClinicMetrics monthOf(QDate first, Lcg &rng, std::map<std::pair<int, int>, int> *peaks)
{
    ClinicMetrics m;
    int days = 0;
    for (QDate d = first; d.month() == first.month(); d = d.addDays(1)) {
        DailyTrend t{d, 0, 0, 0};
        const int dow = d.dayOfWeek();
        if (dow <= 5)
            t.bookings = rng.next(38, 56);
        else if (dow == 6)
            t.bookings = rng.next(12, 20);
        t.missed = t.bookings > 0 ? rng.next(0, 3) : 0;
        t.cancelled = t.bookings > 0 ? rng.next(1, 5) : 0;
        m.bookingTrends.append(t);
        m.totalBookings += t.bookings;
        m.missedAppointments += t.missed;
        m.cancellations += t.cancelled;
        if (t.bookings > 0)
            ++days;
        if (peaks) {
            // Spread the day over 8:00-18:00 with a morning and an after-work peak.
            static const int weight[] = {6, 10, 9, 7, 5, 6, 7, 8, 10, 11, 6};
            int left = t.bookings;
            for (int h = 8; h <= 18 && left > 0; ++h) {
                const int share = int(std::lround(t.bookings * weight[h - 8] / 85.0));
                const int n = h == 18 ? left : qMin(left, share);
                (*peaks)[{dow, h}] += n;
                left -= n;
            }
        }
    }
    m.dailyAverage = days ? std::round(100.0 * m.totalBookings / days) / 100.0 : 0;
    m.missedAppointmentsPercentage = round1(100.0 * m.missedAppointments / m.totalBookings);
    m.cancellationRate = round1(100.0 * m.cancellations / (m.totalBookings + m.cancellations));
    m.lateCancellations = m.cancellations / 3;
    m.attendedAppointments = m.totalBookings - m.missedAppointments - 40;
    m.activePatients = m.totalBookings * 10 / 27;
    m.newPatients = m.activePatients / 8;
    m.patientVisitAverage =
        std::round(100.0 * m.attendedAppointments / qMax(1, m.newPatients)) / 100.0;
    m.rebookRate = 71.4;
    return m;
}

} // namespace

MetricsSnapshot sampleMonthSnapshot()
{
    Lcg rng;
    MetricsSnapshot s;
    s.request.period = MetricsRequest::Period::Month;
    s.request.clinicId = QStringLiteral("north-clinic");
    s.range = {QDate(2026, 11, 1), QDate(2026, 11, 30), QDate(2026, 10, 1), QDate(2026, 10, 31)};
    s.previous = monthOf(QDate(2026, 10, 1), rng, nullptr);
    s.previous.rebookRate = 68.9;
    std::map<std::pair<int, int>, int> peaks;
    s.current = monthOf(QDate(2026, 11, 1), rng, &peaks);
    for (const auto &[cell, n] : peaks)
        if (n > 0)
            s.current.peakHours.append({cell.first, cell.second, n});
    std::sort(s.current.peakHours.begin(), s.current.peakHours.end(),
              [](const PeakHourCell &a, const PeakHourCell &b) {
                  if (a.bookings != b.bookings)
                      return a.bookings > b.bookings;
                  return std::pair(a.dayOfWeek, a.hour) < std::pair(b.dayOfWeek, b.hour);
              });
    s.current.totalBookingsChange = round1(
        100.0 * (s.current.totalBookings - s.previous.totalBookings) / s.previous.totalBookings);
    s.lastUpdated = QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC);
    s.generation = 1;
    return s;
}

} // namespace routiq::test
