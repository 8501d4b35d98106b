#pragma once

#include "domain/clinicconnection.h"
#include "domain/databasekey.h"
#include "domain/routiqerror.h"
#include "metrics/clinicmetrics.h"
#include "metrics/metricsrequest.h"
#include "metrics/practitionerbreakdown.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace routiq {

// The JSON answer to a metrics question, one formatter for `routiq-cli metrics` and the REST API
// (GET /api/v1/clinics/{id}/metrics, the live channel): the same request gives the same body.
// parse() validates the options exactly as the CLI always did; compute() reads each target's
// cache on the calling thread; toJson() shapes the figures (one clinic, the roll-up "all" with
// each clinic's own figures, or "--by practitioner").
class MetricsAnswer
{
public:
    struct Query
    {
        MetricsRequest request;
        bool byPractitioner = false;
    };
    // The raw options (empty = not given). BAD_REQUEST errors say what is wrong.
    static std::optional<Query> parse(const QString &clinicId, const QString &period,
                                      bool periodGiven, const QString &startDate,
                                      const QString &endDate, const QString &locationId,
                                      const QString &practitionerId, const QString &by,
                                      bool byGiven, RoutiqError *error);

    // One clinic whose cache is read.
    struct Target
    {
        ClinicConnection connection;
        QString databasePath;
        DatabaseKey key;
    };
    // The computed figures of every target (one per target, in order).
    struct Figures
    {
        QList<MetricsSnapshot> snapshots;      // when !byPractitioner
        QList<PractitionerTable> tables;       // when byPractitioner
        QList<QHash<RecordId, QString>> names; // practitioner names per target
    };

    // The roll-up ("all") asks every clinic for the same dates: resolved once here from the
    // computer's local date at `nowUtc`. Single clinics resolve their own range.
    static bool resolveRollupDates(Query *query, const QDateTime &nowUtc, RoutiqError *error);

    // Reads every target's cache. On failure the error (BAD_REQUEST, CACHE_EMPTY, storage).
    static std::optional<Figures> compute(const QList<Target> &targets, const Query &query,
                                          const QDateTime &nowUtc, RoutiqError *error);

    // The JSON body; `targets` as given to compute().
    static QJsonObject toJson(const QList<Target> &targets, const Query &query,
                              const Figures &figures);

    // The same answer as `--format table` prints it.
    static QString toTable(const QList<Target> &targets, const Query &query,
                           const Figures &figures);

    // compute() + toJson().
    static std::optional<QJsonObject> answer(const QList<Target> &targets, const Query &query,
                                             const QDateTime &nowUtc, RoutiqError *error);

    // --by practitioner: every target's rows in the order of metrics.md.
    struct Row
    {
        qsizetype target;
        PractitionerMetrics metrics;
    };
    static QList<Row> sortedRows(const QList<Target> &targets, const Figures &figures);
    // The oldest lastUpdated of the tables, or invalid when any clinic was never synced.
    static QDateTime oldestUpdate(const Figures &figures);
    // The snapshot shown: the one clinic's, or the roll-up's combination.
    static MetricsSnapshot shownSnapshot(const Query &query, const Figures &figures);

    static bool isRollup(const Query &query)
    {
        return query.request.clinicId == QLatin1String("all");
    }
};

} // namespace routiq
