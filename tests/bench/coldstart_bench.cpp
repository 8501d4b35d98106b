// Cold start of one clinic's figures from its encrypted cache (issue 17), step by step: the
// writer's open, quick_check on its own, a reader's open with a bare count(*) (the reference),
// reading every fact, building the index, the first snapshot from indexed reads only, and a
// five-year range. The 1M-appointment cache is written once (--cache FILE keeps it, with its
// key beside it in FILE.key, for the next run). Figures: docs/metrics-benchmark.md.
#include "benchclinic.h"

#include "core/clock.h"
#include "metrics/firstsnapshot.h"
#include "metrics/metricscalculator.h"
#include "metrics/metricsengine.h"
#include "metrics/rangeresolver.h"
#include "session/clinicsession.h"
#include "session/pmsadapterfactory.h"
#include "storage/cacheintegrity.h"
#include "storage/clinicdatabase.h"
#include "storage/clinicdatabasereader.h"
#include "storage/firstsnapshotreader.h"
#include "storage/sqlciphersupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace routiq;
using routiq::bench::BenchClinic;

namespace {

double msecs(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

struct Stats
{
    double median = 0;
    double max = 0;
};

Stats measure(int repeat, const std::function<void()> &fn)
{
    std::vector<double> times;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer t;
        t.start();
        fn();
        times.push_back(msecs(t));
    }
    std::sort(times.begin(), times.end());
    return {times[times.size() / 2], times.back()};
}

void print(const char *what, const Stats &s)
{
    std::printf("%-46s %9.1f ms median, %9.1f ms max\n", what, s.median, s.max);
}

// One start of a real ClinicSession on the cache (sync thread with the writer, metrics thread
// with the reader and engine), offline (the PMS address refuses connections, as on a laptop
// without network): the times from start() to the first snapshot and to the full index.
std::pair<double, double> sessionStart(const QString &path, const DatabaseKey &key,
                                       const Clock &clock)
{
    ClinicConnection c;
    c.id = QStringLiteral("bench");
    c.name = QStringLiteral("Bench");
    c.pmsKind = PmsKind::Cliniko;
    c.baseUrlOverride = QStringLiteral("http://127.0.0.1:9");
    c.timeZoneOverride = QStringLiteral("Australia/Sydney");
    c.contactEmail = QStringLiteral("bench@routiq.invalid");
    SyncEngine::Options options;
    options.keepPolling = false;
    ClinicSession session(c, path, key,
                          PmsAdapterFactory::forConnection(c, QStringLiteral("bench-key"), &clock),
                          &clock, options);
    MetricsRequest week;
    week.period = MetricsRequest::Period::Week;
    week.clinicId = c.id;
    session.setRequest(week);
    double first = -1, full = -1;
    QElapsedTimer t;
    QEventLoop loop;
    QObject::connect(&session, &ClinicSession::snapshotReady, &loop, [&] {
        if (first < 0)
            first = msecs(t);
    });
    QObject::connect(&session, &ClinicSession::fullIndexReady, &loop, [&] {
        full = msecs(t);
        loop.quit();
    });
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    t.start();
    session.start();
    loop.exec();
    session.stop();
    return {first, full};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Cold start benchmark"));
    parser.addHelpOption();
    const QCommandLineOption appointments(QStringLiteral("appointments"),
                                          QStringLiteral("Appointments to generate."),
                                          QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption cacheOption(QStringLiteral("cache"),
                                         QStringLiteral("Cache file to reuse (written if absent)."),
                                         QStringLiteral("file"));
    const QCommandLineOption repeat(QStringLiteral("repeat"), QStringLiteral("Repetitions."),
                                    QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption explain(QStringLiteral("explain"),
                                     QStringLiteral("Print the summary query's plan."));
    const QCommandLineOption firstOnly(QStringLiteral("first-only"),
                                       QStringLiteral("Stop after the first snapshots."));
    parser.addOptions({appointments, cacheOption, repeat, explain, firstOnly});
    parser.process(app);
    if (!SqlCipherSupport::ensureDriverAvailable().isNull()) {
        std::printf("coldstart_bench: no QSQLCIPHER driver\n");
        return 1;
    }
    BenchClinic::Options options;
    options.appointments = std::max(1LL, parser.value(appointments).toLongLong());
    options.patients = std::max<qint64>(1, options.appointments * 6 / 100);
    const int runs = std::clamp(parser.value(repeat).toInt(), 1, 100);

    QTemporaryDir dir;
    const QString path = parser.isSet(cacheOption) ? parser.value(cacheOption)
                                                   : dir.filePath(QStringLiteral("bench.db"));
    DatabaseKey key;
    QFile keyFile(path + QStringLiteral(".key"));
    if (QFileInfo::exists(path) && keyFile.open(QIODevice::ReadOnly)) {
        key = DatabaseKey::fromHex(QString::fromLatin1(keyFile.readAll().trimmed()));
    } else {
        key = DatabaseKey::generate();
        BenchClinic clinic(options);
        QElapsedTimer t;
        t.start();
        if (!BenchClinic::writeCache(path, key, clinic.all(), 20000)) {
            std::printf("coldstart_bench: writing the cache failed\n");
            return 1;
        }
        std::printf("cache written once (20,000 per page): %.1f s, %.1f MB\n", msecs(t) / 1000,
                    double(QFileInfo(path).size()) / 1e6);
        if (keyFile.open(QIODevice::WriteOnly))
            keyFile.write(key.toHex().toLatin1());
    }
    keyFile.close();
    std::printf("coldstart_bench: %s, %.1f MB, %d runs\n", qPrintable(QFileInfo(path).fileName()),
                double(QFileInfo(path).size()) / 1e6, runs);

    RoutiqError error;
    {
        QElapsedTimer t;
        t.start();
        auto db = ClinicDatabase::open({path, key, QTimeZone("Australia/Sydney")}, &error);
        std::printf("first writer open (migrations, if any)         %9.1f ms\n", msecs(t));
    }
    print("writer open (no quick_check)", measure(runs, [&] {
              auto db = ClinicDatabase::open({path, key, QTimeZone("Australia/Sydney")}, &error);
          }));
    print("quick_check (own connection)",
          measure(runs, [&] { error = CacheIntegrity::checkFile(path, key); }));
    print("reference: reader open + SELECT count(*)", measure(runs, [&] {
              auto reader = ClinicDatabaseReader::open(path, key, &error);
              QSqlQuery q(QSqlDatabase::database(reader->connectionName(), false));
              q.exec(QStringLiteral("SELECT count(*) FROM appointments"));
              q.next();
          }));
    ManualClock clock(QDateTime(BenchClinic::today(), QTime(0, 0), Qt::UTC));
    MetricsRequest week;
    week.period = MetricsRequest::Period::Week;
    week.clinicId = QStringLiteral("bench");
    MetricsRequest month = week;
    month.period = MetricsRequest::Period::Month;
    for (const MetricsRequest &request : {week, month}) {
        const char *name = request.period == MetricsRequest::Period::Week ? "week" : "month";
        const auto range = RangeResolver::resolve(request, BenchClinic::today(), &error);
        const PartialHistory days = FirstSnapshot::daysNeeded(*range);
        MetricsSnapshot fast;
        qsizetype rows = 0, patients = 0;
        const Stats s = measure(runs, [&] {
            auto reader = ClinicDatabaseReader::open(path, key, &error);
            const auto partial =
                FirstSnapshotReader::read(*reader, days.firstDay, days.lastDay, &error);
            if (!partial)
                return;
            rows = partial->facts.size();
            patients = partial->patients.size();
            fast = FirstSnapshot::compute(*partial, request, *range, {});
        });
        std::printf("first snapshot, %-5s (open + indexed reads)   %9.1f ms median, %9.1f ms "
                    "max (%lld rows, %lld patients, %d bookings)\n",
                    name, s.median, s.max, static_cast<long long>(rows),
                    static_cast<long long>(patients), fast.current.totalBookings);
    }
    {
        const auto range = RangeResolver::resolve(week, BenchClinic::today(), &error);
        const PartialHistory days = FirstSnapshot::daysNeeded(*range);
        auto reader = ClinicDatabaseReader::open(path, key, &error);
        if (qEnvironmentVariableIsSet("BENCH_CACHE_KIB")) {
            QSqlQuery pragma(QSqlDatabase::database(reader->connectionName(), false));
            pragma.exec(QStringLiteral("PRAGMA cache_size = -") +
                        qEnvironmentVariable("BENCH_CACHE_KIB"));
        }
        print("  of which: the week's facts alone", measure(runs, [&] {
                  reader->loadFactsBetween(days.firstDay, days.lastDay, &error);
              }));
        print("  of which: facts + summaries (no compute)", measure(runs, [&] {
                  FirstSnapshotReader::read(*reader, days.firstDay, days.lastDay, &error);
              }));
    }
    if (parser.isSet(explain)) {
        auto reader = ClinicDatabaseReader::open(path, key, &error);
        QSqlQuery q(QSqlDatabase::database(reader->connectionName(), false));
        q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + FirstSnapshotReader::summaryQuery());
        q.addBindValue(1);
        q.addBindValue(2);
        q.exec();
        while (q.next())
            std::printf("  plan: %s\n", qPrintable(q.value(3).toString()));
    }

    {
        std::vector<double> firsts, fulls;
        for (int i = 0; i < runs; ++i) {
            const auto [first, full] = sessionStart(path, key, clock);
            firsts.push_back(first);
            fulls.push_back(full);
        }
        std::sort(firsts.begin(), firsts.end());
        std::sort(fulls.begin(), fulls.end());
        std::printf("session start -> first snapshot (week)         %9.1f ms median, %9.1f ms "
                    "max\n",
                    firsts[firsts.size() / 2], firsts.back());
        std::printf("session start -> full index ready              %9.1f ms median, %9.1f ms "
                    "max\n",
                    fulls[fulls.size() / 2], fulls.back());
    }
    if (parser.isSet(firstOnly))
        return 0;
    QList<AppointmentFact> facts;
    print("reader open + read every fact", measure(runs, [&] {
              auto reader = ClinicDatabaseReader::open(path, key, &error);
              facts = reader->loadFacts(&error);
          }));
    MetricsEngine engine(&clock, QTimeZone("Australia/Sydney"));
    print("index build + first week", measure(runs, [&] { engine.loadFacts(facts); }));
    facts.clear();
    facts.squeeze();

    const MetricsCalculator calculator(engine.index());
    const ResolvedRange fiveYears = RangeResolver::withPreviousRange(
        BenchClinic::today().addYears(-5).addMonths(3), BenchClinic::today().addMonths(3));
    const MetricsCalculator scan(engine.index(), MetricsCalculator::Strategy::ScanOnly);
    print("five-year range (R + P), day-by-day scan", measure(runs, [&] {
              scan.compute(fiveYears, {});
              scan.computePrevious(fiveYears, {});
          }));
    // The first run builds the month blocks (the app does it behind its first full snapshot).
    print("five-year range (R + P), month blocks (D23)", measure(runs, [&] {
              calculator.compute(fiveYears, {});
              calculator.computePrevious(fiveYears, {});
          }));
    return 0;
}
