#pragma once

#include "clinicchangefollower.h"
#include "domain/clinicconnection.h"
#include "insights/noshowsnapshot.h"
#include "insightsworker.h"
#include "metricsworker.h"
#include "security/actinguser.h"
#include "sync/syncworker.h"

#include <QDateTime>
#include <QObject>

#include <memory>

namespace routiq {

class AuditedAccess;

// Everything that runs for one open clinic connection: its sync thread (adapter + the cache's
// writer) and its metrics thread (a reader + the engine), wired so that every committed change
// reaches the metrics and every pass updates the data age. PMS-agnostic: the caller supplies
// the adapter factory. The app and `routiq-cli` both build on this.
class ClinicSession : public QObject
{
    Q_OBJECT
public:
    ClinicSession(ClinicConnection connection, QString databasePath, DatabaseKey key,
                  SyncWorker::AdapterFactory adapterFactory, const Clock *clock,
                  SyncEngine::Options syncOptions, QObject *parent = nullptr);
    // A viewer (shared mode, issue 16): no PMS and no local copy. The figures are read through
    // `reader` (opened in the metrics thread) and kept current from `follower`'s changes; the
    // store's own sync time is the data age. The store checks patient-level reads itself.
    ClinicSession(ClinicConnection connection, ClinicReaderOpener reader,
                  std::unique_ptr<ClinicChangeFollower> follower, const Clock *clock,
                  QObject *parent = nullptr);
    ~ClinicSession() override;

    bool isViewer() const { return m_follower != nullptr; }

    const ClinicConnection &connection() const { return m_connection; }
    QDateTime lastSuccessfulSync() const { return m_lastSync; }
    SyncEngine::State syncState() const { return m_syncState; }

    void start();
    void stop()
    {
        requestStop();
        waitStopped();
    }
    // The two halves of stop(): every thread of every session is asked to stop before any is
    // waited for, so quitting with several clinics takes the longest one's time, not the sum.
    void requestStop();
    void waitStopped();
    // Before start(): when the cache's background integrity check runs (tests shorten it).
    void setIntegritySchedule(const SyncWorker::IntegritySchedule &schedule)
    {
        if (m_sync)
            m_sync->setIntegritySchedule(schedule);
    }
    void pollNow();
    // The admin's pause (ClinicConnectionService::setSyncPaused): the cache stays readable.
    void setSyncPaused(bool paused)
    {
        if (m_sync)
            m_sync->setPaused(paused);
    }
    bool isSyncPaused() const { return m_sync && m_sync->isPaused(); }
    void setRequest(const MetricsRequest &request);
    // Patient-level lists. With an access guard set (the app sets one), only the overload with
    // the acting user is served, and only when the guard allows it and has audited the view;
    // otherwise appointmentListFailed(requestId, ACCESS_DENIED) follows, later.
    void setAccessGuard(const AuditedAccess *guard) { m_guard = guard; }
    void requestAppointmentList(const ActingUser &user, const AppointmentListQuery &query,
                                quint64 requestId);
    // Without a user: for tools without accounts (tests); refused once a guard is set.
    void requestAppointmentList(const AppointmentListQuery &query, quint64 requestId);
    // A list already opened (and audited) by this user, read again after a live change: the
    // policy is checked again, but no new audit entry is written for what is the same view.
    void refreshAppointmentList(const ActingUser &user, const AppointmentListQuery &query,
                                quint64 requestId);

    // No-show risk (services/insights): the last snapshot of the insights worker, and a
    // retraining on demand (off the GUI thread; noShowReady follows).
    const NoShowSnapshot &noShowSnapshot() const { return m_noShow; }
    void retrainNoShowModel();

    // Insights beyond the cards (docs/metrics.md "Insights"), computed on the metrics thread
    // from the same index; each answers with its *Ready signal or insightFailed. "Today" is the
    // filtered location's date, else the clinic's, as for the cards.
    // The lapsed list is patient-level: like the appointment lists, only for a user the guard
    // allows, audited once per opening (refreshLapsed re-checks without a new entry).
    void requestLapsed(const ActingUser &user, const LapsedQuery &query, quint64 requestId);
    void refreshLapsed(const ActingUser &user, const LapsedQuery &query, quint64 requestId);
    // The count only (aggregate: any role that sees the clinic): lapsedCountReady.
    void requestLapsedCount(const LapsedQuery &query, quint64 requestId);
    void requestForward(const ForwardQuery &query, const WorkingHoursMap &hours, quint64 requestId);
    // Every practitioner's figures for `request` (its practitioner filter is ignored).
    void requestPractitionerTable(const MetricsRequest &request, quint64 requestId);

signals:
    void snapshotReady(const routiq::MetricsSnapshot &snapshot);
    // The metrics worker holds every fact (after the first figures; issue 17).
    void fullIndexReady();
    void requestFailed(const routiq::RoutiqError &error);
    void referenceDataReady(const QList<routiq::Location> &locations,
                            const QList<routiq::Practitioner> &practitioners);
    void syncStateChanged(routiq::SyncEngine::State state);
    void progress(const QString &resource, qint64 done, qint64 total, qint64 etaSecs);
    void changesCommitted(const routiq::ChangeSet &changes);
    void passCompleted(const QDateTime &atUtc, bool backfillComplete);
    void resourceSynced(const QString &resource, const QDateTime &atUtc);
    void failed(const routiq::RoutiqError &error);
    void notice(const routiq::RoutiqError &notice);
    void syncFinished(bool ok);
    void appointmentListReady(quint64 requestId, const QList<routiq::AppointmentListRow> &rows);
    void appointmentListFailed(quint64 requestId, const routiq::RoutiqError &error);
    // Every rescoring of the upcoming bookings (after each change) and every (re)training.
    void noShowReady(const routiq::NoShowSnapshot &snapshot);
    void noShowTrainingChanged(bool running);
    void lapsedReady(quint64 requestId, const routiq::LapsedList &list,
                     const routiq::PatientContacts &contacts);
    void lapsedCountReady(quint64 requestId, int count, QDate asOf);
    void forwardReady(quint64 requestId, const routiq::ForwardBookings &forward);
    void practitionerTableReady(quint64 requestId, const routiq::PractitionerTable &table);
    void insightFailed(quint64 requestId, const routiq::RoutiqError &error);
    // Each background integrity check of the cache (issue 17): null when sound. A damaged cache
    // is set aside and synced again from scratch, with a CACHE_SET_ASIDE notice.
    void integrityChecked(const routiq::RoutiqError &result);

private:
    void refuseList(quint64 requestId, const RoutiqError &error);
    QTimeZone zoneFor(std::optional<RecordId> locationId) const;
    void lapsedFor(const ActingUser &user, const LapsedQuery &query, quint64 requestId, bool audit);
    QSet<quint64> m_countRequests; // lapsed requests answered with the count only
    void onStoreReady(const QDateTime &lastSync);
    void onReferenceData(const QList<Location> &locations,
                         const QList<Practitioner> &practitioners);
    void startInsightsWhenReady();
    void onStoreCorrupt(const RoutiqError &error);

    ClinicConnection m_connection;
    QString m_databasePath;
    void connectMetrics();
    void connectFollower();

    std::unique_ptr<SyncWorker> m_sync;               // null for a viewer
    std::unique_ptr<ClinicChangeFollower> m_follower; // a viewer's, else null
    bool m_followerReachable = false;
    bool m_viewerReadFailed = false;   // the metrics' reads failed: read again at a heartbeat
    bool m_viewerFailureShown = false; // failed() told the indicator; the next read clears it
    MetricsWorker m_metrics;
    InsightsWorker m_insights;
    bool m_insightsWanted = false; // the history is complete enough to learn from
    bool m_storeOpen = false;
    QDateTime m_lastSync;
    SyncEngine::State m_syncState = SyncEngine::State::Idle;
    bool m_changedSinceReferenceRead = false;
    std::optional<MetricsRequest> m_request;
    QList<Location> m_locations; // for the zone of "today" under a location filter
    const AuditedAccess *m_guard = nullptr;
    NoShowSnapshot m_noShow;
};

} // namespace routiq
