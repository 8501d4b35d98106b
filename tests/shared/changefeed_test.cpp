// The live channel of shared mode (issue 16): the agent's store NOTIFYs each committed change in
// its transaction, and ServerChangeFeed follows one clinic — through a server restart, missing
// nothing that was committed while it was disconnected.
#include "pgserver.h"
#include "shared/changenotice.h"
#include "shared/serverchangefeed.h"
#include "shared/serverconnection.h"
#include "shared/serversyncstore.h"
#include "shared/sharedschema.h"
#include "storerigs.h"
#include "testapp.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlDriver>

#include <deque>

using namespace routiq;
using namespace routiq::test;

namespace {

const QTimeZone kZone("Australia/Sydney");

ServerConnInfo infoFor(const QString &conninfo)
{
    RoutiqError error;
    const auto info = ServerConnInfo::parse(conninfo, &error);
    REQUIRE(info);
    return *info;
}

// A server database with the schema and clinics "north" and "south".
QString initialised(PgServer &server)
{
    const QString conninfo = server.conninfo(server.createDatabase());
    RoutiqError error;
    auto admin = ServerConnection::open(infoFor(conninfo), &error);
    REQUIRE(admin);
    REQUIRE(SharedSchema::initialise(admin->database(), &error));
    REQUIRE(SharedSchema::registerClinic(admin->database(), QStringLiteral("north"),
                                         QStringLiteral("North"), &error));
    REQUIRE(SharedSchema::registerClinic(admin->database(), QStringLiteral("south"),
                                         QStringLiteral("South"), &error));
    return conninfo;
}

PmsPage onePage(RecordId id, const QDateTime &start)
{
    PmsPage page;
    page.kind = ResourceKind::Appointments;
    Appointment a;
    a.id = id;
    a.patientId = 100;
    a.practitionerId = 10;
    a.locationId = 1;
    a.appointmentTypeId = 7;
    a.startsAt = start;
    a.endsAt = start.addSecs(1800);
    a.createdAt = start.addDays(-7);
    a.updatedAt = start.addDays(-1);
    page.appointments = {a};
    page.maxUpdatedAt = a.updatedAt;
    return page;
}

// One appointment written by the agent's store; returns the change's sequence number.
qint64 writeAppointment(ServerSyncStore &store, RecordId id, const QDateTime &start)
{
    SyncCheckpoint checkpoint;
    checkpoint.cursor = QStringLiteral("page-%1").arg(id);
    ChangeSet changes;
    RoutiqError error;
    INFO(error.details.toStdString());
    REQUIRE(store.applyPage(onePage(id, start), checkpoint, &changes, &error));
    REQUIRE(store.lastChangeSequence() > 0);
    return store.lastChangeSequence();
}

std::unique_ptr<ServerSyncStore> openStore(const ServerConnInfo &info, const QString &clinic)
{
    RoutiqError error;
    auto store = ServerSyncStore::open(info, clinic, kZone, &error);
    INFO(error.code.toStdString() << ": " << error.details.toStdString());
    REQUIRE(store);
    return store;
}

// The feed's delays, fired by the test: no timer runs on its own.
struct ManualScheduler
{
    struct Pending
    {
        int delayMs;
        std::function<void()> run;
    };
    std::deque<Pending> pending;
    ServerChangeFeed::Scheduler scheduler()
    {
        return [this](int delayMs, std::function<void()> run) {
            pending.push_back({delayMs, std::move(run)});
        };
    }
    // Runs the oldest pending callback with this delay; false when there is none.
    bool fire(int delayMs)
    {
        for (auto it = pending.begin(); it != pending.end(); ++it) {
            if (it->delayMs == delayMs) {
                auto run = std::move(it->run);
                pending.erase(it);
                run();
                return true;
            }
        }
        return false;
    }
};

QList<qint64> seqsIn(const QSignalSpy &spy)
{
    QList<qint64> out;
    for (const QList<QVariant> &args : spy)
        for (const auto &c : args.first().value<QList<ServerChangeFeed::Change>>())
            out.append(c.seq);
    return out;
}

} // namespace

TEST_CASE("each committed change is NOTIFYed with its clinic, sequence and local dates, at commit")
{
    PgServer &server = PgServer::shared();
    const ServerConnInfo info = infoFor(initialised(server));
    // A plain listener on its own connection, as any viewer would LISTEN.
    RoutiqError error;
    auto listener = ServerConnection::open(info, &error);
    REQUIRE(listener);
    QSqlDriver *driver = listener->database().driver();
    REQUIRE(driver->subscribeToNotification(QString::fromLatin1(ChangeNotice::channel)));
    QSignalSpy notified(driver, &QSqlDriver::notification);

    auto store = openStore(info, QStringLiteral("north"));
    const QDateTime start(QDate(2026, 11, 30), QTime(23, 0), Qt::UTC); // 1 Dec in Sydney
    const qint64 seq = writeAppointment(*store, 5001, start);
    REQUIRE((notified.count() > 0 || notified.wait(10'000)));
    const QJsonObject payload =
        QJsonDocument::fromJson(notified.first().at(2).toString().toUtf8()).object();
    CHECK(payload.value(QStringLiteral("clinic")).toString() == QStringLiteral("north"));
    CHECK(qint64(payload.value(QStringLiteral("seq")).toDouble()) == seq);
    CHECK(payload.value(QStringLiteral("dates")).toVariant().toStringList() ==
          QStringList{QStringLiteral("2026-12-01")});
}

TEST_CASE("a notice with too many dates to fit a NOTIFY leaves them out")
{
    ChangeNotice notice;
    notice.clinic = QStringLiteral("north");
    notice.seq = 42;
    for (int i = 0; i < 2000; ++i)
        notice.dates.append(QDate(2020, 1, 1).addDays(i));
    const QByteArray payload = notice.toPayload();
    CHECK(payload.size() < 8000);
    const auto back = ChangeNotice::fromPayload(QString::fromUtf8(payload));
    REQUIRE(back);
    CHECK(back->seq == 42);
    CHECK(back->datesOmitted);
    notice.dates = {QDate(2026, 12, 1)};
    const auto small = ChangeNotice::fromPayload(QString::fromUtf8(notice.toPayload()));
    REQUIRE(small);
    CHECK_FALSE(small->datesOmitted);
    CHECK(small->dates == QList<QDate>{QDate(2026, 12, 1)});
}

TEST_CASE("the change feed sees each of its clinic's changes once, and no other clinic's")
{
    PgServer &server = PgServer::shared();
    const ServerConnInfo info = infoFor(initialised(server));
    ManualScheduler timers;
    ServerChangeFeed::Options options;
    options.schedule = timers.scheduler();
    ServerChangeFeed feed(info, QStringLiteral("north"), options);
    QSignalSpy changed(&feed, &ServerChangeFeed::changed);
    auto north = openStore(info, QStringLiteral("north"));
    auto south = openStore(info, QStringLiteral("south"));
    const QDateTime start(QDate(2026, 12, 1), QTime(1, 0), Qt::UTC);
    const qint64 before = writeAppointment(*north, 6001, start); // before the feed: not shown
    feed.start();
    REQUIRE(feed.state() == ServerChangeFeed::State::Live);
    CHECK(feed.lastSeenSequence() == before);

    writeAppointment(*south, 7001, start);
    const qint64 seq = writeAppointment(*north, 6002, start.addDays(2));
    REQUIRE((changed.count() > 0 || changed.wait(10'000)));
    CHECK(seqsIn(changed) == QList<qint64>{seq});
    const auto change = changed.first().first().value<QList<ServerChangeFeed::Change>>().first();
    CHECK(change.dates == QList<QDate>{QDate(2026, 12, 3)});
    // A heartbeat finds nothing new and emits nothing.
    REQUIRE(timers.fire(options.heartbeatMs));
    CHECK(changed.count() == 1);
}

TEST_CASE("a follower of a restarted server shows reconnecting, backs off, resubscribes and "
          "misses no change made while it was away")
{
    QString whyNot;
    auto own = PgServer::start(&whyNot); // its own server: the others' tests keep theirs
    INFO(whyNot.toStdString());
    REQUIRE(own);
    const ServerConnInfo info = infoFor(initialised(*own));
    ManualScheduler timers;
    ServerChangeFeed::Options options;
    options.schedule = timers.scheduler();
    options.firstRetryMs = 100;
    options.maxRetryMs = 400;
    ServerChangeFeed feed(info, QStringLiteral("north"), options);
    QSignalSpy changed(&feed, &ServerChangeFeed::changed);
    QSignalSpy states(&feed, &ServerChangeFeed::stateChanged);
    feed.start();
    REQUIRE(feed.state() == ServerChangeFeed::State::Live);
    const QDateTime start(QDate(2026, 12, 1), QTime(1, 0), Qt::UTC);
    {
        auto store = openStore(info, QStringLiteral("north"));
        const qint64 first = writeAppointment(*store, 8001, start);
        REQUIRE((changed.count() > 0 || changed.wait(10'000)));
        CHECK(seqsIn(changed) == QList<qint64>{first});
    }

    QString output;
    INFO(output.toStdString());
    REQUIRE(own->stop(&output));
    states.clear();
    REQUIRE(timers.fire(options.heartbeatMs)); // the next heartbeat finds the server gone
    CHECK(feed.state() == ServerChangeFeed::State::Reconnecting);
    REQUIRE(states.count() >= 1);
    CHECK(states.first().first().value<ServerChangeFeed::State>() ==
          ServerChangeFeed::State::Reconnecting);
    // Still down: each retry fails and waits twice as long, up to the maximum.
    REQUIRE(timers.fire(100));
    CHECK(feed.state() == ServerChangeFeed::State::Reconnecting);
    REQUIRE(timers.fire(200));
    REQUIRE(timers.fire(400));
    CHECK(feed.nextRetryDelayMs() == 400);

    REQUIRE(own->startAgain(&output));
    // Changes committed while the follower was away: no notification reaches it.
    qint64 second = 0, third = 0;
    {
        auto store = openStore(info, QStringLiteral("north"));
        second = writeAppointment(*store, 8002, start.addDays(1));
        third = writeAppointment(*store, 8003, start.addDays(2));
    }
    changed.clear();
    REQUIRE(timers.fire(400));
    CHECK(feed.state() == ServerChangeFeed::State::Live);
    CHECK(seqsIn(changed) == QList<qint64>{second, third});
    CHECK(feed.nextRetryDelayMs() == options.firstRetryMs);

    // Resubscribed: a change now arrives by notification, without a heartbeat.
    changed.clear();
    auto store = openStore(info, QStringLiteral("north"));
    const qint64 fourth = writeAppointment(*store, 8004, start.addDays(3));
    REQUIRE((changed.count() > 0 || changed.wait(10'000)));
    CHECK(seqsIn(changed) == QList<qint64>{fourth});
}
