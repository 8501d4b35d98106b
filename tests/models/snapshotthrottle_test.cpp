#include "kpimodel.h"
#include "snapshotthrottle.h"
#include "testapp.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>

using namespace routiq;

TEST_CASE("a burst of 500 snapshots reaches the model only a bounded number of times")
{
    routiq::test::ensureGuiApp();
    SnapshotThrottle throttle;
    throttle.setIntervalMs(50);
    KpiModel model;
    int applies = 0;
    QObject::connect(&throttle, &SnapshotThrottle::snapshotReady, &model,
                     [&](const MetricsSnapshot &s) {
                         ++applies;
                         model.setSnapshot(s);
                     });
    QSignalSpy modelUpdates(&model, &QAbstractItemModel::dataChanged);

    for (int i = 1; i <= 500; ++i) {
        MetricsSnapshot s;
        s.generation = quint64(i);
        s.current.totalBookings = i;
        throttle.submit(s);
    }
    CHECK(applies == 1); // the first passes at once, the rest wait for the interval
    QSignalSpy ready(&throttle, &SnapshotThrottle::snapshotReady);
    REQUIRE(ready.wait(2000));
    CHECK(applies == 2);
    CHECK_FALSE(throttle.hasPending());
    // The newest snapshot won; every intermediate one was dropped.
    CHECK(model.index(model.rowOfKey(QStringLiteral("totalBookings")))
              .data(KpiModel::ValueRole)
              .toInt() == 500);
    CHECK(modelUpdates.count() <= 2 * model.rowCount());
    CHECK_FALSE(ready.wait(150)); // quiet afterwards
    CHECK(applies == 2);
}

TEST_CASE("a lone snapshot after a quiet spell passes through at once")
{
    routiq::test::ensureGuiApp();
    SnapshotThrottle throttle;
    throttle.setIntervalMs(20);
    QSignalSpy ready(&throttle, &SnapshotThrottle::snapshotReady);
    MetricsSnapshot s;
    s.generation = 7;
    throttle.submit(s);
    REQUIRE(ready.count() == 1);
    CHECK(ready.at(0).at(0).value<MetricsSnapshot>().generation == 7);
}

TEST_CASE("a discarded pending snapshot is never delivered")
{
    routiq::test::ensureGuiApp();
    SnapshotThrottle throttle;
    throttle.setIntervalMs(20);
    QSignalSpy ready(&throttle, &SnapshotThrottle::snapshotReady);
    throttle.submit(MetricsSnapshot{});
    throttle.submit(MetricsSnapshot{});
    REQUIRE(throttle.hasPending());
    throttle.discardPending();
    CHECK_FALSE(ready.wait(100));
    CHECK(ready.count() == 1);
}
