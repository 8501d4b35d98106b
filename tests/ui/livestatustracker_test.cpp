#include "live/livestatustracker.h"
#include "uitestapp.h"

#include <catch2/catch.hpp>

#include <QLocale>
#include <QSignalSpy>

using namespace routiq;

namespace {
RoutiqError networkError()
{
    return RoutiqError::make(QStringLiteral("NETWORK_UNREACHABLE"),
                             QStringLiteral("Cliniko cannot be reached."));
}
} // namespace

TEST_CASE("the live status goes Live, Stale, Offline and back to Live on the manual clock")
{
    routiq::test::ensureCoreApp();
    ManualClock clock;
    LiveStatusTracker tracker(clock);
    tracker.setStaleAfterSecs(30);
    QSignalSpy changes(&tracker, &LiveStatusTracker::statusChanged);
    CHECK(tracker.status() == LiveStatus::Connecting);
    CHECK_FALSE(tracker.dataAgeSecs().has_value());

    tracker.pollSucceeded(clock.nowUtc());
    CHECK(tracker.status() == LiveStatus::Live);
    CHECK(tracker.bannerText() == QStringLiteral("Updated just now"));

    clock.advanceMSecs(12'000);
    tracker.refresh();
    CHECK(tracker.status() == LiveStatus::Live);
    CHECK(tracker.bannerText() == QStringLiteral("Updated 12 s ago"));

    clock.advanceMSecs(19'000); // 31 s without a poll
    tracker.refresh();
    CHECK(tracker.status() == LiveStatus::Stale);
    CHECK(tracker.dataAgeSecs() == 31);

    tracker.syncFailed(networkError());
    CHECK(tracker.status() == LiveStatus::Offline);
    clock.advanceMSecs(90 * 60'000 - 31'000); // data now 90 minutes old
    tracker.refresh();
    CHECK(tracker.bannerText().startsWith(QStringLiteral("Offline \u2014 showing data from")));
    INFO(tracker.bannerText().toStdString());
    CHECK(tracker.bannerText().contains(QStringLiteral("(90 min old)")));
    CHECK(tracker.adviceText() == QStringLiteral("Cliniko cannot be reached."));

    tracker.pollSucceeded(clock.nowUtc());
    CHECK(tracker.status() == LiveStatus::Live);
    CHECK(tracker.dataAgeSecs() == 0);
    REQUIRE(changes.count() == 4);
    CHECK(changes.at(3).at(0).value<LiveStatus>() == LiveStatus::Live);
}

TEST_CASE("a rejected API key is an auth error that only a success clears")
{
    routiq::test::ensureCoreApp();
    ManualClock clock;
    LiveStatusTracker tracker(clock);
    tracker.pollSucceeded(clock.nowUtc());
    tracker.syncFailed(RoutiqError::make(QStringLiteral("CLINIKO_AUTH_REJECTED"), {}));
    CHECK(tracker.status() == LiveStatus::AuthError);
    CHECK(tracker.bannerText().startsWith(QStringLiteral("Sign-in rejected")));
    CHECK(tracker.adviceText().contains(QStringLiteral("API key")));
    clock.advanceMSecs(120'000);
    tracker.refresh();
    CHECK(tracker.status() == LiveStatus::AuthError); // not merely stale
    tracker.syncFailed(RoutiqError::make(QStringLiteral("HTTP_503"), {}));
    CHECK(tracker.status() == LiveStatus::Offline);
    tracker.changesCommitted(clock.nowUtc());
    CHECK(tracker.status() == LiveStatus::Live);
}

TEST_CASE("server errors and an open circuit count as offline")
{
    routiq::test::ensureCoreApp();
    ManualClock clock;
    LiveStatusTracker tracker(clock);
    for (const char *code : {"HTTP_500", "CIRCUIT_OPEN", "NETWORK_TIMEOUT"}) {
        tracker.pollSucceeded(clock.nowUtc());
        tracker.syncFailed(RoutiqError::make(QString::fromLatin1(code), {}));
        CHECK(tracker.status() == LiveStatus::Offline);
        CHECK_FALSE(tracker.adviceText().isEmpty());
    }
}

TEST_CASE("speaking for a group, a clinic names itself only when something is wrong")
{
    routiq::test::ensureCoreApp();
    ManualClock clock;
    LiveStatusTracker tracker(clock);
    tracker.setSubject(QStringLiteral("Bayside Chiro"));
    tracker.pollSucceeded(clock.nowUtc());
    CHECK(tracker.status() == LiveStatus::Live);
    CHECK_FALSE(tracker.bannerText().contains(QStringLiteral("Bayside Chiro")));
    tracker.syncFailed(RoutiqError::make(QStringLiteral("HTTP_503"), {}));
    CHECK(tracker.bannerText().startsWith(QStringLiteral("Bayside Chiro: Offline")));
    tracker.setSubject({});
    CHECK(tracker.bannerText().startsWith(QStringLiteral("Offline")));
}

TEST_CASE("a backfill shows Syncing with progress and an ETA from the rate so far")
{
    routiq::test::ensureCoreApp();
    ManualClock clock;
    LiveStatusTracker tracker(clock);
    tracker.syncStarted();
    tracker.backfillProgress(0, 10'000);
    CHECK(tracker.status() == LiveStatus::Syncing);
    CHECK_FALSE(tracker.backfillEtaSecs().has_value());
    clock.advanceMSecs(10'000);
    tracker.backfillProgress(1'000, 10'000); // 100 records/s -> 90 s left
    CHECK(tracker.backfillEtaSecs() == 90);
    CHECK(tracker.bannerText().contains(
        QStringLiteral("%1 of %2").arg(QLocale().toString(1000), QLocale().toString(10000))));
    tracker.backfillProgress(10'000, 10'000);
    CHECK_FALSE(tracker.backfillRunning());
    CHECK(tracker.status() == LiveStatus::Connecting);
    tracker.pollSucceeded(clock.nowUtc());
    CHECK(tracker.status() == LiveStatus::Live);
}

TEST_CASE("the stored last sync gives a data age before the first poll")
{
    routiq::test::ensureCoreApp();
    ManualClock clock;
    LiveStatusTracker tracker(clock);
    tracker.setLastSuccessfulSync(clock.nowUtc().addSecs(-3 * 3600));
    CHECK(tracker.dataAgeSecs() == 3 * 3600);
    CHECK(tracker.status() == LiveStatus::Connecting);
    CHECK(tracker.bannerText().contains(QStringLiteral("3 h old")));
}

TEST_CASE("each committed change asks for one pulse")
{
    routiq::test::ensureCoreApp();
    ManualClock clock;
    LiveStatusTracker tracker(clock);
    QSignalSpy pulses(&tracker, &LiveStatusTracker::changeArrived);
    tracker.changesCommitted(clock.nowUtc());
    tracker.changesCommitted(clock.nowUtc());
    tracker.pollSucceeded(clock.nowUtc());
    CHECK(pulses.count() == 2);
}

TEST_CASE("the session's signals drive the tracker directly, backfill included")
{
    routiq::test::ensureUiApp();
    ManualClock clock;
    LiveStatusTracker tracker(clock);
    tracker.syncProgress(QStringLiteral("patients"), 200, -1, -1); // total unknown
    CHECK(tracker.status() == LiveStatus::Syncing);
    CHECK(tracker.backfillTotal() == -1);
    CHECK_FALSE(tracker.backfillEtaSecs().has_value());
    tracker.syncProgress(QStringLiteral("appointments"), 500, 4000, 70); // the engine's estimate
    CHECK(tracker.backfillResource() == QStringLiteral("appointments"));
    CHECK(tracker.backfillEtaSecs() == 70);
    tracker.passCompleted(clock.nowUtc(), true);
    CHECK_FALSE(tracker.backfillRunning());
    CHECK(tracker.status() == LiveStatus::Live);
    QSignalSpy pulses(&tracker, &LiveStatusTracker::changeArrived);
    clock.advanceMSecs(40'000);
    tracker.changeSetCommitted(ChangeSet{});
    CHECK(pulses.count() == 1);
    CHECK(tracker.status() == LiveStatus::Live);
    CHECK(tracker.dataAgeSecs() == 0);
}

TEST_CASE("a lost connection to the clinic server reads as reconnecting, with the data's age, "
          "until the viewer is current again (shared mode)")
{
    routiq::test::ensureCoreApp();
    ManualClock clock;
    LiveStatusTracker tracker(clock);
    tracker.pollSucceeded(clock.nowUtc());
    clock.advanceMSecs(5 * 60'000);
    tracker.syncFailed(RoutiqError::make(QStringLiteral("SERVER_UNREACHABLE"),
                                         QStringLiteral("The clinic server cannot be reached.")));
    tracker.refresh();
    CHECK(tracker.status() == LiveStatus::Offline);
    INFO(tracker.bannerText().toStdString());
    CHECK(tracker.bannerText().startsWith(
        QStringLiteral("Reconnecting to the server \u2014 showing data from")));
    CHECK(tracker.bannerText().contains(QStringLiteral("(5 min old)")));
    CHECK(tracker.adviceText() == QStringLiteral("The clinic server cannot be reached."));
    // A PMS outage keeps its own words.
    tracker.syncFailed(networkError());
    CHECK(tracker.bannerText().startsWith(QStringLiteral("Offline \u2014")));
    tracker.pollSucceeded(clock.nowUtc());
    CHECK(tracker.status() == LiveStatus::Live);
}
