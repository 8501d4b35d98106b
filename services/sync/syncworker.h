#pragma once

#include "core/workerthread.h"
#include "refreshrequest.h"
#include "syncengine.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

namespace routiq {

// One clinic connection's sync thread. The adapter (with its QNetworkAccessManager), the store
// (the clinic database's one writer connection) and the engine are all created inside the
// named worker thread by the factories and destroyed there; the engine's signals arrive here
// queued, on the thread that owns the worker.
class SyncWorker : public QObject
{
    Q_OBJECT
public:
    using AdapterFactory = std::function<std::unique_ptr<PmsAdapter>()>;
    // Opens the clinic's store in the worker thread. On failure returns null and fills `error`;
    // a store that opened but had to set an unreadable file aside fills `notice`.
    using StoreFactory =
        std::function<std::unique_ptr<SyncStore>(RoutiqError *error, RoutiqError *notice)>;

    SyncWorker(QString clinicId, AdapterFactory adapterFactory, StoreFactory storeFactory,
               const Clock *clock, SyncEngine::Options options, QObject *parent = nullptr);

    // When the store's integrity check runs in this thread (issue 17): soon after an open that
    // found the last writer dead, else a while after the open, then at an interval. Negative:
    // never. Set before start().
    struct IntegritySchedule
    {
        int afterUncleanOpenMs = 5'000;
        int afterOpenMs = 10 * 60'000;
        int intervalMs = 24 * 3600'000;
    };
    void setIntegritySchedule(const IntegritySchedule &schedule) { m_integrity = schedule; }
    ~SyncWorker() override;

    QString clinicId() const { return m_clinicId; }

    void start();
    // Stops the engine and joins the thread. Safe to call twice.
    void stop()
    {
        requestStop();
        waitStopped();
    }
    // The two halves of stop(), so that many workers can be asked before any is waited for.
    void requestStop();
    void waitStopped();
    void pollNow();
    // Polls early when the API asks (RefreshRequest: the file beside the cache). Set once.
    void watchRefreshRequests(const QString &requestFile);
    // A paused worker opens its store (readers see the cache) but its engine does not run;
    // unpausing starts the engine, which continues from the checkpoints' cursors.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }

signals:
    // The store is open (created and migrated if it was new): readers may open it now. Carries
    // when the cached data was last fully synced (invalid: never), for "data from 09:00".
    void storeReady(const QDateTime &lastSuccessfulSyncUtc);
    // Something the user should know that did not stop the sync (e.g. a cache set aside).
    void notice(const routiq::RoutiqError &notice);
    void stateChanged(routiq::SyncEngine::State state);
    void progress(const QString &resource, qint64 done, qint64 total, qint64 etaSecs);
    void changesCommitted(const routiq::ChangeSet &changes);
    void passCompleted(const QDateTime &atUtc, bool backfillComplete);
    void resourceSynced(const QString &resource, const QDateTime &atUtc);
    void failed(const routiq::RoutiqError &error);
    void finished(bool ok);
    // Each background integrity check: `result` is null when the store is sound. A damaged
    // store (CACHE_CORRUPT) is not checked again; the owner sets it aside and restarts.
    void integrityChecked(const routiq::RoutiqError &result);
    void storeCorrupt(const routiq::RoutiqError &error);

private:
    struct InThread; // everything that lives in the worker thread
    void scheduleIntegrityCheck(InThread *ctx);

    QString m_clinicId;
    AdapterFactory m_adapterFactory;
    StoreFactory m_storeFactory;
    const Clock *m_clock;
    SyncEngine::Options m_options;
    IntegritySchedule m_integrity;
    WorkerThread m_thread;
    InThread *m_context = nullptr; // lives in m_thread; owns the in-thread objects
    std::atomic<bool> m_paused = false;
    RefreshRequestWatcher *m_refreshRequests = nullptr; // child, on the owner's thread
};

} // namespace routiq
