// Throughput of the Cliniko adapter against the local simulator (rate limit off): how many
// records per second one adapter turns from JSON pages into domain records over loopback HTTP;
// then the share of Cliniko's 200/min budget a paced read uses (rate limit on).
// Usage: pms_bench [--patients N] [--history-days D]   (ctest runs it at a tiny size)

#include "core/clock.h"
#include "pms/cliniko/clinikoadapter.h"
#include "pmstestsupport.h"
#include "simulator/clinicgenerator.h"
#include "simulator/clinikosimulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace routiq;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("patients"), QStringLiteral("Patients."), QStringLiteral("n"),
                      QStringLiteral("3000")});
    parser.addOption({QStringLiteral("history-days"), QStringLiteral("Days of history."),
                      QStringLiteral("days"), QStringLiteral("730")});
    parser.process(app);

    ClinicGenerator::Params params;
    params.now = QDateTime(QDate(2026, 3, 2), QTime(0, 0), Qt::UTC);
    params.patientCount = parser.value(QStringLiteral("patients")).toInt();
    params.historyDays = parser.value(QStringLiteral("history-days")).toInt();
    QElapsedTimer generation;
    generation.start();
    ClinikoSimulator simulator(ClinicGenerator::generate(params));
    const qint64 generationMs = generation.elapsed();
    simulator.setRateLimitEnabled(false);
    if (!simulator.start()) {
        std::fprintf(stderr, "pms_bench: the simulator could not listen\n");
        return 1;
    }

    SystemClock clock;
    ClinikoConfig config;
    config.apiKey = simulator.apiKey();
    config.baseUrlOverride = simulator.baseUrl();
    config.contactEmail = QStringLiteral("bench@routiq.invalid");
    config.rateLimit.enabled = false;
    ClinikoAdapter adapter(config, clock);

    std::printf("generated %lld appointments, %lld patients in %lld ms\n",
                qint64(simulator.clinic().appointments.size()),
                qint64(simulator.clinic().patients.size()), generationMs);
    qint64 totalRecords = 0;
    qint64 totalMs = 0;
    for (const ResourceKind kind : kAllResourceKinds) {
        QElapsedTimer timer;
        timer.start();
        const auto read = test::readAll(adapter, kind, {}, 600'000);
        const qint64 ms = std::max<qint64>(1, timer.elapsed());
        if (!read.ok()) {
            std::fprintf(stderr, "pms_bench: %s failed: %s\n", qPrintable(resourceKindName(kind)),
                         qPrintable(read.error.details));
            return 1;
        }
        const qint64 records = read.merged().size();
        totalRecords += records;
        totalMs += ms;
        std::printf("%-18s %8lld records %5lld pages %7lld ms %10.0f records/s\n",
                    qPrintable(resourceKindName(kind)), records, qint64(read.pages.size()), ms,
                    double(records) * 1000.0 / double(ms));
    }
    std::printf("%-18s %8lld records %19lld ms %10.0f records/s\n", "total", totalRecords, totalMs,
                double(totalRecords) * 1000.0 / double(std::max<qint64>(1, totalMs)));

    // The same client with Cliniko's budget on, against a simulator enforcing 200/min: how much
    // of the budget a backfill uses (busiest 60 s window) and whether any 429 comes back.
    simulator.setRateLimitEnabled(true);
    simulator.clearRequestLog();
    ClinikoConfig limited = config;
    limited.rateLimit = RateLimiter::Config{};
    ClinikoAdapter paced(limited, clock);
    QElapsedTimer pacedTimer;
    pacedTimer.start();
    const auto pacedRead = test::readAll(paced, ResourceKind::Patients, {}, 600'000);
    if (!pacedRead.ok()) {
        std::fprintf(stderr, "pms_bench: paced read failed: %s\n",
                     qPrintable(pacedRead.error.details));
        return 1;
    }
    const auto &log = simulator.requests();
    int busiest = 0;
    for (qsizetype i = 0, j = 0; i < log.size(); ++i) {
        while (log[i].receivedMs - log[j].receivedMs >= 60'000)
            ++j;
        busiest = std::max(busiest, int(i - j + 1));
    }
    std::printf("rate limit on: %lld requests in %lld ms, busiest 60 s window %d = %.0f %% of "
                "Cliniko's 200/min, 429 answers: %d\n",
                qint64(log.size()), qint64(pacedTimer.elapsed()), busiest, busiest * 100.0 / 200.0,
                simulator.countStatus(429));
    std::printf("rate limit on: a sustained backfill is paced at %d/min + a burst of %d = at most "
                "%.1f %% of the budget in any minute\n",
                limited.rateLimit.requestsPerWindow, limited.rateLimit.burst,
                (limited.rateLimit.requestsPerWindow + limited.rateLimit.burst) * 100.0 / 200.0);
    return totalRecords > 0 && simulator.countStatus(429) == 0 ? 0 : 1;
}
