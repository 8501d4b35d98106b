#include "net/circuitbreaker.h"
#include "net/httppolicyregistry.h"
#include "net/ratelimiter.h"
#include "net/retrypolicy.h"
#include "net/transportsecurity.h"
#include "testapp.h"

using namespace routiq;

TEST_CASE("the token bucket allows a burst, then one request per refill interval")
{
    ManualClock clock;
    RateLimiter limiter(clock, RateLimiter::Config{180, 60'000, 15, true});
    for (int i = 0; i < 15; ++i)
        REQUIRE(limiter.tryAcquire() == 0);
    const qint64 wait = limiter.tryAcquire();
    CHECK(wait > 0);
    CHECK(wait <= 334); // 60 s / 180
    clock.advanceMSecs(wait);
    CHECK(limiter.tryAcquire() == 0);
    CHECK(limiter.tryAcquire() > 0);
}

TEST_CASE("the token bucket never lets more than burst plus rate through in any minute")
{
    ManualClock clock;
    RateLimiter limiter(clock, RateLimiter::Config{});
    int sent = 0;
    const qint64 start = clock.nowMSecs();
    while (clock.nowMSecs() - start < 60'000) {
        const qint64 wait = limiter.tryAcquire();
        if (wait == 0)
            ++sent;
        else
            clock.advanceMSecs(wait);
    }
    CHECK(sent <= 200);
    CHECK(sent >= 180);
}

TEST_CASE("a blocked limiter gives no token before the server's reset time")
{
    ManualClock clock;
    RateLimiter limiter(clock, RateLimiter::Config{});
    limiter.blockUntil(clock.nowUtc().addSecs(30));
    CHECK(limiter.tryAcquire() == 30'000);
    clock.advanceMSecs(29'999);
    CHECK(limiter.tryAcquire() == 1);
    clock.advanceMSecs(1);
    CHECK(limiter.tryAcquire() == 0);
}

TEST_CASE("backoff doubles per attempt, is capped, and is scaled by the injected jitter")
{
    RetryPolicy::Config config;
    config.baseDelayMs = 1'000;
    config.maxDelayMs = 8'000;
    RetryPolicy noJitter(config, [] { return 0.999999; });
    CHECK(noJitter.backoffMs(1) == 999);
    CHECK(noJitter.backoffMs(2) == 1'999);
    CHECK(noJitter.backoffMs(3) == 3'999);
    CHECK(noJitter.backoffMs(10) == 7'999);
    RetryPolicy halfJitter(config, [] { return 0.0; });
    CHECK(halfJitter.backoffMs(1) == 500);
    CHECK(halfJitter.backoffMs(3) == 2'000);
    CHECK(halfJitter.mayRetry(3));
    CHECK_FALSE(halfJitter.mayRetry(4));
}

TEST_CASE("429 waits use X-RateLimit-Reset first, then Retry-After, else nothing")
{
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
    CHECK(RetryPolicy::rateLimitReset("1700000042", "5", now) ==
          QDateTime::fromSecsSinceEpoch(1'700'000'042, Qt::UTC));
    CHECK(RetryPolicy::rateLimitReset("", "5", now) == now.addSecs(5));
    CHECK(RetryPolicy::rateLimitReset("", "Wed, 21 Oct 2015 07:28:00 GMT", now) ==
          QDateTime(QDate(2015, 10, 21), QTime(7, 28), Qt::UTC));
    CHECK_FALSE(RetryPolicy::rateLimitReset("", "", now).has_value());
    CHECK_FALSE(RetryPolicy::rateLimitReset("soon", "", now).has_value());
}

TEST_CASE("the circuit opens after consecutive failures and half-opens after the cool-down")
{
    ManualClock clock;
    CircuitBreaker breaker(clock, CircuitBreaker::Config{3, 30'000});
    breaker.recordFailure();
    breaker.recordFailure();
    breaker.recordSuccess(); // a success resets the count
    breaker.recordFailure();
    breaker.recordFailure();
    CHECK(breaker.state() == CircuitBreaker::State::Closed);
    breaker.recordFailure();
    CHECK(breaker.state() == CircuitBreaker::State::Open);
    CHECK_FALSE(breaker.allowRequest());
    CHECK(breaker.msUntilHalfOpen() == 30'000);

    clock.advanceMSecs(30'000);
    CHECK(breaker.allowRequest()); // the one trial
    CHECK(breaker.state() == CircuitBreaker::State::HalfOpen);
    CHECK_FALSE(breaker.allowRequest());
    breaker.recordFailure(); // trial failed: open again for another cool-down
    CHECK(breaker.state() == CircuitBreaker::State::Open);
    CHECK_FALSE(breaker.allowRequest());
    clock.advanceMSecs(30'000);
    CHECK(breaker.allowRequest());
    breaker.recordSuccess();
    CHECK(breaker.state() == CircuitBreaker::State::Closed);
    CHECK(breaker.allowRequest());
}

TEST_CASE("plain http is accepted only for loopback hosts")
{
    const auto refused = [](const char *url) {
        return !TransportSecurity::refusalReason(QUrl(QString::fromLatin1(url))).isEmpty();
    };
    CHECK_FALSE(refused("https://api.au2.cliniko.com/v1"));
    CHECK_FALSE(refused("http://127.0.0.1:8080/v1"));
    CHECK_FALSE(refused("http://127.4.5.6/v1"));
    CHECK_FALSE(refused("http://localhost:1234/v1"));
    CHECK_FALSE(refused("http://[::1]:1234/v1"));
    CHECK(refused("http://api.au1.cliniko.com/v1"));
    CHECK(refused("http://10.0.0.5/v1"));
    CHECK(refused("http://128.0.0.1/v1"));
    CHECK(refused("http://localhost.example.com/v1"));
    CHECK(refused("ftp://127.0.0.1/v1"));
    CHECK(refused("not a url"));
    CHECK(TransportSecurity::refusalReason(QUrl(QStringLiteral("http://example.com/v1")))
              .contains(QStringLiteral("example.com")));
}

TEST_CASE("connections with the same credential share one bucket, and a host one breaker")
{
    ManualClock clock;
    HttpPolicyRegistry registry(clock);
    const RateLimiter::Config config{180, 60'000, 2, true};
    const auto a = registry.limiterFor(QStringLiteral("key-au1"), config);
    const auto b = registry.limiterFor(QStringLiteral("key-au1"), config);
    const auto other = registry.limiterFor(QStringLiteral("other-au1"), config);
    CHECK(a == b);
    CHECK(a != other);
    CHECK(a->tryAcquire() == 0);
    CHECK(b->tryAcquire() == 0);
    CHECK(a->tryAcquire() > 0); // the burst of 2 is spent across both
    CHECK(other->tryAcquire() == 0);

    const CircuitBreaker::Config breaker{3, 1'000};
    CHECK(registry.breakerFor(QStringLiteral("api.au1.cliniko.com"), breaker) ==
          registry.breakerFor(QStringLiteral("API.au1.cliniko.com"), breaker));
    CHECK(registry.breakerFor(QStringLiteral("api.au1.cliniko.com"), breaker) !=
          registry.breakerFor(QStringLiteral("api.uk1.cliniko.com"), breaker));
}
