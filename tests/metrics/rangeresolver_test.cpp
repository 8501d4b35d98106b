#include "metrics/rangeresolver.h"

#include "testapp.h"

using routiq::MetricsRequest;
using routiq::RangeResolver;
using routiq::ResolvedRange;
using routiq::RoutiqError;

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

MetricsRequest periodRequest(MetricsRequest::Period period)
{
    MetricsRequest r;
    r.period = period;
    r.clinicId = QStringLiteral("north");
    return r;
}

MetricsRequest datesRequest(const char *start, const char *end)
{
    MetricsRequest r;
    r.startDate = d(start);
    r.endDate = d(end);
    return r;
}

} // namespace

TEST_CASE("a week period is Monday to Sunday of today's ISO week, after the week before")
{
    struct Case
    {
        const char *today, *start, *end, *prevStart, *prevEnd;
    };
    const Case cases[] = {
        {"2026-11-25", "2026-11-23", "2026-11-29", "2026-11-16", "2026-11-22"}, // Wednesday
        {"2026-11-23", "2026-11-23", "2026-11-29", "2026-11-16", "2026-11-22"}, // Monday
        {"2026-11-29", "2026-11-23", "2026-11-29", "2026-11-16", "2026-11-22"}, // Sunday
        {"2027-01-01", "2026-12-28", "2027-01-03", "2026-12-21", "2026-12-27"}, // across years
    };
    for (const Case &c : cases) {
        INFO("today " << c.today);
        RoutiqError error;
        const auto r =
            RangeResolver::resolve(periodRequest(MetricsRequest::Period::Week), d(c.today), &error);
        REQUIRE(r.has_value());
        CHECK(*r == ResolvedRange{d(c.start), d(c.end), d(c.prevStart), d(c.prevEnd)});
    }
}

TEST_CASE("a month period is today's calendar month, after the calendar month before")
{
    struct Case
    {
        const char *today, *start, *end, *prevStart, *prevEnd;
    };
    const Case cases[] = {
        {"2026-03-15", "2026-03-01", "2026-03-31", "2026-02-01", "2026-02-28"},
        {"2026-01-31", "2026-01-01", "2026-01-31", "2025-12-01", "2025-12-31"},
        {"2028-03-01", "2028-03-01", "2028-03-31", "2028-02-01", "2028-02-29"}, // leap year
        {"2026-05-31", "2026-05-01", "2026-05-31", "2026-04-01", "2026-04-30"},
    };
    for (const Case &c : cases) {
        INFO("today " << c.today);
        const auto r =
            RangeResolver::resolve(periodRequest(MetricsRequest::Period::Month), d(c.today));
        REQUIRE(r.has_value());
        CHECK(*r == ResolvedRange{d(c.start), d(c.end), d(c.prevStart), d(c.prevEnd)});
    }
}

TEST_CASE("given dates win over the period and pick the previous range by their shape")
{
    struct Case
    {
        const char *start, *end, *prevStart, *prevEnd;
    };
    const Case cases[] = {
        {"2026-03-02", "2026-03-08", "2026-02-23", "2026-03-01"}, // exact ISO week
        {"2026-03-30", "2026-04-05", "2026-03-23", "2026-03-29"}, // ISO week across months
        {"2026-03-01", "2026-03-31", "2026-02-01", "2026-02-28"}, // exact month -> month before
        {"2028-03-01", "2028-03-31", "2028-02-01", "2028-02-29"},
        {"2026-02-01", "2026-02-28", "2026-01-01", "2026-01-31"}, // 28 days, still a month
        {"2026-03-10", "2026-03-19", "2026-02-28", "2026-03-09"}, // custom: same length before
        {"2026-03-03", "2026-03-09", "2026-02-24", "2026-03-02"}, // 7 days not Mon-Sun
        {"2026-03-05", "2026-03-05", "2026-03-04", "2026-03-04"}, // one day
        {"2026-03-01", "2026-03-30", "2026-01-30", "2026-02-28"}, // not the whole month
        {"2026-01-01", "2026-12-31", "2025-01-01", "2025-12-31"}, // a year = 365 days before
    };
    for (const Case &c : cases) {
        INFO(c.start << " .. " << c.end);
        MetricsRequest request = datesRequest(c.start, c.end);
        request.period = MetricsRequest::Period::Month; // dates win
        const auto r = RangeResolver::resolve(request, d("2030-06-15"));
        REQUIRE(r.has_value());
        CHECK(*r == ResolvedRange{d(c.start), d(c.end), d(c.prevStart), d(c.prevEnd)});
    }
}

TEST_CASE("an impossible request is a BAD_REQUEST, never an empty range")
{
    struct Case
    {
        const char *name;
        MetricsRequest request;
    };
    MetricsRequest onlyStart;
    onlyStart.startDate = d("2026-03-01");
    MetricsRequest onlyEnd;
    onlyEnd.endDate = d("2026-03-01");
    onlyEnd.period = MetricsRequest::Period::Week;
    const Case cases[] = {
        {"end before start", datesRequest("2026-03-09", "2026-03-08")},
        {"only a start date", onlyStart},
        {"only an end date", onlyEnd},
        {"neither dates nor period", MetricsRequest{}},
    };
    for (const Case &c : cases) {
        INFO(c.name);
        RoutiqError error;
        CHECK_FALSE(RangeResolver::resolve(c.request, d("2026-03-04"), &error).has_value());
        CHECK(error.code == QStringLiteral("BAD_REQUEST"));
        CHECK_FALSE(error.message.isEmpty());
    }
}

TEST_CASE("dates parse only as real YYYY-MM-DD calendar dates")
{
    CHECK(RangeResolver::parseDate(QStringLiteral("2026-03-01")) == d("2026-03-01"));
    CHECK(RangeResolver::parseDate(QStringLiteral("2028-02-29")) == d("2028-02-29"));
    const char *bad[] = {"2026-3-1",   "2026-02-30",  "",           "2026-03-01T00:00",
                         "abcd-ef-gh", " 2026-03-01", "2026/03/01", "2027-02-29",
                         "2026-13-01", "20260301"};
    for (const char *text : bad) {
        INFO(text);
        RoutiqError error;
        CHECK_FALSE(RangeResolver::parseDate(QString::fromLatin1(text), &error).has_value());
        CHECK(error.code == QStringLiteral("BAD_REQUEST"));
    }
}

TEST_CASE("periods parse only as week or month")
{
    CHECK(RangeResolver::parsePeriod(QStringLiteral("week")) == MetricsRequest::Period::Week);
    CHECK(RangeResolver::parsePeriod(QStringLiteral("month")) == MetricsRequest::Period::Month);
    for (const char *text : {"Week", "year", "", "day", "months"}) {
        INFO(text);
        RoutiqError error;
        CHECK_FALSE(RangeResolver::parsePeriod(QString::fromLatin1(text), &error).has_value());
        CHECK(error.code == QStringLiteral("BAD_REQUEST"));
    }
}

TEST_CASE("a request's text form is validated as a whole")
{
    const QString clinic = QStringLiteral("north");
    SECTION("a period alone")
    {
        const auto r = RangeResolver::parseRequest(QStringLiteral("month"), {}, {}, clinic);
        REQUIRE(r.has_value());
        CHECK(r->period == MetricsRequest::Period::Month);
        CHECK_FALSE(r->startDate.isValid());
        CHECK(r->clinicId == clinic);
    }
    SECTION("dates alone leave the period null")
    {
        const auto r = RangeResolver::parseRequest({}, QStringLiteral("2026-03-01"),
                                                   QStringLiteral("2026-03-10"), clinic);
        REQUIRE(r.has_value());
        CHECK_FALSE(r->period.has_value());
        CHECK(r->startDate == d("2026-03-01"));
        CHECK(r->endDate == d("2026-03-10"));
    }
    SECTION("an unknown period is an error even when dates are given")
    {
        RoutiqError error;
        CHECK_FALSE(RangeResolver::parseRequest(QStringLiteral("year"),
                                                QStringLiteral("2026-03-01"),
                                                QStringLiteral("2026-03-10"), clinic, &error));
        CHECK(error.code == QStringLiteral("BAD_REQUEST"));
    }
    SECTION("one date alone is an error")
    {
        RoutiqError error;
        CHECK_FALSE(RangeResolver::parseRequest(QStringLiteral("week"),
                                                QStringLiteral("2026-03-01"), {}, clinic, &error));
        CHECK(error.code == QStringLiteral("BAD_REQUEST"));
    }
    SECTION("a malformed date is an error")
    {
        RoutiqError error;
        CHECK_FALSE(RangeResolver::parseRequest({}, QStringLiteral("2026-03-01"),
                                                QStringLiteral("2026-03-32"), clinic, &error));
        CHECK(error.code == QStringLiteral("BAD_REQUEST"));
    }
    SECTION("nothing at all is an error")
    {
        RoutiqError error;
        CHECK_FALSE(RangeResolver::parseRequest({}, {}, {}, clinic, &error));
        CHECK(error.code == QStringLiteral("BAD_REQUEST"));
    }
}
