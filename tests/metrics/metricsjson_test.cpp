#include "factbuilder.h"
#include "metrics/metricscalculator.h"
#include "metrics/metricsjson.h"
#include "metrics/metricstable.h"
#include "metrics/rangeresolver.h"

#include "testapp.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace routiq;
using namespace routiq::test;

namespace {

struct Fixture
{
    MetricsRequest request;
    ResolvedRange range;
    ClinicMetrics current;
    ClinicMetrics previous;
};

Fixture computed(std::optional<MetricsRequest::Period> period)
{
    const QList<AppointmentFact> facts = {
        attended(booking(1, 100, local("2026-03-02T09:00"))),
        booking(2, 100, local("2026-03-04T09:00")),
        missed(booking(3, 101, local("2026-03-02T09:30"))),
        cancelled(booking(4, 102, local("2026-03-02T10:00")), local("2026-03-02T09:00")),
    };
    AppointmentIndex index;
    index.reset(facts);
    Fixture f;
    f.request.period = period;
    f.request.clinicId = QStringLiteral("north");
    f.request.locationId = Q_INT64_C(1234567890123456789); // a 19-digit Cliniko id
    f.range = RangeResolver::withPreviousRange(QDate(2026, 3, 2), QDate(2026, 3, 8));
    const MetricsFilter filter{}; // the id above is only echoed, not used to filter here
    f.current = MetricsCalculator(index).compute(f.range, filter);
    f.previous = MetricsCalculator(index).computePrevious(f.range, filter);
    return f;
}

} // namespace

TEST_CASE("the JSON carries every seed field at the top level with the definitions' values")
{
    const Fixture f = computed(MetricsRequest::Period::Week);
    const QDateTime synced(QDate(2026, 3, 4), QTime(1, 2, 3), Qt::UTC);
    const QJsonObject o = MetricsJson::toJson(f.current, f.request, f.range, synced);

    const char *names[] = {"totalBookings",
                           "totalBookingsChange",
                           "activePatients",
                           "newPatients",
                           "dailyAverage",
                           "missedAppointments",
                           "missedAppointmentsPercentage",
                           "bookingTrends",
                           "peakHours",
                           "cancellations",
                           "cancellationRate",
                           "lateCancellations",
                           "attendedAppointments",
                           "patientVisitAverage",
                           "rebookRate",
                           "request",
                           "lastUpdated"};
    for (const char *name : names) {
        INFO(name);
        CHECK(o.contains(QLatin1String(name)));
    }
    CHECK(o.value(QStringLiteral("totalBookings")).toInt() == 3);
    CHECK(o.value(QStringLiteral("totalBookingsChange")).isNull()); // P is empty
    CHECK(o.value(QStringLiteral("dailyAverage")).toDouble() == 1.5);
    CHECK(o.value(QStringLiteral("missedAppointmentsPercentage")).toDouble() == 33.3);
    CHECK(o.value(QStringLiteral("cancellationRate")).toDouble() == 25.0);
    CHECK(o.value(QStringLiteral("lateCancellations")).toInt() == 1);
    CHECK(o.value(QStringLiteral("patientVisitAverage")).toDouble() == 0.5);
    CHECK(o.value(QStringLiteral("rebookRate")).toDouble() == 100.0);
    CHECK(o.value(QStringLiteral("lastUpdated")).toString() ==
          QStringLiteral("2026-03-04T01:02:03Z"));

    const QJsonArray trends = o.value(QStringLiteral("bookingTrends")).toArray();
    REQUIRE(trends.size() == 7);
    CHECK(trends[0].toObject() ==
          QJsonObject{{QStringLiteral("date"), QStringLiteral("2026-03-02")},
                      {QStringLiteral("bookings"), 2},
                      {QStringLiteral("missed"), 1},
                      {QStringLiteral("cancelled"), 1}});
    CHECK(trends[6].toObject().value(QStringLiteral("date")).toString() ==
          QStringLiteral("2026-03-08"));
    const QJsonArray peaks = o.value(QStringLiteral("peakHours")).toArray();
    REQUIRE(peaks.size() == 2);
    CHECK(peaks[0].toObject() == QJsonObject{{QStringLiteral("dayOfWeek"), 1},
                                             {QStringLiteral("hour"), 9},
                                             {QStringLiteral("bookings"), 2}});

    // Percentages are numbers, written the short way.
    const QByteArray text = QJsonDocument(o).toJson(QJsonDocument::Compact);
    CHECK(text.contains("\"missedAppointmentsPercentage\":33.3"));
    CHECK(text.contains("\"totalBookingsChange\":null"));
}

TEST_CASE("the JSON request echoes the period, both dates, the filters and the previous range")
{
    const Fixture f = computed(MetricsRequest::Period::Week);
    const QJsonObject request = MetricsJson::toJson(f.current, f.request, f.range, {})
                                    .value(QStringLiteral("request"))
                                    .toObject();
    CHECK(request.value(QStringLiteral("period")).toString() == QStringLiteral("week"));
    CHECK(request.value(QStringLiteral("startDate")).toString() == QStringLiteral("2026-03-02"));
    CHECK(request.value(QStringLiteral("endDate")).toString() == QStringLiteral("2026-03-08"));
    CHECK(request.value(QStringLiteral("clinicId")).toString() == QStringLiteral("north"));
    CHECK(request.value(QStringLiteral("locationId")).toString() ==
          QStringLiteral("1234567890123456789"));
    CHECK(request.value(QStringLiteral("practitionerId")).isNull());
    CHECK(request.value(QStringLiteral("previousStartDate")).toString() ==
          QStringLiteral("2026-02-23"));
    CHECK(request.value(QStringLiteral("previousEndDate")).toString() ==
          QStringLiteral("2026-03-01"));

    const Fixture datesOnly = computed(std::nullopt);
    const QJsonObject o =
        MetricsJson::toJson(datesOnly.current, datesOnly.request, datesOnly.range, {});
    CHECK(o.value(QStringLiteral("request")).toObject().value(QStringLiteral("period")).isNull());
    CHECK(o.value(QStringLiteral("lastUpdated")).isNull());
}

TEST_CASE("a snapshot's JSON adds the previous range's figures under previous")
{
    const Fixture f = computed(MetricsRequest::Period::Month);
    MetricsSnapshot s{f.request, f.range, f.current, f.previous, std::nullopt, {}, 3};
    const QJsonObject o = MetricsJson::toJson(s);
    CHECK(o.value(QStringLiteral("totalBookings")).toInt() == 3);
    CHECK(o.value(QStringLiteral("previous"))
              .toObject()
              .value(QStringLiteral("totalBookings"))
              .toInt() == 0);
    CHECK(
        o.value(QStringLiteral("request")).toObject().value(QStringLiteral("period")).toString() ==
        QStringLiteral("month"));
}

TEST_CASE("the table shows the request, each figure for both ranges and every day")
{
    const Fixture f = computed(MetricsRequest::Period::Week);
    const QString table = MetricsTable::render(f.current, f.previous, f.request, f.range, {});
    CHECK(table.contains(QStringLiteral("2026-03-02 .. 2026-03-08")));
    CHECK(table.contains(QStringLiteral("2026-02-23 .. 2026-03-01")));
    CHECK(table.contains(QStringLiteral("Last updated:  never")));
    CHECK(table.contains(QRegularExpression(QStringLiteral("Total bookings\\s+3\\s+0\\n"))));
    CHECK(table.contains(QRegularExpression(QStringLiteral("Missed %\\s+33\\.3\\s+0\\.0\\n"))));
    CHECK(table.contains(
        QRegularExpression(QStringLiteral("Total bookings change %\\s+n/a\\s+n/a\\n"))));
    CHECK(table.contains(QRegularExpression(QStringLiteral("2026-03-02\\s+2\\s+1\\s+1\\n"))));
    CHECK(table.contains(QRegularExpression(QStringLiteral("Mon 09:00\\s+2\\n"))));
}
