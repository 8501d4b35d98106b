#pragma once

#include "syncengine.h"

#include <QObject>

#include <functional>
#include <memory>

class QThread;

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
    using StoreFactory = std::function<std::unique_ptr<SyncStore>(RoutiqError *error)>;

    SyncWorker(QString clinicId, AdapterFactory adapterFactory, StoreFactory storeFactory,
               const Clock *clock, SyncEngine::Options options, QObject *parent = nullptr);
    ~SyncWorker() override;

    QString clinicId() const { return m_clinicId; }

    void start();
    // Stops the engine and joins the thread. Safe to call twice.
    void stop();
    void pollNow();

signals:
    void stateChanged(routiq::SyncEngine::State state);
    void progress(const QString &resource, qint64 done, qint64 total, qint64 etaSecs);
    void changesCommitted(const routiq::ChangeSet &changes);
    void passCompleted(const QDateTime &atUtc, bool backfillComplete);
    void failed(const routiq::RoutiqError &error);
    void finished(bool ok);

private:
    struct InThread; // everything that lives in the worker thread

    QString m_clinicId;
    AdapterFactory m_adapterFactory;
    StoreFactory m_storeFactory;
    const Clock *m_clock;
    SyncEngine::Options m_options;
    QThread *m_thread = nullptr;
    QObject *m_context = nullptr; // lives in m_thread; owns the in-thread objects
};

} // namespace routiq
