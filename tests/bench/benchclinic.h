#pragma once

#include "domain/databasekey.h"
#include "metrics/appointmentfact.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <random>
#include <vector>

namespace routiq::bench {

// The clinic metrics_bench generates (docs/metrics-benchmark.md "The generated clinic"), for
// the cold-start and startup benches: 5 years ending three months after "today" (2026-11-25),
// 3 locations in 2 zones (ids 1, 2 Sydney, 3 Perth), 4 practitioners each, quiet Sundays,
// patients joining over the years, 3 % deleted, 10 % cancelled, 5 % DNA.
class BenchClinic
{
public:
    struct Options
    {
        qint64 appointments = 1'000'000;
        qint64 patients = 60'000;
        int years = 5;
        quint64 seed = 20261125;
    };

    static QDate today() { return QDate(2026, 11, 25); }

    explicit BenchClinic(const Options &options);
    AppointmentFact make(RecordId id);
    qint64 pick(qint64 low, qint64 high);
    QList<AppointmentFact> all(); // ids 1..appointments

    // Writes `facts` through the real ClinicDatabase (SQLCipher), `pageSize` appointments per
    // transaction as a sync would, after the three locations. False on failure.
    static bool writeCache(const QString &path, const DatabaseKey &key,
                           const QList<AppointmentFact> &facts, int pageSize = 5000);

private:
    struct Location
    {
        RecordId id;
        QTimeZone zone;
    };
    Options m_options;
    std::mt19937_64 m_rng;
    std::vector<Location> m_locations;
    std::vector<std::vector<int>> m_offsets;
    QDate m_firstDay;
    qint64 m_dayCount = 0;
};

} // namespace routiq::bench
