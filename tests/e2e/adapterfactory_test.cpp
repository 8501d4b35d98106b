#include "testapp.h"

#include "core/clock.h"
#include "net/pmshttpclient.h"
#include "pms/cliniko/clinikoadapter.h"
#include "session/pmsadapterfactory.h"

#include <catch2/catch.hpp>

using namespace routiq;

namespace {
ClinicConnection cliniko(const QString &id)
{
    ClinicConnection c;
    c.id = id;
    c.pmsKind = PmsKind::Cliniko;
    c.contactEmail = QStringLiteral("tests@routiq.invalid");
    return c;
}

RateLimiter *limiterOf(const std::unique_ptr<PmsAdapter> &adapter)
{
    auto *cliniko = qobject_cast<ClinikoAdapter *>(adapter.get());
    return cliniko ? cliniko->httpClient()->rateLimiter() : nullptr;
}
} // namespace

TEST_CASE("two clinic connections with the same Cliniko key share one request budget")
{
    test::ensureCoreApp();
    SystemClock clock;
    HttpPolicyRegistry registry(clock);
    const QString key = QStringLiteral("MS0xLTEyMzQ1-au2");
    auto a = PmsAdapterFactory::forConnection(cliniko(QStringLiteral("a")), key, &clock,
                                              std::nullopt, &registry)();
    auto b = PmsAdapterFactory::forConnection(cliniko(QStringLiteral("b")), key, &clock,
                                              std::nullopt, &registry)();
    auto other = PmsAdapterFactory::forConnection(cliniko(QStringLiteral("c")),
                                                  QStringLiteral("MS0xLTk5OTk5-au2"), &clock,
                                                  std::nullopt, &registry)();
    REQUIRE(limiterOf(a) != nullptr);
    CHECK(limiterOf(a) == limiterOf(b));
    CHECK(limiterOf(a) != limiterOf(other));

    // Without a registry each adapter paces itself alone.
    auto lone = PmsAdapterFactory::forConnection(cliniko(QStringLiteral("d")), key, &clock)();
    CHECK(limiterOf(lone) != limiterOf(a));
}

TEST_CASE("a clinic connection is checked before anything is stored")
{
    ClinicConnection c = cliniko(QStringLiteral("x"));
    CHECK(PmsAdapterFactory::validate(c, QStringLiteral("  ")).code ==
          QStringLiteral("API_KEY_MISSING"));
    CHECK(PmsAdapterFactory::validate(c, QStringLiteral("MS0xLTEyMzQ1-au2")).isNull());
    c.baseUrlOverride = QStringLiteral("http://pms.example.com/v1"); // plain http off loopback
    CHECK_FALSE(PmsAdapterFactory::validate(c, QStringLiteral("MS0xLTEyMzQ1-au2")).isNull());
    c.baseUrlOverride = QStringLiteral("http://127.0.0.1:8080/v1");
    CHECK(PmsAdapterFactory::validate(c, QStringLiteral("MS0xLTEyMzQ1-au2")).isNull());
    c.pmsKind = PmsKind::Nookal;
    c.baseUrlOverride = QStringLiteral("http://nookal.example.com/production/v2");
    CHECK_FALSE(PmsAdapterFactory::validate(c, QStringLiteral("nookal-key")).isNull());
}
