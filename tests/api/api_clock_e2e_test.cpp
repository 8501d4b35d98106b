// The API server in-process with an injected clock (issue 19), over real HTTP on loopback: an
// access token is refused once the clock passes its expiry, in the seed's error shape, while
// its refresh token still gets a new one. No sleeps: the clock moves when the test says so.
#include "apitestsupport.h"
#include "testapp.h"
#include "testfolder.h"

#include "api/apibackend.h"
#include "api/apiserver.h"
#include "core/clock.h"
#include "security/accountservice.h"
#include "security/auditedaccess.h"
#include "security/auditlog.h"
#include "security/passwordhasher.h"
#include "session/appcontext.h"
#include "storage/appdatabase.h"

#include <catch2/catch.hpp>

using namespace routiq;
using namespace routiq::apitest;

TEST_CASE("an expired access token is refused over HTTP with the seed's UNAUTHORIZED while its "
          "refresh token still works")
{
    test::ensureCoreApp();
    Folder f;
    REQUIRE(f.make());
    ManualClock clock(QDateTime::currentDateTimeUtc());
    auto app =
        test::unlockFolder(f.admin.dataDir, QStringLiteral("admin"), test::cliAdminPassword());
    REQUIRE(app);
    const QSqlDatabase db = app->appDatabase().database();
    AuditLog audit(db, &clock);
    audit.setMacKey(app->auditKey());
    const PasswordHasher hasher;
    AccountService accounts(db, &clock, &hasher, &audit);
    const AuditedAccess access(&accounts.policy(), &audit);
    ApiSettings settings;
    settings.accessTokenSecs = 900;
    ApiBackend backend({app.get(), &accounts, &audit, &access, &clock},
                       {{QStringLiteral("north"), test::cacheKey(*app, QStringLiteral("north"))}},
                       settings);
    ApiServer server(&backend, settings);
    QString reason;
    REQUIRE(server.start(QHostAddress::LocalHost, 0, std::nullopt, &reason));
    Server remote; // only its url(): the server above listens, not a process
    remote.base = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.port()));

    const QJsonObject tokens =
        signIn(remote, QStringLiteral("sam"), passwordIn(f.staff.passwordFile));
    const QByteArray token = accessToken(tokens);
    REQUIRE_FALSE(token.isEmpty());
    CHECK(tokens.value(QStringLiteral("expires_in")).toInt() == 900);
    const QUrl metrics = remote.url(QStringLiteral("/api/v1/clinics/north/metrics"));
    CHECK(request("GET", metrics, token).status == 200);

    clock.advanceMSecs(899'000);
    CHECK(request("GET", metrics, token).status == 200); // a second before expiry

    clock.advanceMSecs(1'000);
    const Answer expired = request("GET", metrics, token);
    CHECK(expired.status == 401);
    CHECK(seedErrorCode(expired) == QStringLiteral("UNAUTHORIZED"));
    CHECK_FALSE(expired.body.contains("totalBookings"));
    // The live channel's SSE twin refuses it too.
    CHECK(request("GET", remote.url(QStringLiteral("/api/v1/clinics/north/metrics/stream")), token)
              .status == 401);

    // The refresh token (30 days) gets a fresh pair, which works at the moved clock.
    const Answer renewed = request(
        "POST", remote.url(QStringLiteral("/api/v1/auth/token")), {},
        QJsonDocument(QJsonObject{{QStringLiteral("refresh_token"),
                                   tokens.value(QStringLiteral("refresh_token")).toString()}})
            .toJson());
    REQUIRE(renewed.status == 200);
    CHECK(request("GET", metrics, accessToken(renewed.object())).status == 200);
    server.stop();
}
