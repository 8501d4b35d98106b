#include "pmstestsupport.h"
#include "simulator/clinicgenerator.h"
#include "simulator/clinikosimulator.h"
#include "testapp.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QUrlQuery>

#include <memory>

using namespace routiq;

namespace {

QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 3, 2), QTime(0, 0), Qt::UTC);
}

struct Answer
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QByteArray rateLimitReset;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

// A plain HTTP client, so these tests see exactly what the simulator sends.
struct Client
{
    explicit Client(ClinikoSimulator &s) : simulator(s) {}

    Answer get(const QString &pathAndQuery, const QString &key = {},
               const QByteArray &userAgent = "Routiq tests (tests@routiq.invalid)")
    {
        return getUrl(QUrl(simulator.baseUrl().toString() + pathAndQuery), key, userAgent);
    }

    Answer getUrl(const QUrl &url, const QString &key = {},
                  const QByteArray &userAgent = "Routiq tests (tests@routiq.invalid)")
    {
        QNetworkRequest request(url);
        const QString k = key.isEmpty() ? simulator.apiKey() : key;
        request.setRawHeader("Authorization",
                             "Basic " + (k + QLatin1Char(':')).toUtf8().toBase64());
        request.setRawHeader("Accept", "application/json");
        if (!userAgent.isEmpty())
            request.setRawHeader("User-Agent", userAgent);
        std::unique_ptr<QNetworkReply> reply(nam.get(request));
        REQUIRE(test::waitUntil([&] { return reply->isFinished(); }));
        Answer a;
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.body = reply->readAll();
        a.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        a.rateLimitReset = reply->rawHeader("X-RateLimit-Reset");
        return a;
    }

    // Follows links.next from `first` and returns every record.
    QJsonArray all(const QString &first, const QString &key)
    {
        QJsonArray records;
        QUrl url(simulator.baseUrl().toString() + first);
        for (int guard = 0; guard < 1000 && url.isValid(); ++guard) {
            const Answer a = getUrl(url);
            REQUIRE(a.status == 200);
            for (const QJsonValue &v : a.json().value(key).toArray())
                records.append(v);
            const QString next = a.json()
                                     .value(QStringLiteral("links"))
                                     .toObject()
                                     .value(QStringLiteral("next"))
                                     .toString();
            url = next.isEmpty() ? QUrl() : QUrl(next);
        }
        return records;
    }

    ClinikoSimulator &simulator;
    QNetworkAccessManager nam;
};

struct Setup
{
    Setup()
        : simulator((test::ensureCoreApp(), ClinicGenerator::generate([] {
                         ClinicGenerator::Params p;
                         p.now = fixedNow();
                         p.patientCount = 150;
                         p.historyDays = 30;
                         p.futureDays = 10;
                         p.archivedAppointmentRate = 0.03;
                         return p;
                     }()))),
          client(simulator)
    {
        simulator.setFixedNow(fixedNow());
        simulator.setRateLimitEnabled(false);
        REQUIRE(simulator.start());
    }
    ClinikoSimulator simulator;
    Client client;
};

int countWhere(const SimulatedClinic &c, const std::function<bool(const SimAppointment &)> &f)
{
    return int(std::count_if(c.appointments.cbegin(), c.appointments.cend(), f));
}

} // namespace

TEST_CASE("the simulator listens on a free loopback port and answers with string ids")
{
    Setup s;
    CHECK(s.simulator.port() != 0);
    CHECK(s.simulator.baseUrl().host() == QStringLiteral("127.0.0.1"));
    const Answer a = s.client.get(QStringLiteral("/patients?per_page=5"));
    REQUIRE(a.status == 200);
    CHECK(a.contentType.startsWith("application/json"));
    const QJsonObject first = a.json().value(QStringLiteral("patients")).toArray()[0].toObject();
    REQUIRE(first.value(QStringLiteral("id")).isString());
    CHECK(first.value(QStringLiteral("id")).toString().size() == 19);
}

TEST_CASE("a wrong key gets 401 and a User-Agent without contact email gets 403")
{
    Setup s;
    CHECK(s.client.get(QStringLiteral("/patients"), QStringLiteral("nope")).status == 401);
    CHECK(s.client.get(QStringLiteral("/patients"), {}, "curl/8").status == 403);
    CHECK(s.client.get(QStringLiteral("/patients"), {}, QByteArray()).status == 403);
    CHECK(s.client.get(QStringLiteral("/patients")).status == 200);
}

TEST_CASE("cancelled and archived appointments stay hidden unless asked for with :*")
{
    Setup s;
    const SimulatedClinic &c = s.simulator.clinic();
    const auto total = [&](const QString &query) {
        const Answer a =
            s.client.get(QStringLiteral("/individual_appointments?per_page=1") + query);
        REQUIRE(a.status == 200);
        return a.json().value(QStringLiteral("total_entries")).toInt();
    };
    const int visible =
        countWhere(c, [](const SimAppointment &a) { return !a.isCancelled() && !a.isArchived(); });
    const int withCancelled =
        countWhere(c, [](const SimAppointment &a) { return !a.isArchived(); });
    REQUIRE(visible < withCancelled);
    REQUIRE(withCancelled < c.appointments.size());
    CHECK(total({}) == visible);
    CHECK(total(QStringLiteral("&q%5B%5D=cancelled_at:*")) == withCancelled);
    CHECK(total(QStringLiteral("&q[]=cancelled_at:*&q[]=archived_at:*")) == c.appointments.size());
}

TEST_CASE("date filters, sort and paging with links.next return every row exactly once")
{
    Setup s;
    const SimulatedClinic &c = s.simulator.clinic();
    const QDateTime since = fixedNow().addDays(-10);
    const QString query =
        QStringLiteral("/individual_appointments?per_page=100&sort=updated_at&q[]=cancelled_at:*"
                       "&q[]=archived_at:*&q[]=updated_at:%3E") +
        since.toString(Qt::ISODate);
    const QJsonArray rows = s.client.all(query, QStringLiteral("individual_appointments"));
    const int expected =
        countWhere(c, [&](const SimAppointment &a) { return a.updatedAt > since; });
    REQUIRE(expected > 100);
    CHECK(rows.size() == expected);
    QSet<QString> ids;
    QString previous;
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        ids.insert(o.value(QStringLiteral("id")).toString());
        const QString updated = o.value(QStringLiteral("updated_at")).toString();
        CHECK(updated >= previous); // ISO strings in UTC sort like instants
        previous = updated;
    }
    CHECK(ids.size() == expected);

    const QString window =
        QStringLiteral("/individual_appointments?per_page=100&q[]=starts_at:%3E%3D") +
        fixedNow().toString(Qt::ISODate) + QStringLiteral("&q[]=starts_at:%3C") +
        fixedNow().addDays(2).toString(Qt::ISODate);
    const int inWindow = countWhere(c, [](const SimAppointment &a) {
        return !a.isCancelled() && !a.isArchived() && a.startsAt >= fixedNow() &&
               a.startsAt < fixedNow().addDays(2);
    });
    CHECK(s.client.all(window, QStringLiteral("individual_appointments")).size() == inWindow);
}

TEST_CASE("per_page above 100 and unknown filter columns are refused with 400")
{
    Setup s;
    CHECK(s.client.get(QStringLiteral("/patients?per_page=101")).status == 400);
    const Answer a =
        s.client.get(QStringLiteral("/patients?q[]=first_name:%3E2020-01-01T00:00:00Z"));
    CHECK(a.status == 400);
    CHECK(a.json().value(QStringLiteral("message")).toString() ==
          QStringLiteral("This column is not searchable."));
}

TEST_CASE("practitioners and inactive practitioners are separate lists, and /settings has the zone")
{
    Setup s;
    const QJsonArray active =
        s.client.all(QStringLiteral("/practitioners"), QStringLiteral("practitioners"));
    const QJsonArray inactive =
        s.client.all(QStringLiteral("/practitioners/inactive"), QStringLiteral("practitioners"));
    CHECK(active.size() + inactive.size() == s.simulator.clinic().practitioners.size());
    REQUIRE_FALSE(inactive.isEmpty());
    for (const QJsonValue &v : inactive)
        CHECK_FALSE(v.toObject().value(QStringLiteral("active")).toBool());
    const Answer settings = s.client.get(QStringLiteral("/settings"));
    CHECK(settings.json()
              .value(QStringLiteral("account"))
              .toObject()
              .value(QStringLiteral("time_zone")) == QStringLiteral("Melbourne"));
}

TEST_CASE("the per-key rate limit answers 429 with X-RateLimit-Reset, and can be switched off")
{
    Setup s;
    s.simulator.setRateLimit(5, 60'000);
    s.simulator.setRateLimitEnabled(true);
    for (int i = 0; i < 5; ++i)
        REQUIRE(s.client.get(QStringLiteral("/settings")).status == 200);
    const Answer limited = s.client.get(QStringLiteral("/settings"));
    CHECK(limited.status == 429);
    const qint64 reset = limited.rateLimitReset.toLongLong();
    CHECK(reset >= QDateTime::currentSecsSinceEpoch() + 55);
    CHECK(reset <= QDateTime::currentSecsSinceEpoch() + 61);
    s.simulator.setRateLimitEnabled(false);
    CHECK(s.client.get(QStringLiteral("/settings")).status == 200);
}

TEST_CASE("tick applies front-desk changes that bump updated_at and are announced")
{
    Setup s;
    QSignalSpy changed(&s.simulator, &ClinikoSimulator::dataChanged);
    s.simulator.setFixedNow(fixedNow().addSecs(600));
    QList<RecordId> touched;
    for (int i = 0; i < 10 && touched.isEmpty(); ++i)
        touched = s.simulator.tick(5);
    REQUIRE_FALSE(touched.isEmpty());
    CHECK_FALSE(changed.isEmpty());
    for (const RecordId id : touched)
        CHECK(s.simulator.clinic().appointment(id)->updatedAt >= fixedNow().addSecs(600));

    s.simulator.startLiveActivity(20, 3);
    CHECK(changed.wait(2'000));
    s.simulator.stopLiveActivity();
}

TEST_CASE("injected faults change the next answers only")
{
    Setup s;
    s.simulator.injectFault(SimulatorFault::Kind::ServerError, 2);
    CHECK(s.client.get(QStringLiteral("/patients")).status == 503);
    CHECK(s.client.get(QStringLiteral("/patients")).status == 503);
    CHECK(s.client.get(QStringLiteral("/patients")).status == 200);

    s.simulator.injectFault(SimulatorFault::Kind::HtmlPage);
    const Answer html = s.client.get(QStringLiteral("/patients"));
    CHECK(html.contentType.startsWith("text/html"));

    s.simulator.injectFault(SimulatorFault::Kind::MalformedJson);
    CHECK(QJsonDocument::fromJson(s.client.get(QStringLiteral("/patients")).body).isNull());

    const Answer full = s.client.get(QStringLiteral("/patients"));
    s.simulator.injectFault(SimulatorFault::Kind::TruncatedJson);
    const Answer cut = s.client.get(QStringLiteral("/patients"));
    CHECK(cut.status == 200);
    CHECK(cut.body.size() == full.body.size() / 2);
    CHECK(QJsonDocument::fromJson(cut.body).isNull());

    s.simulator.injectFault(SimulatorFault::Kind::Unauthorized);
    CHECK(s.client.get(QStringLiteral("/patients")).status == 401);

    SimulatorFault limited;
    limited.kind = SimulatorFault::Kind::RateLimited;
    limited.resetAt = QDateTime::fromSecsSinceEpoch(1'900'000'000, Qt::UTC);
    s.simulator.injectFault(limited);
    const Answer a429 = s.client.get(QStringLiteral("/patients"));
    CHECK(a429.status == 429);
    CHECK(a429.rateLimitReset == "1900000000");

    SimulatorFault slow;
    slow.kind = SimulatorFault::Kind::Slow;
    slow.delayMs = 300;
    s.simulator.injectFault(slow);
    QElapsedTimer timer;
    timer.start();
    CHECK(s.client.get(QStringLiteral("/patients")).status == 200);
    CHECK(timer.elapsed() >= 290);
    CHECK(s.simulator.pendingFaults() == 0);
}
