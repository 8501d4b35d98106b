// Measures the metrics engine on a large, deterministic, generated clinic (default: 1,000,000
// appointments, 60,000 patients, 5 years, 3 locations in 2 zones) and prints index build time,
// median week and month requests, an incremental 100-appointment change set, and peak RSS.
// Figures for the reference machine are kept in docs/metrics-benchmark.md.
#include "benchclinic.h"
#include "core/clock.h"
#include "insights/bookedtimereader.h"
#include "insights/forwardbookings.h"
#include "insights/lapsedpatients.h"
#include "metrics/metricscalculator.h"
#include "metrics/metricsengine.h"
#include "metrics/practitionerbreakdown.h"
#include "metrics/rangeresolver.h"
#include "storage/clinicdatabasereader.h"
#include "storage/sqlciphersupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <optional>
#include <vector>

using namespace routiq;

namespace {

struct Options
{
    qint64 appointments = 1'000'000;
    qint64 patients = 60'000;
    int years = 5;
    int repeat = 21;
    quint64 seed = 20261125;
    bool noCache = false; // --no-cache: skip the encrypted cache (and the forward read)
};

// "Today" for the generated clinic: the history ends a few months after it (future bookings).
const QDate today = bench::BenchClinic::today();

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

double msecs(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// A "VmHWM:" (peak) or "VmRSS:" (now) line of /proc/self/status, in KiB.
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

// Cold open of the encrypted cache: the generated facts are first written through the real
// ClinicDatabase (SQLCipher, page by page, as a sync would), then the clock runs from opening
// the file to holding every AppointmentFact, which is what the app does before its first figures.
// The encrypted cache the facts were written to, kept open for the insight reads.
std::unique_ptr<ClinicDatabaseReader> benchReader;

std::optional<std::pair<QList<AppointmentFact>, double>>
loadFactsFromEncryptedCache(const QList<AppointmentFact> &generated)
{
    if (!SqlCipherSupport::ensureDriverAvailable().isNull()) {
        std::printf("cache cold open:            not measured (no QSQLCIPHER driver)\n");
        return std::nullopt;
    }
    static QTemporaryDir dir; // lives until exit: the reader's file must stay
    const QString path = dir.filePath(QStringLiteral("bench.db"));
    const DatabaseKey key = DatabaseKey::generate();
    RoutiqError error;
    QElapsedTimer timer;
    timer.start();
    if (!bench::BenchClinic::writeCache(path, key, generated))
        return std::nullopt;
    std::printf("cache write (page by page):  %9.1f ms\n", msecs(timer));

    timer.restart();
    auto reader = ClinicDatabaseReader::open(path, key, &error);
    if (!reader)
        return std::nullopt;
    QList<AppointmentFact> facts = reader->loadFacts(&error);
    const double elapsed = msecs(timer);
    benchReader = std::move(reader);
    return std::make_pair(std::move(facts), elapsed);
}

Options parse(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Metrics engine benchmark"));
    parser.addHelpOption();
    const QCommandLineOption appointments(QStringLiteral("appointments"),
                                          QStringLiteral("Appointments to generate."),
                                          QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption patients(QStringLiteral("patients"), QStringLiteral("Patients."),
                                      QStringLiteral("n"), QStringLiteral("60000"));
    const QCommandLineOption years(QStringLiteral("years"), QStringLiteral("Years of history."),
                                   QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption repeat(QStringLiteral("repeat"),
                                    QStringLiteral("Repetitions per measurement."),
                                    QStringLiteral("n"), QStringLiteral("21"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed."),
                                  QStringLiteral("n"), QStringLiteral("20261125"));
    const QCommandLineOption noCache(
        QStringLiteral("no-cache"),
        QStringLiteral("Skip writing and reading the encrypted cache (minutes at 1M)."));
    parser.addOptions({appointments, patients, years, repeat, seed, noCache});
    parser.process(app);
    Options o;
    o.appointments = std::max(1LL, parser.value(appointments).toLongLong());
    o.patients = std::max(1LL, parser.value(patients).toLongLong());
    o.years = std::clamp(parser.value(years).toInt(), 1, 30);
    o.repeat = std::clamp(parser.value(repeat).toInt(), 1, 1000);
    o.seed = parser.value(seed).toULongLong();
    o.noCache = parser.isSet(noCache);
    return o;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const Options options = parse(app);
    std::printf("metrics_bench: %lld appointments, %lld patients, %d years, 3 locations in 2 "
                "zones, seed %llu\n",
                options.appointments, options.patients, options.years,
                static_cast<unsigned long long>(options.seed));

    bench::BenchClinic generator(
        {options.appointments, options.patients, options.years, options.seed});
    QElapsedTimer timer;
    QList<AppointmentFact> facts;
    timer.start();
    facts.reserve(options.appointments);
    for (qint64 i = 0; i < options.appointments; ++i)
        facts.append(generator.make(i + 1));
    std::printf("generate facts:             %9.1f ms\n", msecs(timer));
    if (auto cached = options.noCache ? std::nullopt : loadFactsFromEncryptedCache(facts)) {
        facts = std::move(cached->first);
        std::printf("cache cold open:            %9.1f ms (%lld facts)\n", cached->second,
                    static_cast<long long>(facts.size()));
    }
    {
        // The full load builds the index chunk by chunk (peak RSS): what that costs in time.
        AppointmentIndex whole, chunked;
        timer.restart();
        whole.reset(facts);
        const double wholeMs = msecs(timer);
        timer.restart();
        chunked.beginReset(facts.size());
        for (qsizetype at = 0; at < facts.size(); at += 20000)
            chunked.addFacts(facts.mid(at, 20000));
        chunked.finishReset();
        std::printf("index from one list:        %9.1f ms; in chunks of 20,000: %.1f ms\n", wholeMs,
                    msecs(timer));
    }
    RecordId highestId = options.appointments; // change sets add ids above every existing one
    for (const AppointmentFact &f : facts)
        highestId = std::max(highestId, f.id);

    ManualClock clock(QDateTime(today, QTime(0, 0), Qt::UTC));
    MetricsEngine engine(&clock, QTimeZone("Australia/Sydney"));
    MetricsSnapshot last;
    QObject::connect(&engine, &MetricsEngine::snapshotReady, &engine,
                     [&last](const MetricsSnapshot &s) { last = s; });

    timer.restart();
    engine.loadFacts(facts);
    const double loadMs = msecs(timer);
    facts.clear();
    facts.squeeze();
    std::printf("index build + first week:   %9.1f ms (%lld facts kept, %lld patients)\n", loadMs,
                static_cast<long long>(engine.index().factCount()),
                static_cast<long long>(engine.index().patientCount()));
    std::printf("  current week: %d bookings, %d new patients\n", last.current.totalBookings,
                last.current.newPatients);

    auto timeRequests = [&](auto makeRange) {
        std::vector<double> times;
        for (int i = 0; i < options.repeat; ++i) {
            MetricsRequest request;
            request.clinicId = QStringLiteral("bench");
            const auto [start, end] = makeRange(i);
            request.startDate = start;
            request.endDate = end;
            timer.restart();
            engine.setRequest(request);
            times.push_back(msecs(timer));
        }
        return median(times);
    };
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    const double weekMs = timeRequests([&](int i) {
        const QDate start = monday.addDays(-7 * qint64(i) * 11); // spread over the years
        return std::pair{start, start.addDays(6)};
    });
    std::printf("week request (R+P), median: %9.2f ms\n", weekMs);
    const double monthMs = timeRequests([&](int i) {
        const QDate first = QDate(today.year(), today.month(), 1).addMonths(-i * 2);
        return std::pair{first, QDate(first.year(), first.month(), first.daysInMonth())};
    });
    std::printf("month request (R+P), median:%9.2f ms\n", monthMs);

    // Back to the current week, then change sets of 100 appointments: 60 upserts inside the
    // current week (new bookings, status changes), 30 moved from older history, 10 deletions.
    MetricsRequest week;
    week.period = MetricsRequest::Period::Week;
    week.clinicId = QStringLiteral("bench");
    engine.setRequest(week);
    std::vector<double> changeTimes;
    RecordId nextId = highestId + 1;
    for (int round = 0; round < options.repeat; ++round) {
        QList<AppointmentFact> upserted;
        QList<RecordId> deletedIds;
        for (int i = 0; i < 90; ++i) {
            AppointmentFact f = generator.make(i < 60 ? nextId++ : generator.pick(1, nextId - 1));
            if (i < 60) { // pull it into the current week
                const qint64 shift = monday.toJulianDay() + generator.pick(0, 6) - f.localJulianDay;
                f.localJulianDay += shift;
                f.startsAtUtcMSecs += shift * 86'400'000;
                f.localWeekday = qint8(QDate::fromJulianDay(f.localJulianDay).dayOfWeek());
            }
            upserted.append(f);
        }
        for (int i = 0; i < 10; ++i)
            deletedIds.append(generator.pick(1, nextId - 1));
        const quint64 before = engine.generation();
        timer.restart();
        engine.applyChanges(upserted, deletedIds);
        changeTimes.push_back(msecs(timer));
        if (engine.generation() == before)
            std::printf("  (change set %d did not touch the week)\n", round);
    }
    std::printf("100-appointment change set: %9.2f ms median (apply + recompute R and P)\n",
                median(changeTimes));
    // Insights of issue 13 on the same index (docs/metrics.md "Insights"; targets: lapsed list
    // and forward weeks <= 50 ms each, side by side for a month <= 100 ms).
    std::vector<double> lapsedTimes, forwardTimes, sideBySideTimes;
    qsizetype lapsedCount = 0, sideBySideRows = 0;
    int forwardBookings = 0;
    const qint64 nowMSecs =
        QDateTime(today, QTime(10, 0), QTimeZone("Australia/Sydney")).toMSecsSinceEpoch();
    for (int i = 0; i < options.repeat; ++i) {
        timer.restart();
        const LapsedList lapsed =
            LapsedPatientsFinder::find(engine.index(), {}, today, nowMSecs, LapsedQuery{});
        lapsedTimes.push_back(msecs(timer));
        lapsedCount = lapsed.patients.size();

        const QDate first = QDate(today.year(), today.month(), 1).addMonths(-i % 12);
        const ResolvedRange month =
            RangeResolver::withPreviousRange(first, first.addDays(first.daysInMonth() - 1));
        timer.restart();
        sideBySideRows = PractitionerBreakdown::compute(engine.index(), month, std::nullopt).size();
        sideBySideTimes.push_back(msecs(timer));

        if (benchReader) {
            RoutiqError error;
            timer.restart();
            const QList<BookedTime> booked = BookedTimeReader::read(
                benchReader->connectionName(), ForwardBookingsCalculator::firstDate(today),
                ForwardBookingsCalculator::lastDate(today, 4), &error);
            const ForwardBookings forward =
                ForwardBookingsCalculator::compute(booked, {}, today, ForwardQuery{});
            forwardTimes.push_back(msecs(timer));
            forwardBookings = 0;
            for (const ForwardWeek &w : forward.weeks)
                forwardBookings += w.total.bookings;
        }
    }
    std::printf("lapsed patients (21-180 d): %9.2f ms median (%lld patients)\n",
                median(lapsedTimes), static_cast<long long>(lapsedCount));
    if (!forwardTimes.empty())
        std::printf("forward 4 weeks (SQL+sum):  %9.2f ms median (%d bookings read)\n",
                    median(forwardTimes), forwardBookings);
    std::printf("by practitioner, a month:   %9.2f ms median (%lld practitioners, R and P)\n",
                median(sideBySideTimes), static_cast<long long>(sideBySideRows));
    // A five-year custom range (R + P, P the five years before): the month blocks (D23) against
    // the plain day-by-day scan, first use (blocks built) and then warm, with the filters.
    {
        const ResolvedRange fiveYears = RangeResolver::withPreviousRange(
            today.addYears(-5).addMonths(3).addDays(1), today.addMonths(3));
        const double rssBefore = double(statusKiB("VmRSS:")) / 1024.0;
        auto timeRange = [&](MetricsCalculator::Strategy strategy, const MetricsFilter &filter,
                             int runs) {
            const MetricsCalculator calculator(engine.index(), strategy);
            std::vector<double> times;
            for (int i = 0; i < runs; ++i) {
                timer.restart();
                calculator.compute(fiveYears, filter);
                calculator.computePrevious(fiveYears, filter);
                times.push_back(msecs(timer));
            }
            return median(times);
        };
        const double scanMs = timeRange(MetricsCalculator::Strategy::ScanOnly, {}, 3);
        const double firstMs = timeRange(MetricsCalculator::Strategy::Auto, {}, 1);
        const double rssAfter = double(statusKiB("VmRSS:")) / 1024.0;
        std::size_t blockBytes = 0;
        const auto [firstKept, lastKept] = engine.index().dayRange();
        for (qint64 d = MonthAggregates::firstDayOfMonth(firstKept); d <= lastKept;
             d = MonthAggregates::lastDayOfMonth(d) + 1)
            for (const MonthAggregates::Block &b : engine.index().monthAggregates(d).blocks)
                blockBytes += sizeof(b) + b.days.capacity() * sizeof(MonthAggregates::DayCounts) +
                              b.patients.capacity() * sizeof(quint32);
        std::printf("month blocks of the history: %8.1f MB (%lld months)\n",
                    double(blockBytes) / 1e6,
                    static_cast<long long>(engine.index().builtMonthCount()));
        std::printf("five years (R+P), full scan:%9.2f ms median of 3\n", scanMs);
        std::printf("five years, first (builds): %9.2f ms (%lld month blocks, +%.1f MB RSS)\n",
                    firstMs, static_cast<long long>(engine.index().builtMonthCount()),
                    rssAfter - rssBefore);
        const MetricsFilter none;
        MetricsFilter location;
        location.locationId = 1;
        MetricsFilter practitioner;
        practitioner.practitionerId = 102;
        MetricsFilter both = location;
        both.practitionerId = 102;
        std::printf("five years from blocks:     %9.2f ms median (no filter)\n",
                    timeRange(MetricsCalculator::Strategy::Auto, none, options.repeat));
        std::printf("  with a location:          %9.2f ms median\n",
                    timeRange(MetricsCalculator::Strategy::Auto, location, options.repeat));
        std::printf("  with a practitioner:      %9.2f ms median\n",
                    timeRange(MetricsCalculator::Strategy::Auto, practitioner, options.repeat));
        std::printf("  with both:                %9.2f ms median\n",
                    timeRange(MetricsCalculator::Strategy::Auto, both, options.repeat));
        const MetricsCalculator blocks(engine.index());
        const MetricsCalculator scan(engine.index(), MetricsCalculator::Strategy::ScanOnly);
        for (const MetricsFilter &f : {none, location, practitioner, both})
            if (!(blocks.compute(fiveYears, f) == scan.compute(fiveYears, f)))
                std::printf("  FIGURES DIFFER from the scan\n");
    }
    std::printf("resident now (VmRSS):       %9.1f MB (index, input list freed)\n",
                double(statusKiB("VmRSS:")) / 1024.0);
    std::printf("peak RSS (VmHWM):           %9.1f MB (index + the generated input list)\n",
                double(statusKiB("VmHWM:")) / 1024.0);
    benchReader.reset(); // before the application and the SQL driver go
    return 0;
}
