#pragma once

#include "appointmentfact.h"
#include "appointmentindex.h"
#include "clinicmetrics.h"
#include "domain/routiqerror.h"
#include "metricsrequest.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QTimeZone>

#include <optional>

namespace routiq {

class Clock;

// Owns the clinic's AppointmentIndex and publishes an immutable MetricsSnapshot whenever the
// figures may have changed. Meant to live on a worker QThread: call its slots through queued
// connections (or QMetaObject::invokeMethod) and receive snapshotReady on the GUI thread.
//
// What is recomputed:
// - loadFacts, setRequest, setClinicZone, refresh: R and P are computed again in full.
// - applyChanges: the index is updated in place; R and P are recomputed only when the change
//   set touched a local day of R or P (see AppointmentIndex::ChangeImpact: changed facts' old and
//   new days, days of moved first bookings, days whose rebook answer flipped) or when "today"
//   moved R itself; otherwise no snapshot is published.
// - setLastUpdated: no figure is recomputed; the last figures are published with the new time.
// Each computation scans R's and P's days; a range of whole months adds up the index's month
// blocks instead (MonthAggregates, D23), which loadFacts builds behind its first snapshot, one
// month per event-loop turn so that requests are not held up; see docs/metrics-benchmark.md.
class MetricsEngine : public QObject
{
    Q_OBJECT

public:
    // `clock` must outlive the engine; `clinicZone` gives "today" for period requests.
    MetricsEngine(const Clock *clock, const QTimeZone &clinicZone, QObject *parent = nullptr);

    // Registers the argument types of the slots and signals for queued connections.
    static void registerMetaTypes();

    const AppointmentIndex &index() const { return m_index; }
    quint64 generation() const { return m_generation; }

public slots:
    void loadFacts(const QList<routiq::AppointmentFact> &facts);
    // loadFacts() in chunks (AppointmentIndex::beginReset): nothing is published before
    // finishLoad(), which then does what loadFacts() does after building the index.
    void beginLoad(qsizetype expectedFacts = 0);
    void addFacts(const QList<routiq::AppointmentFact> &chunk);
    void finishLoad();
    void applyChanges(const QList<routiq::AppointmentFact> &upserted,
                      const QList<qint64> &deletedIds);
    // The default request, before any is set, is the current ISO week of the whole clinic.
    void setRequest(const routiq::MetricsRequest &request);
    void setLastUpdated(const QDateTime &lastUpdatedUtc);
    // The zone whose local date is "today" (the filtered location's, else the clinic's).
    void setClinicZone(const QTimeZone &zone);
    // Re-reads today from the clock (e.g. after midnight) and recomputes.
    void refresh();

signals:
    void snapshotReady(const routiq::MetricsSnapshot &snapshot);
    // The current request cannot be resolved (code BAD_REQUEST); no snapshot is published.
    void requestFailed(const routiq::RoutiqError &error);

private:
    std::optional<ResolvedRange> resolveRange();
    void recompute(const ResolvedRange &range);
    void publish();
    void warmNextMonth();
    void afterLoad(qint64 elapsedMs);

    const Clock *m_clock;
    QTimeZone m_zone;
    AppointmentIndex m_index;
    bool m_loaded = false;
    MetricsRequest m_request;
    QDateTime m_lastUpdated;
    std::optional<MetricsSnapshot> m_last;
    quint64 m_generation = 0;
    qint64 m_warmNext = 1; // the next month to build behind a load (its first day) ...
    qint64 m_warmLast = 0; // ... up to the month of this day
};

} // namespace routiq
