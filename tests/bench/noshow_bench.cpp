// Measures the no-show model on a large generated clinic written to a real encrypted cache:
// training (read every appointment, build the features, fit, calibrate, validate, store) with
// its time and the extra peak memory it needs, then scoring the upcoming bookings with reasons.
// Prints validation AUC and Brier skill too. Targets (issue 12): train <= 10 s and <= 150 MB
// extra at 1,000,000 appointments; score 1,000 upcoming bookings <= 50 ms. Figures for the
// reference machine are kept in docs/metrics-benchmark.md.
#include "bookingcache.h"
#include "syntheticclinic.h"

#include "core/clock.h"
#include "insights/noshowengine.h"
#include "storage/clinicdatabasereader.h"
#include "storage/sqlciphersupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>

#include <cstdio>

using namespace routiq;

namespace {

double msecs(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

qint64 statusKiB(const QByteArray &key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

// Resets the peak (VmHWM) to the current RSS, so the next peak is what follows (Linux >= 4.0).
bool resetPeak()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("No-show model benchmark"));
    parser.addHelpOption();
    const QCommandLineOption sizes(QStringLiteral("appointments"),
                                   QStringLiteral("Comma-separated clinic sizes."),
                                   QStringLiteral("n,n"), QStringLiteral("40000,1000000"));
    parser.addOption(sizes);
    parser.process(app);
    if (!SqlCipherSupport::ensureDriverAvailable().isNull()) {
        std::printf("noshow_bench: no QSQLCIPHER driver\n");
        return 1;
    }
    const QDateTime now(QDate(2026, 11, 25), QTime(0, 0), Qt::UTC);
    for (const QString &size : parser.value(sizes).split(QLatin1Char(','))) {
        const qint64 n = size.toLongLong();
        if (n <= 0)
            continue;
        test::SyntheticClinic::Params params;
        params.days = 5 * 365;
        params.futureDays = 14;
        params.bookingsPerDay = int(std::max<qint64>(1, n / (params.days + params.futureDays)));
        params.patients = int(std::max<qint64>(200, n / 16));
        std::vector<BookingRecord> rows =
            test::SyntheticClinic::generate(params, now.toMSecsSinceEpoch());
        std::printf("noshow_bench: %zu appointments, %d patients, 5 years\n", rows.size(),
                    params.patients);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bench.db"));
        const DatabaseKey key = DatabaseKey::generate();
        QElapsedTimer timer;
        timer.start();
        if (!test::writeBookingCache(path, key, rows)) {
            std::printf("  cache write failed\n");
            return 1;
        }
        std::printf("  cache write:                 %9.1f ms\n", msecs(timer));
        rows = {};
        rows.shrink_to_fit();

        RoutiqError error;
        auto reader = ClinicDatabaseReader::open(path, key, &error);
        if (!reader)
            return 1;
        ManualClock clock(now);
        NoShowEngine engine(reader->connectionName(), QStringLiteral("bench"), &clock);
        const bool peakReset = resetPeak();
        const qint64 rssBefore = statusKiB("VmRSS:");
        timer.restart();
        error = engine.retrain();
        const double trainMs = msecs(timer);
        const qint64 peak = statusKiB("VmHWM:");
        if (!error.isNull() || !engine.model()) {
            std::printf("  training failed: %s %s %s\n", qPrintable(engine.info().missing),
                        qPrintable(error.message), qPrintable(error.details));
            return 1;
        }
        const NoShowModelInfo &info = engine.info();
        std::printf("  train (read+fit+store):      %9.1f ms on %d outcomes\n", trainMs,
                    info.trainingBookings);
        if (peakReset)
            std::printf("  extra peak memory:           %9.1f MB\n",
                        double(peak - rssBefore) / 1024.0);
        std::printf("  validation AUC:              %9.3f on %d held-out bookings\n",
                    info.validationAuc, info.validationBookings);
        std::printf("  Brier skill vs base rate:    %9.3f (Brier %.4f, base rate %.3f)\n",
                    info.brierSkill, info.brierScore, info.baseRate);

        // Scoring as the worker does: the first reads the upcoming bookings' patients'
        // histories from the cache (then once an hour), every later one (after each change
        // set) scores from the histories held. Median of 5 for the latter.
        timer.restart();
        NoShowSnapshot s = engine.score(&error);
        const double firstMs = msecs(timer);
        std::vector<double> times;
        for (int i = 0; i < 5; ++i) {
            timer.restart();
            s = engine.score(&error);
            times.push_back(msecs(timer));
        }
        std::sort(times.begin(), times.end());
        const double scored = double(std::max<qsizetype>(1, s.bookings.size()));
        std::printf("  first score (reads histories): %7.1f ms for %lld upcoming bookings\n",
                    firstMs, static_cast<long long>(s.bookings.size()));
        std::printf("  rescore (histories held):    %9.1f ms (%.1f ms per 1,000 bookings)\n",
                    times[2], times[2] * 1000.0 / scored);
    }
    return 0;
}
