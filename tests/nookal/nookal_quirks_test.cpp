#include "pms/nookal/nookaladapter.h"
#include "pms/nookal/nookalcursor.h"
#include "pms/nookal/nookaljson.h"
#include "pms/nookal/nookalrecordparser.h"
#include "testapp.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace routiq;

namespace {

QJsonObject object(const char *json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc.object();
}

NookalJson::Envelope envelope(const char *json)
{
    QString problem;
    const auto e = NookalJson::parseEnvelope(QByteArray(json), "application/json", &problem);
    INFO(problem.toStdString());
    REQUIRE(e);
    return *e;
}

const QTimeZone kSydney("Australia/Sydney");

QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}

} // namespace

TEST_CASE("a Nookal collection keyed by 0, 1, ... reads like an array in key order")
{
    const NookalJson::Envelope e =
        envelope(R"({"status":"success","data":{"api_call":"getLocations",
        "results":{"locations":{"1":{"ID":"8","Name":"B"},"0":{"ID":"7","Name":"A"},"10":{"ID":"9"},"2":{"ID":"3"}}}},
        "details":{"currentItems":4,"totalItems":"4"},"settings":{"currentPage":"1","nextPage":null}})");
    const auto rows = NookalJson::collection(e.results.value(QLatin1String("locations")));
    REQUIRE(rows);
    REQUIRE(rows->size() == 4);
    CHECK((*rows)[0].value(QLatin1String("ID")).toString() == QStringLiteral("7"));
    CHECK((*rows)[1].value(QLatin1String("ID")).toString() == QStringLiteral("8"));
    CHECK((*rows)[2].value(QLatin1String("ID")).toString() == QStringLiteral("3"));
    CHECK((*rows)[3].value(QLatin1String("ID")).toString() == QStringLiteral("9"));
    CHECK_FALSE(NookalJson::collection(QJsonValue(QStringLiteral("x"))));
    CHECK_FALSE(NookalJson::collection(object(R"({"a":{"ID":"1"}})")));
    CHECK(NookalJson::collection(QJsonValue())->isEmpty());
}

TEST_CASE("Nookal page numbers and counts read the same as strings or numbers")
{
    const auto asStrings = envelope(R"({"status":"success","data":{"results":{"patients":[]}},
        "details":{"currentItems":"0","totalItems":"250"},"settings":{"currentPage":"1","nextPage":"2","pageLength":"100"}})");
    const auto asNumbers = envelope(R"({"status":"success","data":{"results":{"patients":[]}},
        "details":{"currentItems":0,"totalItems":250},"settings":{"currentPage":1,"nextPage":2,"pageLength":100}})");
    const auto lastPage = envelope(R"({"status":"success","data":{"results":{"patients":[]}},
        "settings":{"currentPage":3,"nextPage":null}})");
    CHECK(asStrings.nextPage == 2);
    CHECK(asNumbers.nextPage == 2);
    CHECK(asStrings.totalItems == 250);
    CHECK(asNumbers.totalItems == 250);
    CHECK_FALSE(lastPage.nextPage);
    CHECK(lastPage.totalItems == -1);
    CHECK(NookalJson::integer(QJsonValue(QStringLiteral("1390053863000000123"))) ==
          1390053863000000123LL);
    CHECK_FALSE(NookalJson::integer(QJsonValue(1.5)));
}

TEST_CASE("Nookal booleans 1 and 0 read as true and false, anything else is unknown")
{
    CHECK(NookalJson::flag(QJsonValue(QStringLiteral("1"))) == true);
    CHECK(NookalJson::flag(QJsonValue(QStringLiteral("0"))) == false);
    CHECK(NookalJson::flag(QJsonValue(1)) == true);
    CHECK(NookalJson::flag(QJsonValue(0)) == false);
    CHECK_FALSE(NookalJson::flag(QJsonValue()));
    CHECK_FALSE(NookalJson::flag(QJsonValue(QStringLiteral(""))));
}

TEST_CASE("Nookal zero dates and invalid dates read as null")
{
    CHECK_FALSE(NookalJson::date(QJsonValue(QStringLiteral("0000-00-00"))).isValid());
    CHECK_FALSE(NookalJson::date(QJsonValue(QStringLiteral("2027-11"))).isValid());
    CHECK_FALSE(NookalJson::wallClock(QJsonValue(QStringLiteral("0000-00-00 00:00:00"))));
    CHECK_FALSE(NookalJson::wallClock(QJsonValue(QStringLiteral("2026-02-30 10:00:00"))));
    CHECK_FALSE(NookalJson::wallClock(QJsonValue()));
    CHECK(NookalJson::wallClock(QJsonValue(QStringLiteral("2026-03-01"))) ==
          WallClock{QDate(2026, 3, 1), QTime(0, 0)});
    CHECK(NookalJson::wallClock(QJsonValue(QStringLiteral("2026-03-01 17:45:09"))) ==
          WallClock{QDate(2026, 3, 1), QTime(17, 45, 9)});

    Patient p;
    QString problem;
    REQUIRE(NookalRecordParser::parsePatient(
        object(R"({"ID":"5","FirstName":"A","LastName":"B","DOB":"0000-00-00","active":"0",
                  "DateCreated":"0000-00-00 00:00:00","DateModified":"2026-03-01 10:00:00"})"),
        kSydney, &p, &problem));
    CHECK(p.archived);
    CHECK_FALSE(p.createdAt.isValid());
    CHECK(p.updatedAt == utc(2026, 2, 28, 23, 0)); // Sydney is UTC+11 in March
}

TEST_CASE("a Nookal appointment's wall clock is read in its location's zone, either side of DST")
{
    // Sydney leaves daylight saving at 03:00 on Sunday 5 April 2026 (UTC+11 -> UTC+10).
    Appointment before, after;
    QString problem;
    REQUIRE(NookalRecordParser::parseAppointment(
        object(R"({"ID":"11","patientID":"2","practitionerID":3,"locationID":"4",
                  "appointmentTypeID":"5","appointmentDate":"2026-04-04","appointmentStartTime":"09:00:00",
                  "appointmentEndTime":"09:30:00","arrived":"1","DNA":"0","cancelled":"0",
                  "cancellationDate":null,"dateCreated":"2026-03-01 08:00:00",
                  "lastModified":"2026-04-04 09:40:00"})"),
        kSydney, &before, &problem));
    REQUIRE(NookalRecordParser::parseAppointment(
        object(R"({"ID":"12","patientID":"2","practitionerID":"3","locationID":"4",
                  "appointmentDate":"2026-04-06","appointmentStartTime":"09:00:00",
                  "appointmentEndTime":"09:30:00","arrived":"0","DNA":"1","cancelled":"0",
                  "cancellationDate":"0000-00-00 00:00:00","lastModified":"2026-04-06 10:00:00"})"),
        kSydney, &after, &problem));
    CHECK(before.wallClockStart == WallClock{QDate(2026, 4, 4), QTime(9, 0)});
    CHECK(before.startsAt == utc(2026, 4, 3, 22, 0));
    CHECK(before.endsAt == utc(2026, 4, 3, 22, 30));
    CHECK(after.startsAt == utc(2026, 4, 5, 23, 0));
    CHECK(before.practitionerId == 3);
    CHECK(before.patientArrived == true);
    CHECK(before.didNotArrive == false);
    CHECK(after.didNotArrive == true);
    CHECK(after.appointmentTypeId == 0);
    CHECK_FALSE(after.cancelled);
    CHECK_FALSE(after.cancelledAt.isValid());
    CHECK(before.updatedAt == utc(2026, 4, 3, 22, 40));
}

TEST_CASE("a Nookal cancellationDate is read in the location zone and without one it is unknown")
{
    Appointment late, undated;
    QString problem;
    REQUIRE(NookalRecordParser::parseAppointment(
        object(
            R"({"ID":"21","locationID":"1","appointmentDate":"2026-04-06","appointmentStartTime":"08:00:00",
                  "cancelled":"1","cancellationDate":"2026-04-05 01:30:00"})"),
        kSydney, &late, &problem));
    REQUIRE(NookalRecordParser::parseAppointment(
        object(
            R"({"ID":"22","locationID":"1","appointmentDate":"2026-04-06","appointmentStartTime":"08:00:00",
                  "cancelled":"1","cancellationDate":"0000-00-00 00:00:00"})"),
        kSydney, &undated, &problem));
    CHECK(late.cancelled);
    CHECK(late.cancelledAt == utc(2026, 4, 4, 14, 30)); // 01:30 AEDT, before the change
    // 30.5 h apart on the wall, but the clocks went back an hour in between: 31.5 h of real time.
    CHECK(late.cancelledAt.secsTo(late.startsAt) == 31 * 3600 + 30 * 60);
    CHECK(undated.cancelled);
    CHECK_FALSE(undated.cancelledAt.isValid());
}

TEST_CASE("a Nookal appointment without a usable date is skipped, one without an id is refused")
{
    Appointment a;
    QString problem = QStringLiteral("x");
    CHECK_FALSE(NookalRecordParser::parseAppointment(
        object(R"({"ID":"31","appointmentDate":"0000-00-00","appointmentStartTime":"09:00:00"})"),
        kSydney, &a, &problem));
    CHECK(problem.isEmpty());
    CHECK_FALSE(NookalRecordParser::parseAppointment(
        object(R"({"appointmentDate":"2026-01-01","appointmentStartTime":"09:00:00"})"), kSydney,
        &a, &problem));
    CHECK_FALSE(problem.isEmpty());
}

TEST_CASE("Nookal failure envelopes become typed errors: key problems are NOOKAL_AUTH_REJECTED")
{
    const auto e = envelope(
        R"({"status":"failure","details":{"errorMessage":"Missing variable: api_key","errorCode":"L000_1"}})");
    CHECK(e.failure);
    CHECK(NookalAdapter::failureError(e.errorCode, e.errorMessage).code ==
          QStringLiteral("NOOKAL_AUTH_REJECTED"));
    CHECK(NookalAdapter::failureError(QStringLiteral("L999"), QStringLiteral("Invalid API key"))
              .code == QStringLiteral("NOOKAL_AUTH_REJECTED"));
    const RoutiqError other = NookalAdapter::failureError(
        QStringLiteral("L006"), QStringLiteral("Unable to retrieve appointments"));
    CHECK(other.code == QStringLiteral("NOOKAL_API_ERROR"));
    CHECK(other.details.contains(QStringLiteral("L006")));
}

TEST_CASE("Nookal bodies that are not an envelope are refused with a reason")
{
    QString problem;
    CHECK_FALSE(
        NookalJson::parseEnvelope("<!DOCTYPE html><html>404</html>", "text/html", &problem));
    CHECK(problem.contains(QStringLiteral("HTML")));
    CHECK_FALSE(NookalJson::parseEnvelope("{\"status\":\"success\",\"data\":{", "application/json",
                                          &problem));
    CHECK(problem.contains(QStringLiteral("malformed")));
    CHECK_FALSE(NookalJson::parseEnvelope("{\"hello\":1}", "application/json", &problem));
    CHECK_FALSE(envelope(R"({"status":"success"})").hasResults);
}

TEST_CASE("a Nookal cursor carries the page and the window, and foreign cursors are refused")
{
    NookalCursor c;
    c.page = 7;
    c.windowFrom = QDate(2026, 3, 1);
    c.windowTo = QDate(2026, 3, 15);
    const auto back = NookalCursor::decode(c.encode());
    REQUIRE(back);
    CHECK(back->page == 7);
    CHECK(back->windowFrom == c.windowFrom);
    CHECK(back->windowTo == c.windowTo);
    CHECK(NookalCursor::decode(NookalCursor{3, {}, {}}.encode())->page == 3);
    CHECK_FALSE(NookalCursor::decode(QStringLiteral("https://api.cliniko.com/v1/x?page=2")));
    CHECK_FALSE(NookalCursor::decode(QStringLiteral("nookal-v2;page=0")));
    CHECK_FALSE(NookalCursor::decode(QStringLiteral("nookal-v2;page=2;from=2026-03-01")));
}
