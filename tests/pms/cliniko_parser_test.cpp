#include "pms/cliniko/clinikojsonparser.h"
#include "pms/cliniko/railstimezones.h"
#include "testapp.h"

#include <QFile>
#include <QJsonDocument>

using namespace routiq;

namespace {

QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(ROUTIQ_TEST_SOURCE_DIR "/tests/pms/fixtures/") + QLatin1String(name));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

ClinikoJsonParser::ListPage list(const char *name, const char *key)
{
    QString problem;
    const auto page = ClinikoJsonParser::parseList(fixture(name), "application/json",
                                                   QString::fromLatin1(key), &problem);
    INFO(problem.toStdString());
    REQUIRE(page.has_value());
    return *page;
}

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).toUTC();
}

} // namespace

TEST_CASE("the documented appointment list parses into appointments with link foreign keys")
{
    const auto page = list("individual_appointments_docs.json", "individual_appointments");
    CHECK(page.totalEntries == 952);
    CHECK(page.nextUrl ==
          QStringLiteral("https://api.au1.cliniko.com/v1/individual_appointments?page=2"));
    REQUIRE(page.records.size() == 2);

    Appointment a;
    QString problem;
    REQUIRE(ClinikoJsonParser::parseAppointment(page.records[0].toObject(), &a, &problem));
    CHECK(a.id == 1);
    CHECK(a.patientId == 82);
    CHECK(a.practitionerId == 1);
    CHECK(a.locationId == 1);
    CHECK(a.appointmentTypeId == 2);
    CHECK(a.startsAt == utc("2016-07-21T03:45:00Z"));
    CHECK(a.endsAt == utc("2016-07-21T04:30:00Z"));
    CHECK(a.updatedAt == utc("2016-07-22T15:10:08Z"));
    CHECK_FALSE(a.cancelled);
    CHECK_FALSE(a.deleted);
    CHECK(a.didNotArrive == std::optional<bool>(false));
    CHECK(a.patientArrived == std::optional<bool>(false));
}

TEST_CASE("the documented cancelled variant is cancelled with its reason and unmarked arrival")
{
    const auto page = list("individual_appointments_docs.json", "individual_appointments");
    Appointment a;
    QString problem;
    REQUIRE(ClinikoJsonParser::parseAppointment(page.records[1].toObject(), &a, &problem));
    CHECK(a.cancelled);
    CHECK(a.cancelledAt == utc("2016-07-22T15:10:08Z"));
    CHECK(a.cancellationReason == 50);
    CHECK_FALSE(a.didNotArrive.has_value());
    CHECK_FALSE(a.patientArrived.has_value());
}

TEST_CASE("the au4 record with 19-digit string ids keeps every id exact")
{
    const auto page = list("bookings_au4_string_ids.json", "individual_appointments");
    CHECK(page.nextUrl.isEmpty());
    Appointment a;
    QString problem;
    REQUIRE(ClinikoJsonParser::parseAppointment(page.records[0].toObject(), &a, &problem));
    CHECK(a.id == 1390726237298631770LL);
    CHECK(a.appointmentTypeId == 1390053865100944805LL);
    CHECK(a.locationId == 1390053865344214699LL);
    CHECK(a.practitionerId == 1390053863163176768LL);
    CHECK(a.patientId == 1390710863102485699LL);
    CHECK_FALSE(a.deleted);
}

TEST_CASE("businesses parse with their zone, archived flag and the docs' total_entires typo")
{
    const auto page = list("businesses_docs.json", "businesses");
    CHECK(page.totalEntries == 2);
    Location l;
    QString problem;
    REQUIRE(ClinikoJsonParser::parseLocation(page.records[0].toObject(), &l, &problem));
    CHECK(l.id == 514810976554457178LL);
    CHECK(l.name == QStringLiteral("Healthy Times"));
    CHECK(l.timeZoneId == QStringLiteral("Australia/Melbourne"));
    CHECK_FALSE(l.archived);
    REQUIRE(ClinikoJsonParser::parseLocation(page.records[1].toObject(), &l, &problem));
    CHECK(l.archived);
    CHECK(l.timeZoneId.isEmpty());
}

TEST_CASE("patients treat empty-string archived_at as null and read tolerant timestamps")
{
    const auto page = list("patients_docs.json", "patients");
    CHECK(page.totalEntries == 2); // sent as a string
    Patient p;
    QString problem;
    REQUIRE(ClinikoJsonParser::parsePatient(page.records[0].toObject(), &p, &problem));
    CHECK(p.id == 1390710863102485699LL);
    CHECK_FALSE(p.archived);
    CHECK(p.createdAt == utc("2020-01-01T00:00:00.123Z"));
    CHECK(p.updatedAt == utc("2020-01-01T23:00:00Z")); // +11:00 converted to UTC
    REQUIRE(ClinikoJsonParser::parsePatient(page.records[1].toObject(), &p, &problem));
    CHECK(p.id == 82);
    CHECK(p.archived);
}

TEST_CASE("ids above 2^53 that arrive as JSON numbers are refused, as strings they are exact")
{
    CHECK(ClinikoJsonParser::parseId(QJsonValue(9007199254740992.0)) == 9007199254740992LL);
    CHECK_FALSE(ClinikoJsonParser::parseId(QJsonValue(1390726237298631770.0)).has_value());
    CHECK_FALSE(ClinikoJsonParser::parseId(QJsonValue(1.5)).has_value());
    CHECK_FALSE(ClinikoJsonParser::parseId(QJsonValue(QStringLiteral("12abc"))).has_value());
    CHECK_FALSE(ClinikoJsonParser::parseId(QJsonValue()).has_value());
    CHECK(ClinikoJsonParser::parseId(QJsonValue(QStringLiteral("9223372036854775807"))) ==
          std::numeric_limits<qint64>::max());

    const QJsonDocument doc = QJsonDocument::fromJson(
        R"({"individual_appointments":[{"id":1390726237298631770,"starts_at":"2024-04-02T14:45:00Z"}]})");
    Appointment a;
    QString problem;
    CHECK_FALSE(ClinikoJsonParser::parseAppointment(
        doc.object().value(QStringLiteral("individual_appointments")).toArray()[0].toObject(), &a,
        &problem));
    CHECK(problem.contains(QStringLiteral("id")));
}

TEST_CASE("timestamps accept Z, offsets, fractions and missing seconds, and junk is invalid")
{
    const auto ts = [](const char *s) {
        return ClinikoJsonParser::parseTimestamp(QJsonValue(QString::fromLatin1(s)));
    };
    CHECK(ts("2016-06-28T21:33:26Z") == utc("2016-06-28T21:33:26Z"));
    CHECK(ts("2013-01-01T10:00:00+11:00") == utc("2012-12-31T23:00:00Z"));
    CHECK(ts("2013-01-01T10:00:00+1100") == utc("2012-12-31T23:00:00Z"));
    CHECK(ts("2016-06-28T21:33:26.5Z") == utc("2016-06-28T21:33:26.500Z"));
    CHECK(ts("2016-06-28T21:33:26.123456789Z") == utc("2016-06-28T21:33:26.123Z"));
    CHECK(ts("2016-06-28T21:33Z") == utc("2016-06-28T21:33:00Z"));
    CHECK_FALSE(ts("").isValid());
    CHECK_FALSE(ts("yesterday").isValid());
    CHECK_FALSE(ClinikoJsonParser::parseTimestamp(QJsonValue()).isValid());
}

TEST_CASE("an HTML page, malformed JSON and truncated JSON are reported, not parsed")
{
    QString problem;
    CHECK_FALSE(ClinikoJsonParser::parseList("<!DOCTYPE html><html></html>", "text/html",
                                             QStringLiteral("patients"), &problem));
    CHECK(problem.contains(QStringLiteral("HTML")));
    CHECK_FALSE(ClinikoJsonParser::parseList("{\"patients\": [ {\"id\": ,}", "application/json",
                                             QStringLiteral("patients"), &problem));
    CHECK(problem.contains(QStringLiteral("JSON")));
    const QByteArray full = fixture("patients_docs.json");
    CHECK_FALSE(ClinikoJsonParser::parseList(full.left(full.size() / 2), "application/json",
                                             QStringLiteral("patients"), &problem));
    CHECK_FALSE(ClinikoJsonParser::parseList("{\"other\": []}", "application/json",
                                             QStringLiteral("patients"), &problem));
    CHECK(problem.contains(QStringLiteral("patients")));
}

TEST_CASE("Rails time zone labels map to IANA ids for AU, NZ, UK, US and CA")
{
    CHECK(RailsTimeZones::toIana(QStringLiteral("Melbourne")) ==
          QStringLiteral("Australia/Melbourne"));
    CHECK(RailsTimeZones::toIana(QStringLiteral("Perth")) == QStringLiteral("Australia/Perth"));
    CHECK(RailsTimeZones::toIana(QStringLiteral("Wellington")) ==
          QStringLiteral("Pacific/Auckland"));
    CHECK(RailsTimeZones::toIana(QStringLiteral("London")) == QStringLiteral("Europe/London"));
    CHECK(RailsTimeZones::toIana(QStringLiteral("Eastern Time (US & Canada)")) ==
          QStringLiteral("America/New_York"));
    CHECK(RailsTimeZones::toIana(QStringLiteral("Pacific Time (US & Canada)")) ==
          QStringLiteral("America/Los_Angeles"));
    CHECK(RailsTimeZones::toIana(QStringLiteral("Atlantic Time (Canada)")) ==
          QStringLiteral("America/Halifax"));
    CHECK(RailsTimeZones::toIana(QStringLiteral("Saskatchewan")) ==
          QStringLiteral("America/Regina"));
    CHECK(RailsTimeZones::toIana(QStringLiteral("Australia/Brisbane")) ==
          QStringLiteral("Australia/Brisbane"));
    CHECK(RailsTimeZones::toIana(QStringLiteral("Atlantis")).isEmpty());
}
