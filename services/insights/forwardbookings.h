#pragma once

#include "domain/ids.h"
#include "workinghours.h"

#include <QDate>
#include <QList>
#include <QMetaType>

#include <optional>

namespace routiq {

// One booking as the forward view needs it: who, where, on which local date, for how long.
struct BookedTime
{
    RecordId practitionerId = 0;
    RecordId locationId = 0;
    qint64 localJulianDay = 0;
    qint64 durationMSecs = 0; // ends_at - starts_at; 0 when the end is unknown or before the start
};

struct ForwardQuery
{
    int weeks = 4; // ISO weeks from the current one, 1..52
    std::optional<RecordId> locationId;

    friend bool operator==(const ForwardQuery &, const ForwardQuery &) = default;
};

// One practitioner (or the clinic total, practitionerId 0) in one week.
struct ForwardCell
{
    RecordId practitionerId = 0;
    int bookings = 0;
    qint64 bookedMinutes = 0;
    std::optional<qint64> capacityMinutes; // null without working hours
    std::optional<double> utilisation;     // booked / capacity x 100, 1 decimal; null without

    friend bool operator==(const ForwardCell &, const ForwardCell &) = default;
};

struct ForwardWeek
{
    QDate weekStart;                  // a Monday
    QList<ForwardCell> practitioners; // by practitioner id
    ForwardCell total;

    friend bool operator==(const ForwardWeek &, const ForwardWeek &) = default;
};

struct ForwardBookings
{
    QDate asOf;
    ForwardQuery query;
    QList<ForwardWeek> weeks;

    friend bool operator==(const ForwardBookings &, const ForwardBookings &) = default;
};

// Forward bookings and utilisation (docs/metrics.md "Forward bookings and utilisation"): the
// next `weeks` ISO weeks from the one that holds today, every booking status counted as booked
// time (a DNA occupies the slot, as Nookal's UR counts it), capacity from working hours.
class ForwardBookingsCalculator
{
public:
    // The local dates the view covers: Monday of today's ISO week .. Sunday `weeks` weeks on.
    static QDate firstDate(QDate today);
    static QDate lastDate(QDate today, int weeks);
    static bool validate(const ForwardQuery &query, QString *reason);

    // `bookings` are the non-cancelled, non-deleted appointments of the dates above (others
    // are ignored). A practitioner is listed in a week when they have a booking in it, or,
    // without a location filter, when they have working hours (an empty week shows as 0 %).
    static ForwardBookings compute(const QList<BookedTime> &bookings, const WorkingHoursMap &hours,
                                   QDate today, const ForwardQuery &query);
};

} // namespace routiq

Q_DECLARE_METATYPE(routiq::ForwardQuery)
Q_DECLARE_METATYPE(routiq::ForwardBookings)
