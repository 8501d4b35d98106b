// GET /metrics from the snapshot cache (issue 19) over real HTTP: a repeated request is answered
// from the cache with the bytes a fresh computation gives (the CLI's), the clinic's change (a
// sync writing its cache) invalidates it, and the account is still checked at every request.
#include "apitestsupport.h"
#include "testapp.h"

#include <catch2/catch.hpp>

using namespace routiq;
using namespace routiq::apitest;

TEST_CASE("GET metrics is answered from the snapshot cache until a sync changes the clinic and "
          "the account is checked at every request")
{
    test::ensureCoreApp();
    Folder f;
    REQUIRE(f.make());
    Server server;
    REQUIRE(server.start(f.admin));
    const QByteArray token =
        accessToken(signIn(server, QStringLiteral("sam"), passwordIn(f.staff.passwordFile)));
    REQUIRE_FALSE(token.isEmpty());
    const QUrl month = server.url(QStringLiteral("/api/v1/clinics/north/metrics?period=month"));
    const QStringList cliMonth = words({"metrics", "--clinic", "north", "--period", "month"});

    QString fresh, err;
    REQUIRE(f.staff.run(cliMonth, &fresh, &err) == 0);
    Answer first = request("GET", month, token);
    CHECK(first.status == 200);
    CHECK(first.header("X-Routiq-Cache") == "miss");
    CHECK(QString::fromUtf8(first.body) == fresh);
    Answer again = request("GET", month, token);
    CHECK(again.header("X-Routiq-Cache") == "hit");
    CHECK(again.body == first.body);

    // The query is normalized: the same groups in another order are the same answer.
    CHECK(request("GET",
                  server.url(QStringLiteral(
                      "/api/v1/clinics/north/metrics?period=month&metrics=trends,bookings")),
                  token)
              .header("X-Routiq-Cache") == "miss");
    const Answer reordered =
        request("GET",
                server.url(QStringLiteral(
                    "/api/v1/clinics/north/metrics?metrics=bookings,trends,bookings&period=month")),
                token);
    CHECK(reordered.header("X-Routiq-Cache") == "hit");
    CHECK(reordered.object().contains(QStringLiteral("bookingTrends")));

    // Another account with the same clinic gets the same cached bytes, checked as itself.
    const QByteArray readOnly =
        accessToken(signIn(server, QStringLiteral("rita"), passwordIn(f.reader.passwordFile)));
    const Answer rita = request("GET", month, readOnly);
    CHECK(rita.header("X-Routiq-Cache") == "hit");
    CHECK(rita.body == first.body);

    // A PMS change synced into the cache invalidates the answer: the next one is computed
    // afresh and equals the CLI's for the new cache.
    const auto booking = bookingThisMonth(f.sim.clinic());
    REQUIRE(booking);
    REQUIRE(f.sim.cancelAppointment(*booking));
    REQUIRE(f.admin.run(words({"sync", "--clinic", "north"})) == 0);
    REQUIRE(f.staff.run(cliMonth, &fresh, &err) == 0);
    const Answer changed = request("GET", month, token);
    CHECK(changed.header("X-Routiq-Cache") == "miss");
    CHECK(changed.body != first.body);
    CHECK(QString::fromUtf8(changed.body) == fresh);
    CHECK(changed.object().value(QStringLiteral("cancellations")).toInt() ==
          first.object().value(QStringLiteral("cancellations")).toInt() + 1);
    CHECK(request("GET", month, token).header("X-Routiq-Cache") == "hit");

    // Rights still apply per request: a cached answer is not served to a disabled account.
    REQUIRE(f.admin.run(words({"user", "disable", "--name", "rita"})) == 0);
    const Answer refused = request("GET", month, readOnly);
    CHECK(refused.status == 401);
    CHECK(seedErrorCode(refused) == QStringLiteral("UNAUTHORIZED"));
    CHECK_FALSE(refused.body.contains("totalBookings"));
}
