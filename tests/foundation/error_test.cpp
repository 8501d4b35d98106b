#include "core/clock.h"
#include "core/datadirectory.h"
#include "domain/pmskind.h"
#include "domain/routiqerror.h"

#include <catch2/catch.hpp>

#include <QDir>

using namespace routiq;

TEST_CASE("an error serialises to the documented shape")
{
    RoutiqError e = RoutiqError::make(QStringLiteral("CLINIKO_AUTH_REJECTED"),
                                      QStringLiteral("Cliniko rejected the API key."),
                                      QStringLiteral("HTTP 401"));
    e.fallbackDataAgeSecs = 90;
    const QJsonObject o = e.toJson();
    CHECK(o.value(QStringLiteral("code")).toString() == QStringLiteral("CLINIKO_AUTH_REJECTED"));
    CHECK(o.value(QStringLiteral("details")).toString() == QStringLiteral("HTTP 401"));
    CHECK(o.value(QStringLiteral("fallbackDataAge")).toInt() == 90);
    CHECK(QDateTime::fromString(o.value(QStringLiteral("timestamp")).toString(), Qt::ISODate)
              .isValid());
    CHECK_FALSE(e.isNull());
    CHECK(RoutiqError{}.isNull());
}

TEST_CASE("an error without cached data has a null fallback age")
{
    const QJsonObject o = RoutiqError::make(QStringLiteral("X"), QStringLiteral("m")).toJson();
    CHECK(o.value(QStringLiteral("fallbackDataAge")).isNull());
}

TEST_CASE("PMS kinds round-trip through their names, case-insensitively")
{
    CHECK(pmsKindFromName(QStringLiteral("Cliniko")) == PmsKind::Cliniko);
    CHECK(pmsKindFromName(QStringLiteral(" nookal ")) == PmsKind::Nookal);
    CHECK_FALSE(pmsKindFromName(QStringLiteral("splose")).has_value());
    CHECK(pmsKindName(PmsKind::Nookal) == QStringLiteral("nookal"));
}

TEST_CASE("the data directory comes from the option, then ROUTIQ_DATA_DIR")
{
    qputenv("ROUTIQ_DATA_DIR", "/tmp/from-env");
    CHECK(DataDirectory::resolve(QStringLiteral("/tmp/from-option")) ==
          QStringLiteral("/tmp/from-option"));
    CHECK(DataDirectory::resolve({}) == QStringLiteral("/tmp/from-env"));
    qunsetenv("ROUTIQ_DATA_DIR");
    CHECK_FALSE(DataDirectory::resolve({}).isEmpty());
}

TEST_CASE("the manual clock moves only when told to")
{
    ManualClock clock;
    const QDateTime start = clock.nowUtc();
    clock.advanceMSecs(1500);
    CHECK(start.msecsTo(clock.nowUtc()) == 1500);
    CHECK(clock.nowMSecs() == start.toMSecsSinceEpoch() + 1500);
}
