// api_bench (issue 19): `routiq-cli serve` with many WebSocket clients on one clinic during a
// burst of PMS changes. Prints the delivery latency from the cache's change (its files' mtime
// after each sync) to each client's message (p50, p95, max), the server's memory per connection
// and CPU during the burst, and GET /metrics throughput. A figure, not a check. Run it under
// tests/support/with-keyring:  api_bench [--clients 1000] [--changes 10] [--seconds 5]
#include "../api/apitestsupport.h"

#include "storage/appdatabase.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
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
    std::vector<qint64> lastReceivedMs(size_t(clients), 0);
    std::vector<int> received(size_t(clients), 0);
    for (int i = 0; i < clients; ++i) {
        auto ws = std::make_unique<QWebSocket>();
        QObject::connect(ws.get(), &QWebSocket::textMessageReceived, [&, i](const QString &) {
            lastReceivedMs[size_t(i)] = QDateTime::currentMSecsSinceEpoch();
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

    // The burst: one cancelled booking of this week per change, each synced into the cache.
    std::vector<double> latencies;
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
        std::vector<int> before = received;
        f.sim.cancelAppointment(a.id);
        if (f.admin.run(words({"sync", "--clinic", "north"})) != 0)
            break;
        const qint64 changed = changedAtMs(cache);
        test::spinUntil(
            [&] {
                for (size_t i = 0; i < received.size(); ++i)
                    if (received[i] == before[i])
                        return false;
                return true;
            },
            30000);
        for (size_t i = 0; i < received.size(); ++i)
            if (received[i] > before[i])
                latencies.push_back(double(lastReceivedMs[i] - changed));
        ++made;
    }
    const double cpuUsed = cpuSeconds(pid) - cpuStart;
    std::sort(latencies.begin(), latencies.end());
    auto at = [&](double q) {
        return latencies.empty() ? -1.0
                                 : latencies[std::min(latencies.size() - 1,
                                                      size_t(q * double(latencies.size())))];
    };
    std::printf("changes: %d, deliveries: %zu of %d\n", made, latencies.size(), made * clients);
    std::printf("change -> delivered: p50 %.0f ms, p95 %.0f ms, max %.0f ms\n", at(0.5), at(0.95),
                latencies.empty() ? -1.0 : latencies.back());
    std::printf("server CPU during the burst: %.2f s in %.2f s wall (%.0f %%)\n", cpuUsed,
                double(wall.elapsed()) / 1000, 100 * cpuUsed / (double(wall.elapsed()) / 1000));
    sockets.clear();

    // GET throughput: as many requests in flight as the network manager keeps connections.
    QNetworkAccessManager nam;
    const QUrl get = server.url(QStringLiteral("/api/v1/clinics/north/metrics?period=month"));
    int done = 0, failed = 0;
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
    std::printf("GET /metrics (month): %.0f requests/s (%d in %d s, %d failed; computed per "
                "request from the cache)\n",
                double(done) / seconds, done, seconds, failed);
    return 0;
}
