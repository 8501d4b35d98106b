#pragma once

#include "domain/changeset.h"
#include "domain/pmspage.h"
#include "domain/routiqerror.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <optional>

namespace routiq {

class Clock;
class PmsAdapter;
class SyncStore;

// Drives one clinic connection's sync: a resumable backfill of every resource, page by page
// with a checkpoint committed in the same transaction as the page, then incremental polling by
// updated-since with an overlap window. Lives in its sync worker's thread with its adapter and
// its store (the one writer connection); talks to the rest of the app through queued signals.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        // Appointments and patients are polled this often once the backfill is done. At 2 s
        // a poll costs ~2 requests, ~60/min, well under Cliniko's 200/min per user.
        int pollIntervalMs = 2000;
        // Reference data (locations, practitioners, appointment types) every Nth poll.
        int referencePollEvery = 15;
        // Re-read records updated this long before the high-water mark: a PMS's updated_at
        // is not a transaction log, and clocks differ.
        int overlapSecs = 120;
        // After a failed poll the next attempt waits this long (the adapter already retried).
        int retryAfterFailureMs = 5000;
        int retryAfterAuthFailureMs = 60000;
        bool keepPolling = true; // false: stop after the backfill/catch-up pass (CLI `sync`)
        // For adapters whose feed drops deleted rows (PmsAdapter::needsWindowReconcile): re-read
        // the near window (yesterday..+14 days, local dates) on the first pass after a start and
        // every Nth pass, and the last 90 days on the first pass and every Mth pass; cached
        // appointments in the window the PMS no longer returns are removed.
        int reconcileNearEvery = 15;
        int reconcileNearDaysAhead = 14;
        int reconcileHistoryEvery = 900;
        int reconcileHistoryDays = 90;
        // A window read that would remove more than this share of the window's cached
        // appointments is not trusted alone: the window is read again and only rows that the
        // second read lacks too are removed. An empty answer removes nothing at all (a feed
        // having a bad moment must not empty the dashboard).
        double reconcileRereadShare = 0.5;
    };

    enum class State
    {
        Idle,
        Backfilling,
        CatchingUp,
        Polling,
        Waiting,
        Failed,
        Finished
    };
    Q_ENUM(State)

    SyncEngine(PmsAdapter *adapter, SyncStore *store, const Clock *clock, Options options,
               QObject *parent = nullptr);

    State state() const { return m_state; }
    // The run id of the pass in progress or the last one (LogContext): in its log lines and,
    // as "reference …", in the details of its error.
    QString runId() const { return m_runId; }

public slots:
    void start();
    void stop();
    // Polls now instead of at the next tick (the UI's "refresh").
    void pollNow();

signals:
    void stateChanged(routiq::SyncEngine::State state);
    // Backfill progress for one resource: records stored so far and the PMS's total (-1 unknown).
    void progress(const QString &resource, qint64 done, qint64 total, qint64 etaSecs);
    // A transaction committed: what changed (only emitted when something did).
    void changesCommitted(const routiq::ChangeSet &changes);
    // A full pass over every resource ended successfully at this time (UTC).
    void passCompleted(const QDateTime &atUtc, bool backfillComplete);
    // A resource's last page of this pass committed (the Sync health window's "last success").
    void resourceSynced(const QString &resource, const QDateTime &atUtc);
    void failed(const routiq::RoutiqError &error);
    // keepPolling == false and the pass is done, or stop() was called.
    void finished(bool ok);

private:
    void beginPass();
    void nextResource();
    void requestPage();
    void onPage(const PmsPage &page);
    void onFailed(const RoutiqError &error);
    void setState(State s);
    void scheduleNextPass(int delayMs);
    bool resourceDueThisPass(ResourceKind kind) const;
    void planReconcile();
    bool nextReconcileWindow();
    void requestReconcilePage(const QString &cursor);
    void onReconcilePage(const PmsPage &page);
    bool finishReconcileWindow(ChangeSet *changes, RoutiqError *error);

    PmsAdapter *m_adapter;
    SyncStore *m_store;
    const Clock *m_clock;
    Options m_options;
    QTimer m_timer;

    State m_state = State::Idle;
    bool m_running = false;
    bool m_passInFlight = false;
    qint64 m_passNumber = 0;
    QString m_runId;
    bool m_lastPassFailed = false;
    int m_resourceIndex = -1;
    SyncCheckpoint m_checkpoint;
    QDateTime m_updatedSince;
    bool m_allBackfilled = true;
    QDateTime m_passStartedUtc;

    // The reconcile step of this pass: windows still to read, the one being read, ids seen.
    QList<std::pair<QDate, QDate>> m_reconcileWindows;
    std::optional<std::pair<QDate, QDate>> m_reconciling;
    QSet<RecordId> m_reconcileSeen; // returned by this read (skipped rows included)
    int m_reconcileReturned = 0;    // rows this read returned, skipped ones included
    std::optional<QSet<RecordId>> m_reconcileSuspect; // the first read's missing ids, while
                                                      // the second read checks them

    // Progress of the resource being backfilled.
    qint64 m_done = 0;
    qint64 m_total = -1;
    qint64 m_resourceStartMs = 0;
};

} // namespace routiq
