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

TEST_CASE("every typed error code reads back from its wire name, PMS codes with their prefix")
{
    for (int i = int(ErrorCode::Unknown) + 1; i <= int(ErrorCode::PmsTlsFailed); ++i) {
        const auto code = ErrorCode(i);
        const QString name = errorCodeName(code);
        INFO(name.toStdString());
        REQUIRE_FALSE(name.isEmpty());
        if (isPmsErrorCode(code)) {
            CHECK(errorCodeOf(errorCodeName(code, QStringLiteral("CLINIKO"))) == code);
            CHECK(errorCodeOf(errorCodeName(code, QStringLiteral("NOOKAL"))) == code);
            CHECK(errorCodeOf(name) == ErrorCode::Unknown); // a PMS code needs its prefix
        } else {
            CHECK(errorCodeOf(name) == code);
            CHECK(errorCodeName(code, QStringLiteral("CLINIKO")) == name);
        }
    }
    CHECK(errorCodeName(ErrorCode::PmsAuthRejected, QStringLiteral("NOOKAL")) ==
          QStringLiteral("NOOKAL_AUTH_REJECTED"));
    CHECK(errorCodeOf(u"CLINIKO_AUTH_REJECTED") == ErrorCode::PmsAuthRejected);
    CHECK(errorCodeOf(u"BAD_REQUEST") == ErrorCode::BadRequest);
    CHECK(errorCodeOf(u"NOT_A_CODE") == ErrorCode::Unknown);
    CHECK(errorCodeOf(u"") == ErrorCode::Unknown);
}

TEST_CASE("the error table gives the CLI exit status and the shared user messages")
{
    CHECK(errorExitStatus(ErrorCode::BadRequest) == 2);
    CHECK(errorExitStatus(ErrorCode::LoginRequired) == 2);
    CHECK(errorExitStatus(ErrorCode::CacheCorrupt) == 1);
    CHECK(errorExitStatus(ErrorCode::Unknown) == 1);

    const RoutiqError e = RoutiqError::make(ErrorCode::InvalidCredentials, QStringLiteral("x"));
    CHECK(e.code == QStringLiteral("INVALID_CREDENTIALS"));
    CHECK(e.message == QStringLiteral("The user name or password is incorrect."));
    CHECK(e.details == QStringLiteral("x"));
    CHECK(e.is(ErrorCode::InvalidCredentials));
    CHECK(e.typedCode() == ErrorCode::InvalidCredentials);
    CHECK(errorUserMessage(ErrorCode::ClinicUnknown).isEmpty()); // each use words its own
}
