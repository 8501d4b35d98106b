#include "core/clock.h"
#include "factbuilder.h"
#include "metrics/metricsengine.h"

#include "testapp.h"

#include <QSignalSpy>
#include <QThread>

using namespace routiq;
using namespace routiq::test;

namespace {

// Wednesday 2026-03-04 11:00 in Sydney: the current week is 2026-03-02 .. 2026-03-08.
const QDateTime wednesdayMorning = QDateTime(QDate(2026, 3, 4), QTime(0, 0), Qt::UTC);

QList<AppointmentFact> clinicFacts()
{
    return {
        attended(booking(1, 100, local("2026-03-02T09:00"))),
        booking(2, 100, local("2026-03-04T09:00")),
        missed(booking(3, 101, local("2026-03-02T09:30"))),
        attended(booking(4, 105, local("2026-03-06T09:00"))),
        booking(5, 105, local("2025-12-01T09:00")), // 105's first booking, months before R
        booking(6, 106, local("2026-02-25T09:00")), // in P
    };
}

MetricsSnapshot last(const QSignalSpy &spy)
{
    return spy.last().first().value<MetricsSnapshot>();
}

} // namespace

TEST_CASE("loading facts publishes a snapshot of the current week with generation 1")
{
    ensureCoreApp();
    ManualClock clock(wednesdayMorning);
    MetricsEngine engine(&clock, sydney());
    QSignalSpy spy(&engine, &MetricsEngine::snapshotReady);
    engine.loadFacts(clinicFacts());
    REQUIRE(spy.count() == 1);
    const MetricsSnapshot s = last(spy);
    CHECK(s.generation == 1);
    CHECK(s.range == ResolvedRange{QDate(2026, 3, 2), QDate(2026, 3, 8), QDate(2026, 2, 23),
                                   QDate(2026, 3, 1)});
    CHECK(s.request.period == MetricsRequest::Period::Week);
    CHECK(s.current.totalBookings == 4);
    CHECK(s.current.newPatients == 2); // 100, 101; 105 came first in December
    CHECK(s.current.totalBookingsChange == 300.0);
    CHECK(s.previous.totalBookings == 1);
    CHECK_FALSE(s.lastUpdated.isValid());
}

TEST_CASE("the current week follows the clinic's zone, not UTC")
{
    ensureCoreApp();
    // Sunday 2026-03-08 14:00 UTC is already Monday 2026-03-09 01:00 in Sydney.
    ManualClock clock(QDateTime(QDate(2026, 3, 8), QTime(14, 0), Qt::UTC));
    MetricsEngine engine(&clock, sydney());
    QSignalSpy spy(&engine, &MetricsEngine::snapshotReady);
    engine.loadFacts(clinicFacts());
    REQUIRE(spy.count() == 1);
    CHECK(last(spy).range.startDate == QDate(2026, 3, 9));
    engine.setClinicZone(QTimeZone::utc());
    REQUIRE(spy.count() == 2);
    CHECK(last(spy).range.startDate == QDate(2026, 3, 2));
}

TEST_CASE("a change inside the range publishes recomputed figures with the next generation")
{
    ensureCoreApp();
    ManualClock clock(wednesdayMorning);
    MetricsEngine engine(&clock, sydney());
    QSignalSpy spy(&engine, &MetricsEngine::snapshotReady);
    engine.loadFacts(clinicFacts());
    engine.applyChanges({missed(booking(2, 100, local("2026-03-04T09:00"))),
                         booking(7, 107, local("2026-03-05T15:00"))},
                        {3});
    REQUIRE(spy.count() == 2);
    const MetricsSnapshot s = last(spy);
    CHECK(s.generation == 2);
    CHECK(s.current.totalBookings == 4); // 1, 2, 4, 7
    CHECK(s.current.missedAppointments == 1);
    CHECK(s.current.newPatients == 2); // 100, 107
}

TEST_CASE("a change far from the range and from its patients' first bookings publishes nothing")
{
    ensureCoreApp();
    ManualClock clock(wednesdayMorning);
    MetricsEngine engine(&clock, sydney());
    QSignalSpy spy(&engine, &MetricsEngine::snapshotReady);
    engine.loadFacts(clinicFacts());
    engine.applyChanges({booking(8, 300, local("2026-06-10T09:00"))}, {999});
    CHECK(spy.count() == 1);
    CHECK(engine.generation() == 1);
}

TEST_CASE("deleting a patient's first booking months before the range makes them new in it")
{
    ensureCoreApp();
    ManualClock clock(wednesdayMorning);
    MetricsEngine engine(&clock, sydney());
    QSignalSpy spy(&engine, &MetricsEngine::snapshotReady);
    engine.loadFacts(clinicFacts());
    engine.applyChanges({}, {5});
    REQUIRE(spy.count() == 2);
    CHECK(last(spy).current.newPatients == 3);
    CHECK(last(spy).current.totalBookings == 4);
}

TEST_CASE("a later booking far in the future republishes the rebook rate of the range")
{
    ensureCoreApp();
    ManualClock clock(wednesdayMorning);
    MetricsEngine engine(&clock, sydney());
    QSignalSpy spy(&engine, &MetricsEngine::snapshotReady);
    engine.loadFacts(clinicFacts());
    CHECK(last(spy).current.rebookRate == 50.0); // 1 is rebooked by 2, 4 is not
    engine.applyChanges({booking(9, 105, local("2026-09-01T09:00"))}, {});
    REQUIRE(spy.count() == 2);
    CHECK(last(spy).current.rebookRate == 100.0);
}

TEST_CASE("a new last-sync time republishes the same figures")
{
    ensureCoreApp();
    ManualClock clock(wednesdayMorning);
    MetricsEngine engine(&clock, sydney());
    QSignalSpy spy(&engine, &MetricsEngine::snapshotReady);
    engine.loadFacts(clinicFacts());
    const QDateTime synced = wednesdayMorning.addSecs(-30);
    engine.setLastUpdated(synced);
    REQUIRE(spy.count() == 2);
    const MetricsSnapshot first = spy.first().first().value<MetricsSnapshot>();
    const MetricsSnapshot second = last(spy);
    CHECK(second.lastUpdated == synced);
    CHECK(second.generation == 2);
    CHECK(second.current == first.current);
}

TEST_CASE("a request that cannot be resolved is reported and publishes nothing")
{
    ensureCoreApp();
    ManualClock clock(wednesdayMorning);
    MetricsEngine engine(&clock, sydney());
    QSignalSpy snapshots(&engine, &MetricsEngine::snapshotReady);
    QSignalSpy failures(&engine, &MetricsEngine::requestFailed);
    engine.loadFacts(clinicFacts());
    MetricsRequest bad;
    bad.startDate = QDate(2026, 3, 9);
    bad.endDate = QDate(2026, 3, 1);
    engine.setRequest(bad);
    REQUIRE(failures.count() == 1);
    CHECK(failures.first().first().value<RoutiqError>().code == QStringLiteral("BAD_REQUEST"));
    CHECK(snapshots.count() == 1);
}

TEST_CASE("a custom range with a location filter is computed as requested")
{
    ensureCoreApp();
    ManualClock clock(wednesdayMorning);
    MetricsEngine engine(&clock, sydney());
    QSignalSpy spy(&engine, &MetricsEngine::snapshotReady);
    QList<AppointmentFact> facts = clinicFacts();
    facts.append(booking(10, 110, local("2026-03-03T09:00"), sydney(), 2));
    engine.loadFacts(facts);
    MetricsRequest request;
    request.startDate = QDate(2026, 3, 1);
    request.endDate = QDate(2026, 3, 31);
    request.locationId = 2;
    engine.setRequest(request);
    REQUIRE(spy.count() == 2);
    const MetricsSnapshot s = last(spy);
    CHECK(s.range.previousStartDate == QDate(2026, 2, 1));
    CHECK(s.current.totalBookings == 1);
    CHECK(s.current.bookingTrends.size() == 31);
}

TEST_CASE("the engine computes on a worker thread and its snapshots arrive through queued calls")
{
    ensureCoreApp();
    MetricsEngine::registerMetaTypes();
    ManualClock clock(wednesdayMorning);
    QThread worker;
    worker.setObjectName(QStringLiteral("metrics"));
    auto *engine = new MetricsEngine(&clock, sydney());
    engine->moveToThread(&worker);
    QObject::connect(&worker, &QThread::finished, engine, &QObject::deleteLater);
    worker.start();

    // The relay lives on this thread, so the lambda runs here; its objectNameChanged is the
    // signal to wait on.
    QObject relay;
    QList<MetricsSnapshot> received;
    QList<bool> onWorkerThread;
    QObject::connect(engine, &MetricsEngine::snapshotReady, &relay, [&](const MetricsSnapshot &s) {
        received.append(s);
        relay.setObjectName(QString::number(s.generation));
    });
    QSignalSpy arrived(&relay, &QObject::objectNameChanged);

    QMetaObject::invokeMethod(engine, "loadFacts", Qt::QueuedConnection,
                              Q_ARG(QList<routiq::AppointmentFact>, clinicFacts()));
    REQUIRE(arrived.wait(5000));
    QMetaObject::invokeMethod(
        engine,
        [engine] { engine->applyChanges({booking(11, 111, local("2026-03-07T10:00"))}, {}); },
        Qt::QueuedConnection);
    REQUIRE(arrived.wait(5000));

    worker.quit();
    worker.wait();
    REQUIRE(received.size() == 2);
    CHECK(received[0].generation == 1);
    CHECK(received[1].generation == 2);
    CHECK(received[1].current.totalBookings == received[0].current.totalBookings + 1);
}

TEST_CASE("a change in the previous range republishes the change figure")
{
    ensureCoreApp();
    ManualClock clock(wednesdayMorning);
    MetricsEngine engine(&clock, sydney());
    QSignalSpy spy(&engine, &MetricsEngine::snapshotReady);
    engine.loadFacts(clinicFacts());
    CHECK(last(spy).current.totalBookingsChange == 300.0); // 4 vs 1
    engine.applyChanges({booking(12, 112, local("2026-02-26T09:00"))}, {});
    REQUIRE(spy.count() == 2);
    CHECK(last(spy).current.totalBookingsChange == 100.0); // 4 vs 2
    CHECK(last(spy).previous.totalBookings == 2);
}
