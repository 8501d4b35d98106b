// api_bench (issue 19): `routiq-cli serve` with many WebSocket clients on one clinic during a
// burst of PMS changes. Prints the delivery latency from the figures' change (the first cache
// write of each sync pass) to each client's first message with the new figures (p50, p95,
// max), the server's memory per connection and CPU during the burst, and GET /metrics
// throughput. A figure, not a check. Run it under
// tests/support/with-keyring:  api_bench [--clients 1000] [--changes 10] [--seconds 5]
#include "../api/apitestsupport.h"

#include "storage/appdatabase.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileSystemWatcher>
#include <QWebSocket>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <unistd.h>

using namespace routiq;
using namespace routiq::apitest;

namespace {

qint64 residentKb(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

double cpuSeconds(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of stat (11 and 12 after the name).
    return double(fields.value(11).toLongLong() + fields.value(12).toLongLong()) /
           double(sysconf(_SC_CLK_TCK));
}

qint64 changedAtMs(const QString &cache)
{
    qint64 latest = 0;
    for (const QString &f : QStringList{cache, cache + QStringLiteral("-wal")}) {
        const QFileInfo info(f);
        if (info.exists())
            latest = std::max(latest, info.lastModified().toMSecsSinceEpoch());
    }
    return latest;
}

int option(const QStringList &args, const char *name, int fallback)
{
    const qsizetype i = args.indexOf(QLatin1String(name));
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int clients = option(args, "--clients", 1000);
    const int changes = option(args, "--changes", 10);
    const int seconds = option(args, "--seconds", 5);

    Folder f;
    if (!f.make()) {
        std::fprintf(stderr, "api_bench: could not make and sync the data folder\n");
        return 1;
    }
    Server server;
    if (!server.start(f.admin, {QStringLiteral("[api]"),
                                QStringLiteral("maxConnections=%1").arg(clients + 10),
                                QStringLiteral("requestsPerMinute=1000000")})) {
        std::fprintf(stderr, "api_bench: serve did not start\n");
        return 1;
    }
    const qint64 pid = server.process->processId();
    const QByteArray token =
        accessToken(signIn(server, QStringLiteral("sam"), passwordIn(f.staff.passwordFile)));
    const QString cache = AppDatabase::clinicDatabasePath(f.admin.dataDir, QStringLiteral("north"));
    QUrl live = server.url(QStringLiteral("/ws/clinics/north/metrics?period=week&access_token=") +
                           QString::fromLatin1(token));
    live.setScheme(QStringLiteral("ws"));

    const qint64 rssBefore = residentKb(pid);
    std::vector<std::unique_ptr<QWebSocket>> sockets;
    std::vector<int> received(size_t(clients), 0);
    std::vector<int> cancellations(size_t(clients), -1);    // in the last figures each client got
    std::vector<qint64> newFiguresAtMs(size_t(clients), 0); // when they last went up
    for (int i = 0; i < clients; ++i) {
        auto ws = std::make_unique<QWebSocket>();
        QObject::connect(ws.get(), &QWebSocket::textMessageReceived, [&, i](const QString &text) {
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            // The figure, found without parsing the whole message: this process plays a
            // thousand clients, and its own parsing must not be what is measured.
            static const QString key = QStringLiteral("\"cancellations\":");
            const qsizetype at = text.indexOf(key);
            int c = -1;
            if (at >= 0) {
                qsizetype end = at + key.size();
                while (end < text.size() && text.at(end).isDigit())
                    ++end;
                c = QStringView(text).mid(at + key.size(), end - at - key.size()).toInt();
            }
            if (cancellations[size_t(i)] >= 0 && c > cancellations[size_t(i)])
                newFiguresAtMs[size_t(i)] = now;
            if (c >= 0)
                cancellations[size_t(i)] = c;
            ++received[size_t(i)];
        });
        ws->open(live);
        sockets.push_back(std::move(ws));
    }
    const bool connected = test::spinUntil(
        [&] { return std::all_of(received.begin(), received.end(), [](int n) { return n >= 1; }); },
        300000);
    const qint64 rssConnected = residentKb(pid);
    std::printf("clients connected: %s (%d)\n", connected ? "all" : "NOT ALL", clients);
    std::printf("memory per connection: %.1f kB (server RSS %lld -> %lld kB)\n",
                double(rssConnected - rssBefore) / clients, rssBefore, rssConnected);

    // When the figures changed: the first write to the cache of each sync pass (its files'
    // mtime when this process first hears of it), at or before the write that holds the
    // cancelled booking, so the latency below is an upper bound.
    QFileSystemWatcher watcher;
    watcher.addPath(QFileInfo(cache).absolutePath());
    watcher.addPath(cache);
    qint64 firstWriteMs = 0;
    qint64 lastWalWriteMs = 0; // the pass's last commit (the WAL goes when the sync closes)
    const QString wal = cache + QStringLiteral("-wal");
    auto noteWrite = [&] {
        if (const QFileInfo w(wal); w.exists())
            lastWalWriteMs = std::max(lastWalWriteMs, w.lastModified().toMSecsSinceEpoch());
        if (qEnvironmentVariableIsSet("API_BENCH_TRACE"))
            std::printf("  write seen at %lld, mtime %lld\n", QDateTime::currentMSecsSinceEpoch(),
                        changedAtMs(cache));
        if (firstWriteMs == 0)
            firstWriteMs = changedAtMs(cache);
    };
    QObject::connect(&watcher, &QFileSystemWatcher::fileChanged, noteWrite);
    QObject::connect(&watcher, &QFileSystemWatcher::directoryChanged, noteWrite);

    // The burst: one cancelled booking of this week per change, each synced into the cache.
    std::vector<double> latencies;       // from the pass's first write: an upper bound
    std::vector<double> commitLatencies; // from its last commit: the figures' final write
    const double cpuStart = cpuSeconds(pid);
    QElapsedTimer wall;
    wall.start();
    const QDate today = QDate::currentDate();
    int made = 0;
    for (const SimAppointment &a : f.sim.clinic().appointments) {
        if (made == changes)
            break;
        const QDate day = a.startsAt.toLocalTime().date();
        if (a.isCancelled() || a.isArchived() || day.weekNumber() != today.weekNumber() ||
            day.year() != today.year())
            continue;
        const std::vector<int> before = cancellations;
        f.sim.cancelAppointment(a.id);
        firstWriteMs = 0;
        lastWalWriteMs = 0;
        if (f.admin.run(words({"sync", "--clinic", "north"})) != 0)
            break;
        if (firstWriteMs == 0)
            firstWriteMs = changedAtMs(cache);
        test::spinUntil(
            [&] {
                for (size_t i = 0; i < cancellations.size(); ++i)
                    if (cancellations[i] <= before[i])
                        return false;
                return true;
            },
            30000);
        for (size_t i = 0; i < cancellations.size(); ++i)
            if (cancellations[i] > before[i]) {
                latencies.push_back(double(newFiguresAtMs[i] - firstWriteMs));
                commitLatencies.push_back(
                    double(newFiguresAtMs[i] - (lastWalWriteMs ? lastWalWriteMs : firstWriteMs)));
            }
        if (qEnvironmentVariableIsSet("API_BENCH_TRACE"))
            std::printf("  first write %lld, first delivery %lld, last %lld\n", firstWriteMs,
                        *std::min_element(newFiguresAtMs.begin(), newFiguresAtMs.end()),
                        *std::max_element(newFiguresAtMs.begin(), newFiguresAtMs.end()));
        ++made;
    }
    const double cpuUsed = cpuSeconds(pid) - cpuStart;
    std::sort(latencies.begin(), latencies.end());
    std::sort(commitLatencies.begin(), commitLatencies.end());
    auto at = [](const std::vector<double> &list, double q) {
        return list.empty() ? -1.0
                            : list[std::min(list.size() - 1, size_t(q * double(list.size())))];
    };
    std::printf("changes: %d, deliveries: %zu of %d\n", made, latencies.size(), made * clients);
    std::printf("figures committed (the pass's last cache write) -> delivered: p50 %.0f ms, p95 "
                "%.0f ms, max %.0f ms\n",
                at(commitLatencies, 0.5), at(commitLatencies, 0.95),
                commitLatencies.empty() ? -1.0 : commitLatencies.back());
    std::printf("sync pass's first cache write -> delivered (includes the sync's own PMS reads): "
                "p50 %.0f ms, p95 %.0f ms, max %.0f ms\n",
                at(latencies, 0.5), at(latencies, 0.95),
                latencies.empty() ? -1.0 : latencies.back());
    std::printf("server CPU during the burst: %.2f s in %.2f s wall (%.0f %%)\n", cpuUsed,
                double(wall.elapsed()) / 1000, 100 * cpuUsed / (double(wall.elapsed()) / 1000));
    sockets.clear();

    // GET throughput: as many requests in flight as the network manager keeps connections.
    QNetworkAccessManager nam;
    const QUrl get = server.url(QStringLiteral("/api/v1/clinics/north/metrics?period=month"));
    int done = 0, failed = 0;
    const double getCpuStart = cpuSeconds(pid);
    QElapsedTimer clock;
    clock.start();
    std::function<void()> next = [&] {
        if (clock.elapsed() > seconds * 1000)
            return;
        QNetworkRequest r(get);
        r.setRawHeader("Authorization", "Bearer " + token);
        QNetworkReply *reply = nam.get(r);
        QObject::connect(reply, &QNetworkReply::finished, [&, reply] {
            (reply->error() == QNetworkReply::NoError ? done : failed)++;
            reply->deleteLater();
            next();
        });
    };
    for (int i = 0; i < 6; ++i)
        next();
    test::spinUntil([&] { return clock.elapsed() > seconds * 1000 + 2000; }, seconds * 1000 + 5000);
    std::printf("GET /metrics (month): %.0f requests/s (%d in %d s, %d failed; from the "
                "snapshot cache; server CPU %.2f s)\n",
                double(done) / seconds, done, seconds, failed, cpuSeconds(pid) - getCpuStart);
    return 0;
}
