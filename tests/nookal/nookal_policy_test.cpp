#include "clinikotestclinic.h"
#include "core/clock.h"
#include "nookaltestclinic.h"
#include "pms/nookal/nookaladapter.h"
#include "pmstestsupport.h"
#include "simulator/clinicgenerator.h"
#include "testapp.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QStringList>

using namespace routiq;
using namespace routiq::test;

namespace {

QStringList g_messages;
QMutex g_messagesMutex;

void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    QMutexLocker lock(&g_messagesMutex);
    g_messages.append(QString::fromLatin1(context.category ? context.category : "") +
                      QLatin1Char(' ') + message);
}

QJsonObject rawGetJson(const QUrl &url)
{
    QNetworkAccessManager nam;
    QNetworkReply *reply = nam.get(QNetworkRequest(url));
    REQUIRE(waitUntil([reply] { return reply->isFinished(); }));
    const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return o;
}

} // namespace

TEST_CASE("the Nookal adapter keeps to its request budget and waits for the clock")
{
    ensureCoreApp();
    CHECK(NookalConfig{}.rateLimit.enabled);
    CHECK(NookalConfig{}.rateLimit.requestsPerWindow * 1000 / NookalConfig{}.rateLimit.windowMs <=
          3); // a few requests per second at most

    NookalSimulator simulator(ClinicGenerator::generate(smallClinic()));
    REQUIRE(simulator.start());
    ManualClock clock(testNow());
    NookalConfig config = nookalConfigFor(simulator);
    config.rateLimit = RateLimiter::Config{2, 60'000, 2, true};
    NookalAdapter adapter(config, clock);

    REQUIRE(fetchOne(adapter, {ResourceKind::Locations, {}, {}}).ok());
    REQUIRE(fetchOne(adapter, {ResourceKind::Locations, {}, {}}).ok());
    bool done = false;
    QObject::connect(&adapter, &PmsAdapter::pageReady, [&done] { done = true; });
    adapter.fetchPage({ResourceKind::Locations, {}, {}});
    CHECK_FALSE(waitUntil([&done] { return done; }, 300)); // the budget is spent
    CHECK(simulator.requestCount() == 2);
    clock.advanceMSecs(30'000); // one token back (2 per minute)
    REQUIRE(waitUntil([&done] { return done; }, 5'000));
    CHECK(simulator.requestCount() == 3);
}

TEST_CASE("the Nookal API key never appears in the log, whatever happens")
{
    ensureCoreApp();
    NookalSimulator::Options options;
    options.apiKey = QStringLiteral("nk-SECRET-4242-zz");
    NookalSimulator simulator(ClinicGenerator::generate(smallClinic()), options);
    REQUIRE(simulator.start());
    SystemClock clock;

    QLoggingCategory::setFilterRules(QStringLiteral("routiq.*=true"));
    g_messages.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
    {
        NookalAdapter adapter(nookalConfigFor(simulator), clock);
        CHECK(readAll(adapter, ResourceKind::Appointments).ok());
        simulator.injectFault(SimulatorFault::Kind::ServerError, 4);
        CHECK_FALSE(fetchOne(adapter, {ResourceKind::Patients, {}, {}}).ok());
        simulator.injectFault(SimulatorFault::Kind::MalformedJson);
        CHECK_FALSE(fetchOne(adapter, {ResourceKind::Patients, {}, {}}).ok());
        NookalConfig wrong = nookalConfigFor(simulator);
        wrong.apiKey = QStringLiteral("nk-WRONG-9999-zz");
        NookalAdapter rejected(wrong, clock);
        const auto failure = fetchOne(rejected, {ResourceKind::Locations, {}, {}});
        CHECK(failure.error.code == QStringLiteral("NOOKAL_AUTH_REJECTED"));
        CHECK_FALSE(failure.error.details.contains(QStringLiteral("WRONG")));
    }
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());

    REQUIRE(g_messages.size() > 5); // the debug log did run
    for (const QString &m : std::as_const(g_messages)) {
        INFO(m.toStdString());
        CHECK_FALSE(m.contains(QStringLiteral("SECRET")));
        CHECK_FALSE(m.contains(QStringLiteral("WRONG")));
    }
}

TEST_CASE(
    "the Nookal simulator drifts between shapes: keyed objects and numbers on alternate calls")
{
    ensureCoreApp();
    NookalSimulator simulator(ClinicGenerator::generate(smallClinic()));
    REQUIRE(simulator.start());
    QUrl url = simulator.baseUrl();
    url.setPath(url.path() + QStringLiteral("/getLocations"));
    url.setQuery(QStringLiteral("api_key=") + simulator.apiKey());
    const QJsonObject first = rawGetJson(url);
    const QJsonObject second = rawGetJson(url);
    const auto locations = [](const QJsonObject &o) {
        return o.value(QLatin1String("data"))
            .toObject()
            .value(QLatin1String("results"))
            .toObject()
            .value(QLatin1String("locations"));
    };
    const auto page = [](const QJsonObject &o) {
        return o.value(QLatin1String("settings")).toObject().value(QLatin1String("currentPage"));
    };
    CHECK(locations(first).isArray() != locations(second).isArray());
    CHECK(locations(first).isObject() != locations(second).isObject());
    CHECK(page(first).isString() != page(second).isString());
    CHECK(locations(first).isArray() == page(first).isString());
}
