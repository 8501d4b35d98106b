// shared_bench (issue 16): one clinic on a real PostgreSQL 15 (tests/support/pgserver), synced
// by the real agent (`routiq-cli --server … sync --clinic ID --watch`, a process) from a Cliniko
// simulator on loopback with its rate limit on, followed by N simulated dashboard clients. Each
// client is a viewer PC: a thread with its own connections — a ServerChangeFeed (LISTEN) and a
// ServerClinicMetrics (its connection and its fact reader's), i.e. what `metrics --follow` does —
// so three server connections per client; each change re-reads only the local dates it touched.
// Then a burst of PMS changes (a cancelled booking each) at the simulator. Prints, for 1 client, N
// clients and 20 clients: PMS change -> every client's new figures (p50, p95, max), the agent's
// commit -> figures, the agent's PMS request rate, the server's connection count at the peak and
// the bench's RSS per client. A figure, not a check. Run it under tests/support/with-keyring (the
// agent keeps the PMS key in the keychain):
//   shared_bench [--clients 200] [--changes 20] [--seconds 10]
#include "e2etestsupport.h"
#include "pgserver.h"
#include "shared/serverchangefeed.h"
#include "shared/serverclinicmetrics.h"
#include "shared/serverconninfo.h"
#include "simulator/clinikosimulator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <malloc.h>
#include <memory>
#include <mutex>
#include <vector>

using namespace routiq;
using namespace routiq::test;

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

qint64 residentKb()
{
    malloc_trim(0); // what an earlier run freed is not counted against this one
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

int option(const QStringList &args, const char *name, int fallback)
{
    const qsizetype i = args.indexOf(QLatin1String(name));
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
}

// One viewer PC, living on its own thread: the change feed says when to compute again, the
// figures are computed from the server's facts, and each new cancellation count is noted with
// the time it was seen.
class DashboardClient : public QObject
{
public:
    DashboardClient(ServerConnInfo server, MetricsRequest request)
        : m_server(std::move(server)), m_request(std::move(request))
    {}

    void begin() // on the client's thread
    {
        m_feed = std::make_unique<ServerChangeFeed>(m_server, m_request.clinicId,
                                                    ServerChangeFeed::Options());
        connect(m_feed.get(), &ServerChangeFeed::changed, this,
                [this](const QList<ServerChangeFeed::Change> &changes) {
                    // As `metrics --follow` and the app: only the changed dates are read again.
                    RoutiqError error;
                    if (m_metrics && m_metrics->apply(ServerChangeFeed::datesOf(changes), &error))
                        compute();
                });
        m_feed->start(); // subscribed before the first figures, as metrics --follow does
        RoutiqError error;
        m_metrics = ServerClinicMetrics::open(m_server, m_request.clinicId, &error);
        if (!m_metrics || m_feed->state() != ServerChangeFeed::State::Live) {
            failed = true;
            return;
        }
        compute();
    }
    void end() // on the client's thread
    {
        m_feed.reset();
        m_metrics.reset();
    }
    std::vector<std::pair<qint64, int>> seen() const
    {
        std::lock_guard lock(m_mutex);
        return m_seen;
    }
    std::vector<double> refreshMs() const // each fact read + computation, on this machine
    {
        std::lock_guard lock(m_mutex);
        return m_refreshMs;
    }

    std::atomic<int> latest{-1};
    std::atomic<bool> failed{false};

private:
    void compute()
    {
        RoutiqError error;
        QElapsedTimer took;
        took.start();
        const auto snapshot =
            m_metrics->compute(m_request, QDateTime::currentDateTimeUtc(), &error);
        {
            std::lock_guard lock(m_mutex);
            m_refreshMs.push_back(double(took.elapsed()));
        }
        if (!snapshot)
            return;
        const int count = snapshot->current.cancellations;
        if (count == latest)
            return;
        {
            std::lock_guard lock(m_mutex);
            m_seen.emplace_back(nowMs(), count);
        }
        latest = count;
    }

    ServerConnInfo m_server;
    MetricsRequest m_request;
    std::unique_ptr<ServerChangeFeed> m_feed;
    std::unique_ptr<ServerClinicMetrics> m_metrics;
    mutable std::mutex m_mutex;
    std::vector<std::pair<qint64, int>> m_seen;
    std::vector<double> m_refreshMs;
};

struct Bench
{
    PgServer &pg;
    QString database;
    ClinikoSimulator &sim;
    ServerConnInfo server;
    MetricsRequest request;
    std::vector<RecordId> bookings; // still on, in the request's range: one per change
    size_t nextBooking = 0;
    int changes = 20;
    int seconds = 10;
    int idleMs = 10'000;

    int psqlCount(const QString &sql) const
    {
        QString out;
        if (pg.psql(database, QStringLiteral("postgres"),
                    QStringLiteral("\\pset tuples_only on\n") + sql, &out) != 0)
            return -1;
        return out.trimmed().toInt();
    }
    std::vector<qint64> commitsSince(qint64 fromMs) const
    {
        QString out;
        pg.psql(database, QStringLiteral("postgres"),
                QStringLiteral("COPY (SELECT committed_at FROM clinic_changes WHERE committed_at "
                               ">= %1 ORDER BY committed_at) TO STDOUT;")
                    .arg(fromMs),
                &out);
        std::vector<qint64> list;
        for (const QString &line : out.split(u'\n', Qt::SkipEmptyParts))
            if (bool ok = false; (void)line.trimmed().toLongLong(&ok), ok)
                list.push_back(line.trimmed().toLongLong());
        return list;
    }

    static double at(const std::vector<double> &list, double q)
    {
        return list.empty() ? -1.0
                            : list[std::min(list.size() - 1, size_t(q * double(list.size())))];
    }

    void run(const char *label, int count)
    {
        std::printf("\n== %s: %d client%s (3 server connections each) ==\n", label, count,
                    count == 1 ? "" : "s");
        std::fflush(stdout);
        const qint64 rssBefore = residentKb();
        std::vector<std::unique_ptr<QThread>> threads;
        std::vector<std::unique_ptr<DashboardClient>> clients;
        for (int i = 0; i < count; ++i) {
            auto client = std::make_unique<DashboardClient>(server, request);
            auto thread = std::make_unique<QThread>();
            client->moveToThread(thread.get());
            thread->start();
            QMetaObject::invokeMethod(
                client.get(), [c = client.get()] { c->begin(); }, Qt::QueuedConnection);
            clients.push_back(std::move(client));
            threads.push_back(std::move(thread));
        }
        QElapsedTimer connecting;
        connecting.start();
        const bool ready = spinUntil(
            [&] {
                return std::all_of(clients.begin(), clients.end(),
                                   [](const auto &c) { return c->failed || c->latest >= 0; });
            },
            600'000);
        const int failed = int(std::count_if(clients.begin(), clients.end(),
                                             [](const auto &c) { return bool(c->failed); }));
        const qint64 rssAfter = residentKb();
        std::printf("clients with first figures: %s (%d failed) in %.1f s\n",
                    ready && failed == 0 ? "all" : "NOT ALL", failed,
                    double(connecting.elapsed()) / 1000);
        std::printf("bench RSS: %lld kB before the clients, %lld kB with them: %.0f kB per "
                    "client\n",
                    rssBefore, rssAfter, double(rssAfter - rssBefore) / count);
        // The agent's polling with the clients following and no change at the PMS.
        const qsizetype idleBefore = sim.requests().size();
        const qint64 idleStart = nowMs();
        spinUntil([&] { return nowMs() - idleStart >= idleMs; }, idleMs + 1000);
        std::printf("agent's PMS requests, no change, clients following: %lld in %.1f s = %.0f "
                    "per minute\n",
                    qint64(sim.requests().size() - idleBefore), double(nowMs() - idleStart) / 1000,
                    double(sim.requests().size() - idleBefore) * 60'000 /
                        double(nowMs() - idleStart));
        std::vector<int> baseline;
        for (const auto &c : clients)
            baseline.push_back(c->latest);
        const qsizetype requestsBefore = sim.requests().size();
        const qint64 runStart = nowMs();

        // The burst: `changes` cancellations spread over `seconds`, at the simulator.
        int peakConnections = psqlCount(QStringLiteral("SELECT count(*) FROM pg_stat_activity;"));
        const qint64 burstStart = nowMs();
        std::vector<qint64> changedAt;
        for (int k = 0; k < changes && nextBooking < bookings.size(); ++k) {
            const qint64 due = burstStart + qint64(k) * seconds * 1000 / changes;
            spinUntil([&] { return nowMs() >= due; }, seconds * 1000 + 1000);
            if (!sim.cancelAppointment(bookings[nextBooking++]))
                continue;
            changedAt.push_back(nowMs());
            if (k == changes / 2)
                peakConnections =
                    std::max(peakConnections,
                             psqlCount(QStringLiteral("SELECT count(*) FROM pg_stat_activity;")));
        }
        const int made = int(changedAt.size());
        const bool all = spinUntil(
            [&] {
                for (size_t i = 0; i < clients.size(); ++i)
                    if (!clients[i]->failed && clients[i]->latest < baseline[i] + made)
                        return false;
                return true;
            },
            120'000);
        const qint64 burstEnd = nowMs();
        // The agent's PMS requests during the burst: from its start to the last figures.
        const qsizetype requests = sim.requests().size() - requestsBefore;
        const double minutes = double(burstEnd - runStart) / 60'000;

        // Each client's count went up to baseline + k: change k reached it then.
        const std::vector<qint64> commits = commitsSince(burstStart - 5'000);
        std::vector<double> latencies, fromCommit;
        for (size_t i = 0; i < clients.size(); ++i) {
            int reached = 0; // changes this client has seen
            for (const auto &[time, cancelled] : clients[i]->seen()) {
                const int upTo = std::min(made, cancelled - baseline[i]);
                for (; reached < upTo; ++reached)
                    latencies.push_back(double(time - changedAt[size_t(reached)]));
                // The commit that woke the client: the last one before it saw the figures.
                const auto commit = std::upper_bound(commits.begin(), commits.end(), time);
                if (upTo > 0 && commit != commits.begin())
                    fromCommit.push_back(double(time - *std::prev(commit)));
            }
        }
        std::sort(latencies.begin(), latencies.end());
        std::sort(fromCommit.begin(), fromCommit.end());
        std::printf("changes: %d over %d s; deliveries: %zu of %d%s\n", made, seconds,
                    latencies.size(), made * count, all ? "" : " (timed out waiting)");
        std::printf("PMS change -> client's new figures: p50 %.0f ms, p95 %.0f ms (target p95 <= "
                    "1000 ms), max %.0f ms (the agent polls the PMS every 2 s)\n",
                    at(latencies, 0.5), at(latencies, 0.95),
                    latencies.empty() ? -1.0 : latencies.back());
        std::printf("  of which agent's commit -> client's new figures: p50 %.0f ms, p95 %.0f "
                    "ms, max %.0f ms (%zu commits)\n",
                    at(fromCommit, 0.5), at(fromCommit, 0.95),
                    fromCommit.empty() ? -1.0 : fromCommit.back(), commits.size());
        std::printf("agent's PMS requests during the burst: %lld in %.1f s = %.0f per minute "
                    "(Cliniko allows 200)\n",
                    qint64(requests), minutes * 60, double(requests) / minutes);
        std::vector<double> refresh;
        for (const auto &c : clients) {
            const std::vector<double> mine = c->refreshMs();
            refresh.insert(refresh.end(), mine.begin(), mine.end());
        }
        std::sort(refresh.begin(), refresh.end());
        std::printf(
            "one client's refresh (the changed days read + figures, all clients sharing this "
            "machine's cores): p50 %.0f ms, p95 %.0f ms (%zu refreshes)\n",
            at(refresh, 0.5), at(refresh, 0.95), refresh.size());
        std::printf("server connections at the peak (pg_stat_activity): %d\n", peakConnections);
        std::fflush(stdout);

        for (size_t i = 0; i < clients.size(); ++i) {
            QMetaObject::invokeMethod(
                clients[i].get(), [c = clients[i].get()] { c->end(); },
                Qt::BlockingQueuedConnection);
            threads[i]->quit();
            threads[i]->wait();
        }
    }
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int clients = option(args, "--clients", 200);
    const int changes = option(args, "--changes", 20);
    const int seconds = option(args, "--seconds", 10);
    // Hundreds of "connected to the server" lines would bury the figures.
    QLoggingCategory::setFilterRules(QStringLiteral("routiq.storage.info=false"));

    PgServer::Options options;
    options.maxConnections = 3 * std::max(clients, 20) + 50;
    QString whyNot;
    const std::unique_ptr<PgServer> pg = PgServer::start(&whyNot, options);
    if (!pg) {
        std::fprintf(stderr, "shared_bench: %s\n", qPrintable(whyNot));
        return 1;
    }
    ClinikoSimulator sim(smallClinic(120, 500)); // its rate limit on, as Cliniko's
    if (!sim.start()) {
        std::fprintf(stderr, "shared_bench: the simulator did not start\n");
        return 1;
    }
    const QString database = pg->createDatabase();
    const QString conninfo = pg->conninfo(database);
    QTemporaryDir dir;
    Cli cli(dir.filePath(QStringLiteral("data")));
    cli.globalArgs = {QStringLiteral("--server"), conninfo};
    const QString clinic = QStringLiteral("bench");
    QString out, err;
    if (cli.run({QStringLiteral("server"), QStringLiteral("init")}, &out, &err) != 0 ||
        !cli.addClinic(clinic, QStringLiteral("cliniko"), sim.baseUrl(), sim.apiKey())) {
        std::fprintf(stderr, "shared_bench: server init or clinic add failed: %s\n",
                     qPrintable(err));
        return 1;
    }
    QElapsedTimer backfill;
    backfill.start();
    if (cli.run({QStringLiteral("sync"), QStringLiteral("--clinic"), clinic}, &out, &err) != 0) {
        std::fprintf(stderr, "shared_bench: the backfill failed: %s\n", qPrintable(err));
        return 1;
    }
    std::printf("backfill (rate-limited, %lld PMS requests): %.1f s\n",
                qint64(sim.requests().size()), double(backfill.elapsed()) / 1000);

    // The agent, as it runs beside the server.
    QObject owner;
    QProcess *agent = cli.start(
        {QStringLiteral("sync"), QStringLiteral("--clinic"), clinic, QStringLiteral("--watch")},
        &owner);
    QString agentErr;
    QObject::connect(agent, &QProcess::readyReadStandardError, &owner,
                     [&] { agentErr += QString::fromUtf8(agent->readAllStandardError()); });
    QObject::connect(agent, &QProcess::readyReadStandardOutput, &owner,
                     [&] { agent->readAllStandardOutput(); });
    if (!spinUntil([&] { return agentErr.contains(QStringLiteral("agent for clinic")); }, 60'000)) {
        std::fprintf(stderr, "shared_bench: the agent did not start: %s\n", qPrintable(agentErr));
        return 1;
    }

    RoutiqError error;
    const auto info = ServerConnInfo::parse(conninfo, &error);
    if (!info) {
        std::fprintf(stderr, "shared_bench: %s\n", qPrintable(error.message));
        return 1;
    }
    const QDate today = QDate::currentDate();
    MetricsRequest request;
    request.clinicId = clinic;
    request.startDate = today.addDays(-100);
    request.endDate = today.addDays(60);
    {
        // Once before the clients: the driver and libpq loaded, not counted per client.
        const auto metrics = ServerClinicMetrics::open(*info, clinic, &error);
        if (!metrics ||
            !metrics->compute(request, QDateTime::currentDateTimeUtc(), &error).has_value()) {
            std::fprintf(stderr, "shared_bench: %s\n", qPrintable(error.message));
            return 1;
        }
    }
    Bench bench{*pg, database, sim, *info, request, {}, 0, changes, seconds, 10'000};
    for (const SimAppointment &a : sim.clinic().appointments) {
        const qint64 days = today.daysTo(a.startsAt.toUTC().date());
        if (!a.isCancelled() && !a.isArchived() && days > -95 && days < 55)
            bench.bookings.push_back(a.id);
    }
    std::printf("shared_bench on %s, %d cores; clinic: %zu bookings to cancel in range\n",
                qPrintable(QDateTime::currentDateTimeUtc().toString(Qt::ISODate)),
                QThread::idealThreadCount(), bench.bookings.size());

    // The largest last: the memory it leaves behind is not counted against a smaller run.
    bench.run("one viewer", 1);
    bench.run("one PC's loopback", 20);
    bench.run("a clinic's dashboards", clients);

    agent->terminate();
    agent->waitForFinished(30'000);
    return 0;
}
