#include "forwardbookings.h"

#include "metrics/exactdecimal.h"

#include <QCoreApplication>

#include <map>

namespace routiq {

namespace {

constexpr qint64 msecsPerMinute = 60 * 1000;

struct Accumulated
{
    int bookings = 0;
    qint64 durationMSecs = 0;
};

std::optional<double> utilisationOf(qint64 booked, const std::optional<qint64> &capacity)
{
    if (!capacity || *capacity <= 0)
        return std::nullopt;
    return ExactDecimal::roundedPercentage(booked, *capacity, 1);
}

} // namespace

QDate ForwardBookingsCalculator::firstDate(QDate today)
{
    return today.addDays(1 - today.dayOfWeek());
}

QDate ForwardBookingsCalculator::lastDate(QDate today, int weeks)
{
    return firstDate(today).addDays(7LL * weeks - 1);
}

bool ForwardBookingsCalculator::validate(const ForwardQuery &query, QString *reason)
{
    if (query.weeks < 1 || query.weeks > 52) {
        *reason = QCoreApplication::translate("routiq::ForwardBookingsCalculator",
                                              "The number of weeks runs from 1 to 52.");
        return false;
    }
    return true;
}

ForwardBookings ForwardBookingsCalculator::compute(const QList<BookedTime> &bookings,
                                                   const WorkingHoursMap &hours, QDate today,
                                                   const ForwardQuery &query)
{
    ForwardBookings result;
    result.asOf = today;
    result.query = query;
    if (!today.isValid() || query.weeks < 1)
        return result;
    const qint64 first = firstDate(today).toJulianDay();
    const qint64 last = lastDate(today, query.weeks).toJulianDay();

    // week index -> practitioner -> what is booked
    std::vector<std::map<RecordId, Accumulated>> weeks(size_t(query.weeks));
    for (const BookedTime &b : bookings) {
        if (b.localJulianDay < first || b.localJulianDay > last)
            continue;
        if (query.locationId && b.locationId != *query.locationId)
            continue;
        Accumulated &a = weeks[size_t((b.localJulianDay - first) / 7)][b.practitionerId];
        ++a.bookings;
        a.durationMSecs += std::max<qint64>(0, b.durationMSecs);
    }
    if (!query.locationId)
        for (auto &week : weeks)
            for (auto it = hours.cbegin(); it != hours.cend(); ++it)
                if (!it.value().isEmpty())
                    week.try_emplace(it.key());

    for (int w = 0; w < query.weeks; ++w) {
        ForwardWeek week;
        week.weekStart = QDate::fromJulianDay(first + 7LL * w);
        ForwardCell total;
        std::optional<qint64> totalCapacity;
        for (const auto &[practitionerId, a] : weeks[size_t(w)]) {
            ForwardCell cell;
            cell.practitionerId = practitionerId;
            cell.bookings = a.bookings;
            // Rounded to the minute once per practitioner and week (PMS times are whole
            // minutes, so this only matters for odd feeds).
            cell.bookedMinutes = ExactDecimal::scaledQuotient(a.durationMSecs, msecsPerMinute, 0);
            const auto h = hours.constFind(practitionerId);
            if (h != hours.cend() && !h->isEmpty()) {
                qint64 capacity = 0;
                for (int d = 0; d < 7; ++d)
                    capacity += h->minutesOn(week.weekStart.addDays(d));
                cell.capacityMinutes = capacity;
                totalCapacity = totalCapacity.value_or(0) + capacity;
            }
            cell.utilisation = utilisationOf(cell.bookedMinutes, cell.capacityMinutes);
            total.bookings += cell.bookings;
            total.bookedMinutes += cell.bookedMinutes;
            week.practitioners.append(cell);
        }
        total.capacityMinutes = totalCapacity;
        total.utilisation = utilisationOf(total.bookedMinutes, total.capacityMinutes);
        week.total = total;
        result.weeks.append(week);
    }
    return result;
}

} // namespace routiq
