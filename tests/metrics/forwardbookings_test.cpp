// Forward bookings and utilisation against hand-computed expectations (docs/metrics.md).
#include "insights/forwardbookings.h"
#include "insights/workinghours.h"

#include "testapp.h"

using namespace routiq;

namespace {

// Wednesday 2026-09-30: the current ISO week starts Monday 2026-09-28. Sydney's DST starts on
// Sunday 2026-10-04, inside that week (a 23-hour day).
const QDate today(2026, 9, 30);
constexpr qint64 minute = 60 * 1000;

BookedTime at(QDate date, RecordId practitioner, qint64 minutes, RecordId location = 1)
{
    return BookedTime{practitioner, location, date.toJulianDay(), minutes * minute};
}

WorkingHours hours(const char *text)
{
    QString problem;
    const auto h = WorkingHours::parse(QString::fromLatin1(text), &problem);
    REQUIRE(h);
    return *h;
}

} // namespace

TEST_CASE("the weeks start on the Monday of today's ISO week")
{
    CHECK(ForwardBookingsCalculator::firstDate(today) == QDate(2026, 9, 28));
    CHECK(ForwardBookingsCalculator::lastDate(today, 4) == QDate(2026, 10, 25));
    CHECK(ForwardBookingsCalculator::firstDate(QDate(2026, 10, 4)) == QDate(2026, 9, 28));
}

TEST_CASE("booked minutes, capacity and utilisation per practitioner and in total")
{
    const WorkingHoursMap map{{10, hours("Mon 08:00-17:00, Tue 08:00-12:30")}};
    const QList<BookedTime> booked = {
        at(QDate(2026, 9, 28), 10, 60),   at(QDate(2026, 9, 29), 10, 45), // week 1, with hours
        at(QDate(2026, 10, 4), 20, 30),                                   // week 1, DST Sunday
        at(QDate(2026, 10, 5), 10, 90),                                   // week 2
        at(QDate(2026, 10, 26), 10, 600),                                 // beyond 4 weeks
        at(QDate(2026, 9, 27), 10, 600),                                  // before the first week
    };
    const ForwardBookings f = ForwardBookingsCalculator::compute(booked, map, today, {});
    REQUIRE(f.weeks.size() == 4);
    const ForwardWeek &w1 = f.weeks[0];
    CHECK(w1.weekStart == QDate(2026, 9, 28));
    REQUIRE(w1.practitioners.size() == 2);
    CHECK(w1.practitioners[0].practitionerId == 10);
    CHECK(w1.practitioners[0].bookings == 2);
    CHECK(w1.practitioners[0].bookedMinutes == 105);
    // Mon 9 h + Tue 4.5 h = 810 minutes; the DST change does not shorten working hours.
    CHECK(w1.practitioners[0].capacityMinutes == 810);
    CHECK(w1.practitioners[0].utilisation == std::optional<double>(13.0)); // 105 / 810 = 12.96 %
    CHECK(w1.practitioners[1].practitionerId == 20);
    CHECK(w1.practitioners[1].bookedMinutes == 30);
    CHECK_FALSE(w1.practitioners[1].capacityMinutes);
    CHECK_FALSE(w1.practitioners[1].utilisation);
    CHECK(w1.total.bookings == 3);
    CHECK(w1.total.bookedMinutes == 135);
    CHECK(w1.total.capacityMinutes == 810);
    CHECK(w1.total.utilisation == std::optional<double>(16.7)); // the sums: 135 / 810 = 16.67 %

    // A week without a booking still lists the practitioner with hours, at 0 %.
    const ForwardWeek &w3 = f.weeks[2];
    REQUIRE(w3.practitioners.size() == 1);
    CHECK(w3.practitioners[0].bookings == 0);
    CHECK(w3.practitioners[0].utilisation == std::optional<double>(0.0));
    CHECK(f.weeks[1].practitioners[0].bookedMinutes == 90);
}

TEST_CASE("without any working hours the capacity and utilisation are null, the time is not")
{
    const ForwardBookings f = ForwardBookingsCalculator::compute(
        {at(QDate(2026, 9, 30), 10, 50), at(QDate(2026, 9, 30), 10, 0)}, {}, today, {2, {}});
    REQUIRE(f.weeks.size() == 2);
    CHECK(f.weeks[0].total.bookings == 2);
    CHECK(f.weeks[0].total.bookedMinutes == 50);
    CHECK_FALSE(f.weeks[0].total.capacityMinutes);
    CHECK_FALSE(f.weeks[0].total.utilisation);
    CHECK(f.weeks[1].practitioners.isEmpty());
}

TEST_CASE("a location filter keeps its bookings and lists only practitioners booked there")
{
    const WorkingHoursMap map{{10, hours("Mon 09:00-17:00")}, {30, hours("Fri 09:00-12:00")}};
    const QList<BookedTime> booked = {at(QDate(2026, 9, 28), 10, 60, 1),
                                      at(QDate(2026, 9, 29), 10, 60, 2),
                                      at(QDate(2026, 9, 29), 20, 60, 2)};
    ForwardQuery q;
    q.weeks = 1;
    q.locationId = 2;
    const ForwardBookings f = ForwardBookingsCalculator::compute(booked, map, today, q);
    REQUIRE(f.weeks.size() == 1);
    REQUIRE(f.weeks[0].practitioners.size() == 2);
    CHECK(f.weeks[0].practitioners[0].practitionerId == 10);
    CHECK(f.weeks[0].practitioners[0].bookedMinutes == 60);
    CHECK(f.weeks[0].practitioners[0].capacityMinutes == 480);
    CHECK(f.weeks[0].practitioners[1].practitionerId == 20);
    CHECK(f.weeks[0].total.bookedMinutes == 120);
}

TEST_CASE("working hours parse, print back the same and refuse what they cannot mean")
{
    QString problem;
    const auto h = WorkingHours::parse(
        QStringLiteral("tue 08:00-12:30, Mon 13:00-17:00,Mon 8:00-12:00, Sun 20:00-24:00"),
        &problem);
    REQUIRE(h);
    CHECK(h->toString() ==
          QStringLiteral("Mon 08:00-12:00, Mon 13:00-17:00, Tue 08:00-12:30, Sun 20:00-24:00"));
    CHECK(h->minutesOn(1) == 480);
    CHECK(h->minutesOn(QDate(2026, 9, 29)) == 270);
    CHECK(h->minutesOn(3) == 0);
    CHECK(WorkingHours::parse(h->toString(), &problem) == h);
    for (const char *bad : {"Mon 09:00-08:00", "Mon 08:00-12:00, Mon 11:00-13:00", "Mo 08:00-17:00",
                            "Mon 08:00-24:30", "Mon 8-17", ""}) {
        problem.clear();
        CHECK_FALSE(WorkingHours::parse(QString::fromLatin1(bad), &problem));
        CHECK_FALSE(problem.isEmpty());
    }
}

TEST_CASE("the number of weeks is checked")
{
    QString reason;
    CHECK_FALSE(ForwardBookingsCalculator::validate({0, {}}, &reason));
    CHECK_FALSE(ForwardBookingsCalculator::validate({53, {}}, &reason));
    CHECK(ForwardBookingsCalculator::validate({12, {}}, &reason));
}
