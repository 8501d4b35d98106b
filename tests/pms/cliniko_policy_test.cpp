#include "clinikotestclinic.h"
#include "core/clock.h"
#include "net/circuitbreaker.h"
#include "net/pmshttpclient.h"
#include "net/ratelimiter.h"
#include "pms/cliniko/clinikoadapter.h"
#include "pmstestsupport.h"
#include "testapp.h"

#include <QSignalSpy>

using namespace routiq;
using namespace routiq::test;

// How these tests drive time: rate limiting against the simulator's real 200-per-window limit
// uses the wall clock with a one-second window on both sides (the limiter: 180 per second plus a
// burst of 15, so at most 195 in any second; the simulator: 200 per second), so a read of more
// than 200 pages takes ~1 s and would hit the limit if the limiter were wrong. A slower machine
// only sends more slowly, so the check cannot turn flaky. Everything that waits on the server's
// reset time or a cool-down uses a ManualClock the test advances, so nothing sleeps.

namespace {

ClinicGenerator::Params tinyClinic()
{
    ClinicGenerator::Params p = smallClinic();
    p.patientCount = 40;
    p.historyDays = 5;
    p.futureDays = 2;
    return p;
}

struct Setup
{
    explicit Setup(ClinicGenerator::Params params = tinyClinic())
        : simulator((ensureCoreApp(), ClinicGenerator::generate(params)))
    {
        simulator.setFixedNow(testNow());
        simulator.setRateLimitEnabled(false);
        REQUIRE(simulator.start());
    }
    ClinikoSimulator simulator;
};

PageRequest firstPatients()
{
    return PageRequest{ResourceKind::Patients, {}, {}};
}

} // namespace

TEST_CASE("a read of more than 200 pages under a 200-per-window limit never receives a 429")
{
    ClinicGenerator::Params params = tinyClinic();
    params.patientCount = 2'150;
    Setup s(params);
    s.simulator.setRateLimit(200, 1'000);
    s.simulator.setRateLimitEnabled(true);
    SystemClock clock;
    ClinikoConfig config = configFor(s.simulator);
    config.perPage = 10;

    SECTION("with the token bucket scaled to the same window")
    {
        config.rateLimit = RateLimiter::Config{180, 1'000, 15, true};
        ClinikoAdapter adapter(config, clock);
        const auto read = readAll(adapter, ResourceKind::Patients);
        REQUIRE(read.ok());
        CHECK(read.pages.size() == 215);
        CHECK(read.merged().patients.size() == 2'150);
        CHECK(s.simulator.requestCount() == 215);
        CHECK(s.simulator.countStatus(429) == 0);
    }
    SECTION("without it the server throttles the same read (so the check above can fail)")
    {
        // A one-minute window here, so even a slow (sanitizer) build sends 201 requests in it.
        s.simulator.setRateLimit(200, 60'000);
        config.rateLimit.enabled = false;
        config.http.retry.maxRateLimitWaitMs = 100; // report the 429 instead of waiting a minute
        ClinikoAdapter adapter(config, clock);
        const auto read = readAll(adapter, ResourceKind::Patients);
        CHECK(s.simulator.countStatus(429) == 1);
        CHECK(s.simulator.requestCount() == 201);
        CHECK(read.error.code == QStringLiteral("CLINIKO_RATE_LIMITED"));
    }
}

TEST_CASE("a 429 with X-RateLimit-Reset delays the next request until the reset time")
{
    Setup s;
    ManualClock clock(testNow());
    ClinikoAdapter adapter(configFor(s.simulator), clock);
    SimulatorFault fault;
    fault.kind = SimulatorFault::Kind::RateLimited;
    fault.resetAt = testNow().addSecs(30);
    s.simulator.injectFault(fault);

    QSignalSpy ready(&adapter, &PmsAdapter::pageReady);
    QSignalSpy failed(&adapter, &PmsAdapter::failed);
    adapter.fetchPage(firstPatients());
    // The client has handled the answer (and chosen when to resume) before the clock moves.
    QSignalSpy waiting(adapter.httpClient(), &PmsHttpClient::waitingUntil);
    REQUIRE(waitUntil([&] { return s.simulator.requestCount() == 1; }));
    REQUIRE(waitUntil([&] { return waiting.count() >= 1; }));
    // Real time passes, the clock does not: nothing may be sent before the reset.
    CHECK_FALSE(ready.wait(300));
    CHECK(s.simulator.requestCount() == 1);
    clock.advanceMSecs(29'000);
    CHECK_FALSE(ready.wait(200));
    CHECK(s.simulator.requestCount() == 1);
    clock.advanceMSecs(1'000);
    REQUIRE(waitUntil([&] { return !ready.isEmpty() || !failed.isEmpty(); }));
    CHECK(ready.size() == 1);
    CHECK(s.simulator.requestCount() == 2);
    CHECK(s.simulator.requests()[0].status == 429);
    CHECK(s.simulator.requests()[1].status == 200);
}

TEST_CASE("a 429 with only Retry-After waits that many seconds on the clock")
{
    Setup s;
    ManualClock clock(testNow());
    ClinikoAdapter adapter(configFor(s.simulator), clock);
    SimulatorFault fault;
    fault.kind = SimulatorFault::Kind::RateLimited;
    fault.retryAfterSecs = 20;
    s.simulator.injectFault(fault);

    QSignalSpy ready(&adapter, &PmsAdapter::pageReady);
    adapter.fetchPage(firstPatients());
    // The client has handled the answer (and chosen when to resume) before the clock moves.
    QSignalSpy waiting(adapter.httpClient(), &PmsHttpClient::waitingUntil);
    REQUIRE(waitUntil([&] { return s.simulator.requestCount() == 1; }));
    REQUIRE(waitUntil([&] { return waiting.count() >= 1; }));
    clock.advanceMSecs(19'900);
    CHECK_FALSE(ready.wait(200));
    CHECK(s.simulator.requestCount() == 1);
    clock.advanceMSecs(100);
    REQUIRE(ready.wait(5'000));
    CHECK(s.simulator.requestCount() == 2);
}

TEST_CASE("a 429 whose reset is too far away gives CLINIKO_RATE_LIMITED at once")
{
    Setup s;
    ManualClock clock(testNow());
    ClinikoAdapter adapter(configFor(s.simulator), clock);
    SimulatorFault fault;
    fault.kind = SimulatorFault::Kind::RateLimited;
    fault.resetAt = testNow().addSecs(3'600);
    s.simulator.injectFault(fault);
    const auto result = fetchOne(adapter, firstPatients());
    CHECK(result.error.code == QStringLiteral("CLINIKO_RATE_LIMITED"));
    CHECK(s.simulator.requestCount() == 1);
}

TEST_CASE("a short burst of 5xx answers is retried and the page arrives")
{
    Setup s;
    ManualClock clock(testNow());
    ClinikoAdapter adapter(configFor(s.simulator), clock);
    s.simulator.injectFault(SimulatorFault::Kind::ServerError, 3);
    const auto result = fetchOne(adapter, firstPatients());
    REQUIRE(result.ok());
    CHECK(result.pages.first().patients.size() == 40);
    CHECK(s.simulator.requestCount() == 4);
}

TEST_CASE("5xx answers that outlast the retries give CLINIKO_API_UNAVAILABLE")
{
    Setup s;
    ManualClock clock(testNow());
    ClinikoConfig config = configFor(s.simulator);
    config.http.retry.maxAttempts = 3;
    ClinikoAdapter adapter(config, clock);
    s.simulator.injectFault(SimulatorFault::Kind::ServerError, 10);
    const auto result = fetchOne(adapter, firstPatients());
    CHECK(result.error.code == QStringLiteral("CLINIKO_API_UNAVAILABLE"));
    CHECK(result.error.details.contains(QStringLiteral("503")));
    CHECK(s.simulator.requestCount() == 3);
}

TEST_CASE("backoff between retries waits on the clock")
{
    Setup s;
    ManualClock clock(testNow());
    ClinikoConfig config = configFor(s.simulator);
    config.http.retry.baseDelayMs = 10'000;
    ClinikoAdapter adapter(config, clock, nullptr, {{}, {}, [] {
                                                        return 0.0;
                                                    }});
    s.simulator.injectFault(SimulatorFault::Kind::ServerError, 1);
    QSignalSpy ready(&adapter, &PmsAdapter::pageReady);
    adapter.fetchPage(firstPatients());
    // The client has handled the answer (and chosen when to resume) before the clock moves.
    QSignalSpy waiting(adapter.httpClient(), &PmsHttpClient::waitingUntil);
    REQUIRE(waitUntil([&] { return s.simulator.requestCount() == 1; }));
    REQUIRE(waitUntil([&] { return waiting.count() >= 1; }));
    CHECK_FALSE(ready.wait(200));
    clock.advanceMSecs(4'999); // jitter 0 -> half of 10 s
    CHECK_FALSE(ready.wait(100));
    CHECK(s.simulator.requestCount() == 1);
    clock.advanceMSecs(1);
    REQUIRE(ready.wait(5'000));
    CHECK(s.simulator.requestCount() == 2);
}

TEST_CASE("a slow answer times out and is retried, and one that stays slow is API_UNAVAILABLE")
{
    Setup s;
    ManualClock clock(testNow());
    ClinikoConfig config = configFor(s.simulator);
    config.http.transferTimeoutMs = 400;
    config.http.retry.maxAttempts = 2;
    ClinikoAdapter adapter(config, clock);
    SimulatorFault slow;
    slow.kind = SimulatorFault::Kind::Slow;
    slow.delayMs = 3'000;

    SECTION("once")
    {
        s.simulator.injectFault(slow, 1);
        const auto result = fetchOne(adapter, firstPatients());
        REQUIRE(result.ok());
        CHECK(s.simulator.requestCount() == 2);
    }
    SECTION("every time")
    {
        s.simulator.injectFault(slow, 2);
        const auto result = fetchOne(adapter, firstPatients());
        CHECK(result.error.code == QStringLiteral("CLINIKO_API_UNAVAILABLE"));
        CHECK(result.error.message.contains(QStringLiteral("did not answer in time")));
    }
}

TEST_CASE("HTML pages, malformed JSON and truncated JSON give CLINIKO_BAD_RESPONSE")
{
    Setup s;
    ManualClock clock(testNow());
    ClinikoAdapter adapter(configFor(s.simulator), clock);
    const auto kind = GENERATE(SimulatorFault::Kind::HtmlPage, SimulatorFault::Kind::MalformedJson,
                               SimulatorFault::Kind::TruncatedJson);
    s.simulator.injectFault(kind);
    const auto result = fetchOne(adapter, PageRequest{ResourceKind::Appointments, {}, {}});
    CHECK(result.error.code == QStringLiteral("CLINIKO_BAD_RESPONSE"));
    CHECK_FALSE(result.error.message.isEmpty());
    CHECK(result.error.details.contains(QStringLiteral("127.0.0.1")));
    // The adapter is still usable afterwards.
    REQUIRE(fetchOne(adapter, PageRequest{ResourceKind::Appointments, {}, {}}).ok());
}

TEST_CASE("an unexpected 401 gives CLINIKO_AUTH_REJECTED and is not retried")
{
    Setup s;
    ManualClock clock(testNow());
    ClinikoAdapter adapter(configFor(s.simulator), clock);
    s.simulator.injectFault(SimulatorFault::Kind::Unauthorized);
    const auto result = fetchOne(adapter, firstPatients());
    CHECK(result.error.code == QStringLiteral("CLINIKO_AUTH_REJECTED"));
    CHECK(s.simulator.requestCount() == 1);
}

TEST_CASE("the circuit breaker opens after repeated failures and recovers after the cool-down")
{
    Setup s;
    ManualClock clock(testNow());
    ClinikoConfig config = configFor(s.simulator);
    config.http.retry.maxAttempts = 1;
    config.circuitBreaker = CircuitBreaker::Config{3, 30'000};
    ClinikoAdapter adapter(config, clock);
    CircuitBreaker *breaker = adapter.httpClient()->circuitBreaker();
    s.simulator.injectFault(SimulatorFault::Kind::ServerError, 3);

    for (int i = 0; i < 3; ++i)
        CHECK(fetchOne(adapter, firstPatients()).error.code ==
              QStringLiteral("CLINIKO_API_UNAVAILABLE"));
    CHECK(breaker->state() == CircuitBreaker::State::Open);

    const auto refused = fetchOne(adapter, firstPatients());
    CHECK(refused.error.code == QStringLiteral("CLINIKO_API_UNAVAILABLE"));
    CHECK(refused.error.details.contains(QStringLiteral("circuit open")));
    CHECK(s.simulator.requestCount() == 3); // nothing sent while open

    clock.advanceMSecs(30'000);
    const auto trial = fetchOne(adapter, firstPatients());
    REQUIRE(trial.ok());
    CHECK(breaker->state() == CircuitBreaker::State::Closed);
    CHECK(s.simulator.requestCount() == 4);
}

TEST_CASE("abort cancels a waiting request and no signal follows")
{
    Setup s;
    ManualClock clock(testNow());
    ClinikoAdapter adapter(configFor(s.simulator), clock);
    SimulatorFault fault;
    fault.kind = SimulatorFault::Kind::RateLimited;
    fault.resetAt = testNow().addSecs(30);
    s.simulator.injectFault(fault);
    QSignalSpy ready(&adapter, &PmsAdapter::pageReady);
    QSignalSpy failed(&adapter, &PmsAdapter::failed);
    adapter.fetchPage(firstPatients());
    REQUIRE(waitUntil([&] { return s.simulator.requestCount() == 1; }));
    adapter.abort();
    clock.advanceMSecs(60'000);
    CHECK_FALSE(ready.wait(200));
    CHECK(failed.isEmpty());
    CHECK(s.simulator.requestCount() == 1);
}
