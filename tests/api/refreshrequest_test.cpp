// The API's metrics/refresh reaches the sync through a request file beside the cache (issue 19):
// the schedule keeps to one early poll per window, the watcher fires once per new request, and a
// clinic session whose next regular poll is minutes away polls at once when asked.
#include "apitestsupport.h"
#include "testapp.h"
#include "testfolder.h"

#include "core/clock.h"
#include "session/appcontext.h"
#include "session/clinicsession.h"
#include "session/pmsadapterfactory.h"
#include "storage/appdatabase.h"
#include "sync/refreshrequest.h"

#include <catch2/catch.hpp>

using namespace routiq;
using namespace routiq::apitest;

TEST_CASE("a refresh runs at once then at most once per window however often it is asked")
{
    const QDateTime t0 = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
    auto first = RefreshRequest::schedule(std::nullopt, t0, 10);
    CHECK(first.scheduledAt == t0);
    CHECK_FALSE(first.coalesced);
    // Asked again 3 s after it ran: one window after it, a new request.
    auto second = RefreshRequest::schedule(t0, t0.addSecs(3), 10);
    CHECK(second.scheduledAt == t0.addSecs(10));
    CHECK_FALSE(second.coalesced);
    // Asked while that one is still ahead: the same time, nothing new.
    auto third = RefreshRequest::schedule(second.scheduledAt, t0.addSecs(4), 10);
    CHECK(third.scheduledAt == t0.addSecs(10));
    CHECK(third.coalesced);
    // A window after the last: at once.
    CHECK(RefreshRequest::schedule(t0.addSecs(10), t0.addSecs(20), 10).scheduledAt ==
          t0.addSecs(20));
}

TEST_CASE("the refresh watcher fires once per new request and never for one made before it")
{
    test::ensureCoreApp();
    QTemporaryDir dir;
    const QString file = RefreshRequest::fileFor(dir.filePath(QStringLiteral("north.db")));
    ManualClock clock(QDateTime::currentDateTimeUtc());
    RoutiqError e;
    REQUIRE(RefreshRequest::write(file, clock.nowUtc().addSecs(-5), &e));
    CHECK(RefreshRequest::scheduledAt(file) == clock.nowUtc().addSecs(-5));

    RefreshRequestWatcher watcher(file, &clock);
    QSignalSpy due(&watcher, &RefreshRequestWatcher::due);
    REQUIRE(RefreshRequest::write(file, clock.nowUtc(), &e));
    REQUIRE(due.wait(10000));
    CHECK(due.count() == 1);
    // The same request written again is not a new one; a later one is.
    REQUIRE(RefreshRequest::write(file, clock.nowUtc(), &e));
    REQUIRE(RefreshRequest::write(file, clock.nowUtc().addMSecs(1), &e));
    REQUIRE(due.wait(10000));
    CHECK(due.count() == 2);
}

TEST_CASE("a clinic session polls the PMS at once when the API asks for a refresh")
{
    test::ensureCoreApp();
    Folder f;
    REQUIRE(f.make());
    auto app =
        test::unlockFolder(f.admin.dataDir, QStringLiteral("admin"), test::cliAdminPassword());
    REQUIRE(app);
    const auto connection = app->appDatabase().clinicConnection(QStringLiteral("north"));
    REQUIRE(connection);
    SystemClock clock;
    SyncEngine::Options options;
    options.pollIntervalMs = 10 * 60 * 1000; // the next regular poll is ten minutes away
    const QString cache = app->clinicDatabasePath(QStringLiteral("north"));
    ClinicSession session(*connection, cache, test::cacheKey(*app, QStringLiteral("north")),
                          PmsAdapterFactory::forConnection(*connection, f.sim.apiKey(), &clock),
                          &clock, options);
    QSignalSpy passes(&session, &ClinicSession::passCompleted);
    session.start();
    REQUIRE(passes.wait(60000));
    const qsizetype requestsBefore = f.sim.requestCount();

    RoutiqError e;
    REQUIRE(RefreshRequest::write(RefreshRequest::fileFor(cache), clock.nowUtc(), &e));
    REQUIRE(passes.wait(30000));
    CHECK(passes.count() == 2);
    CHECK(f.sim.requestCount() > requestsBefore);
    session.stop();
}

TEST_CASE("POST metrics refresh answers 202 with when the poll runs and coalesces a flood into "
          "one poll per window")
{
    test::ensureCoreApp();
    Folder f;
    REQUIRE(f.make());
    Server server;
    REQUIRE(server.start(f.admin));
    const QByteArray token =
        accessToken(signIn(server, QStringLiteral("sam"), passwordIn(f.staff.passwordFile)));
    const QUrl refresh = server.url(QStringLiteral("/api/v1/clinics/north/metrics/refresh"));
    auto scheduled = [](const Answer &a) {
        return QDateTime::fromString(a.object()
                                         .value(QStringLiteral("refresh"))
                                         .toObject()
                                         .value(QStringLiteral("scheduled_at"))
                                         .toString(),
                                     Qt::ISODate);
    };
    auto coalesced = [](const Answer &a) {
        return a.object()
            .value(QStringLiteral("refresh"))
            .toObject()
            .value(QStringLiteral("coalesced"))
            .toBool();
    };

    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const Answer first = request("POST", refresh, token);
    CHECK(first.status == 202);
    const QJsonObject body = first.object().value(QStringLiteral("refresh")).toObject();
    CHECK(body.value(QStringLiteral("clinic_id")) == QStringLiteral("north"));
    CHECK(body.value(QStringLiteral("min_interval_secs")).toInt() == 10);
    CHECK(body.value(QStringLiteral("last_updated")).isString());
    CHECK(scheduled(first) >= before);
    CHECK(scheduled(first) <= QDateTime::currentDateTimeUtc());
    CHECK_FALSE(coalesced(first));
    const QString file = RefreshRequest::fileFor(
        AppDatabase::clinicDatabasePath(f.admin.dataDir, QStringLiteral("north")));
    REQUIRE(RefreshRequest::scheduledAt(file));
    CHECK(std::abs(RefreshRequest::scheduledAt(file)->secsTo(scheduled(first))) <= 1);

    // Inside the window: the next poll one window after the first, then that same time.
    const Answer second = request("POST", refresh, token);
    CHECK(second.status == 202);
    CHECK_FALSE(coalesced(second));
    CHECK(scheduled(second) >= scheduled(first).addSecs(9));
    const QByteArray readOnly =
        accessToken(signIn(server, QStringLiteral("rita"), passwordIn(f.reader.passwordFile)));
    const Answer third = request("POST", refresh, readOnly); // read-only may ask: it is bounded
    CHECK(third.status == 202);
    CHECK(coalesced(third));
    CHECK(scheduled(third) == scheduled(second));

    Answer a = request("GET", refresh, token);
    CHECK(a.status == 405);
    CHECK(seedErrorCode(a) == QStringLiteral("METHOD_NOT_ALLOWED"));
    a = request("POST", server.url(QStringLiteral("/api/v1/clinics/all/metrics/refresh")), token);
    CHECK(a.status == 400);
    CHECK(seedErrorCode(a) == QStringLiteral("BAD_REQUEST"));
    a = request("POST", server.url(QStringLiteral("/api/v1/clinics/south/metrics/refresh")), token);
    CHECK(a.status == 403);
    CHECK(seedErrorCode(a) == QStringLiteral("FORBIDDEN"));
    CHECK(request("POST", refresh).status == 401);

    // Each poll asked for is an audited action; the coalesced request added none.
    QString out, err;
    REQUIRE(f.admin.run(words({"audit", "list"}), &out, &err) == 0);
    CHECK(out.count(QStringLiteral("api.refresh")) == 2);
}
