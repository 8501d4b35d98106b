#pragma once

#include "domain/ids.h"
#include "domain/records.h"
#include "domain/routiqerror.h"
#include "metrics/appointmentindex.h"
#include "metrics/clinicmetrics.h"
#include "metrics/metricsrequest.h"
#include "metrics/practitionerbreakdown.h"
#include "serverconninfo.h"

#include <QDateTime>
#include <QHash>

#include <memory>
#include <optional>

namespace routiq {

class ServerConnection;
class ServerFactReader;

// One clinic's figures read from the shared server (what `metrics` prints in shared mode, and
// each line of `metrics --follow`): the same checks and computation as CachedClinicMetrics — the
// filter ids checked against the clinic's locations and practitioners (metrics.md 13), the range
// resolved in the clinic's zone at `nowUtc`, R and P computed — over the facts ServerFactReader
// reads. Keeps its connections open between computations, on the thread that opened it.
class ServerClinicMetrics
{
public:
    static std::unique_ptr<ServerClinicMetrics> open(const ServerConnInfo &server,
                                                     const ClinicId &clinic, RoutiqError *error);
    ~ServerClinicMetrics();

    // The snapshot, or null with BAD_REQUEST (unknown filter ids, bad range), CACHE_EMPTY (the
    // agent has not finished a first sync) or the server's error.
    // The facts are read once and kept (an AppointmentIndex); apply() and reload() keep them
    // current.
    std::optional<MetricsSnapshot> compute(const MetricsRequest &request, const QDateTime &nowUtc,
                                           RoutiqError *error);
    // Every practitioner's figures for `request` (its practitioner filter ignored), as
    // `metrics --by practitioner` prints them; the same checks as compute().
    std::optional<PractitionerTable> practitionerTable(const MetricsRequest &request,
                                                       const QDateTime &nowUtc, RoutiqError *error);
    std::optional<QHash<RecordId, QString>> practitionerNames(RoutiqError *error) const;
    // A change of these local dates (the change feed's): only those days are read again.
    // False with `error` on a failed read; the next compute() then reads everything.
    bool apply(const QList<QDate> &dates, RoutiqError *error);
    // Everything is read again at the next compute() (after a lost connection).
    void reload() { m_loaded = false; }

private:
    struct Prepared
    {
        ResolvedRange range;
        QDate today;
        QDateTime lastUpdated;
    };
    // The request checked against the clinic, its range resolved, the facts read (once).
    std::optional<Prepared> prepare(const MetricsRequest &request, const QDateTime &nowUtc,
                                    RoutiqError *error);
    ServerClinicMetrics(std::unique_ptr<ServerConnection> connection,
                        std::unique_ptr<ServerFactReader> facts, ClinicId clinic);
    std::optional<QList<Location>> locations(RoutiqError *error) const;
    std::optional<QList<RecordId>> practitionerIds(RoutiqError *error) const;

    std::unique_ptr<ServerConnection> m_connection;
    std::unique_ptr<ServerFactReader> m_facts;
    ClinicId m_clinic;
    AppointmentIndex m_index;
    bool m_loaded = false;
};

} // namespace routiq
