#include "syncworker.h"

#include "domain/syncstore.h"
#include "pms/pmsadapter.h"

#include "core/logging.h"

#include <QTimer>

namespace routiq {

// Owned by the context object, so it dies in the worker thread.
struct SyncWorker::InThread : QObject
{
    std::unique_ptr<SyncStore> store;
    std::unique_ptr<PmsAdapter> adapter;
    std::unique_ptr<SyncEngine> engine;
    QTimer *integrityTimer = nullptr; // child: dies with the context, in this thread

    ~InThread() override
    {
        engine.reset(); // the engine refers to both others
        adapter.reset();
        store.reset();
    }
};

SyncWorker::SyncWorker(QString clinicId, AdapterFactory adapterFactory, StoreFactory storeFactory,
                       const Clock *clock, SyncEngine::Options options, QObject *parent)
    : QObject(parent), m_clinicId(std::move(clinicId)), m_adapterFactory(std::move(adapterFactory)),
      m_storeFactory(std::move(storeFactory)), m_clock(clock), m_options(options),
      m_thread(QStringLiteral("sync:") + m_clinicId)
{}

SyncWorker::~SyncWorker()
{
    stop();
}

void SyncWorker::start()
{
    if (m_thread.isRunning())
        return;
    m_context = new InThread;
    m_thread.start(m_context);
    InThread *ctx = m_context;
    // The factories and options are copied: the thread never reads this object's members.
    m_thread.post([this, ctx, storeFactory = m_storeFactory, adapterFactory = m_adapterFactory,
                   clock = m_clock, options = m_options] {
        RoutiqError error;
        RoutiqError storeNotice;
        ctx->store = storeFactory(&error, &storeNotice);
        if (!ctx->store) {
            emit failed(error);
            emit finished(false);
            return;
        }
        if (!storeNotice.isNull())
            emit notice(storeNotice);
        emit storeReady(ctx->store->lastSuccessfulSync());
        scheduleIntegrityCheck(ctx);
        ctx->adapter = adapterFactory();
        ctx->engine =
            std::make_unique<SyncEngine>(ctx->adapter.get(), ctx->store.get(), clock, options);
        SyncEngine *engine = ctx->engine.get();
        connect(engine, &SyncEngine::stateChanged, this, &SyncWorker::stateChanged);
        connect(engine, &SyncEngine::progress, this, &SyncWorker::progress);
        connect(engine, &SyncEngine::changesCommitted, this, &SyncWorker::changesCommitted);
        connect(engine, &SyncEngine::passCompleted, this, &SyncWorker::passCompleted);
        connect(engine, &SyncEngine::resourceSynced, this, &SyncWorker::resourceSynced);
        connect(engine, &SyncEngine::failed, this, &SyncWorker::failed);
        connect(engine, &SyncEngine::finished, this, &SyncWorker::finished);
        if (!m_paused)
            engine->start();
    });
}

void SyncWorker::scheduleIntegrityCheck(InThread *ctx)
{
    const int first = ctx->store->openedAfterUncleanShutdown() ? m_integrity.afterUncleanOpenMs
                                                               : m_integrity.afterOpenMs;
    if (first < 0)
        return;
    const int interval = m_integrity.intervalMs;
    ctx->integrityTimer = new QTimer(ctx);
    ctx->integrityTimer->setSingleShot(true);
    connect(ctx->integrityTimer, &QTimer::timeout, ctx, [this, ctx, interval] {
        if (!ctx->store)
            return;
        const RoutiqError result = ctx->store->checkIntegrity();
        emit integrityChecked(result);
        if (result.is(ErrorCode::CacheCorrupt) || result.is(ErrorCode::CacheWrongKey)) {
            emit storeCorrupt(result);
            return; // the owner sets the file aside; checking it again says nothing new
        }
        if (!result.isNull())
            qCWarning(lcSync) << "integrity check could not run:" << result.code;
        if (interval >= 0)
            ctx->integrityTimer->start(interval);
    });
    ctx->integrityTimer->start(first);
}

void SyncWorker::pollNow()
{
    InThread *ctx = m_context;
    m_thread.post([ctx] {
        if (ctx->engine)
            ctx->engine->pollNow();
    });
}

void SyncWorker::watchRefreshRequests(const QString &requestFile)
{
    if (m_refreshRequests)
        return;
    m_refreshRequests = new RefreshRequestWatcher(requestFile, m_clock, this);
    connect(m_refreshRequests, &RefreshRequestWatcher::due, this, [this] {
        if (!m_paused) // a paused clinic is not polled, whoever asks
            pollNow();
    });
}

void SyncWorker::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    InThread *ctx = m_context;
    m_thread.post([ctx, paused] {
        if (!ctx->engine)
            return; // the store is still opening: the start reads m_paused
        if (paused)
            ctx->engine->stop();
        else
            ctx->engine->start();
    });
}

void SyncWorker::requestStop()
{
    InThread *ctx = m_context;
    // Torn down in the worker thread: the engine, the adapter's network manager and the
    // database connection all belong to it.
    m_thread.requestStop([ctx] {
        if (ctx->engine) {
            QObject::disconnect(ctx->engine.get(), nullptr, nullptr, nullptr);
            ctx->engine->stop();
        }
        ctx->engine.reset();
        ctx->adapter.reset();
        ctx->store.reset();
    });
}

void SyncWorker::waitStopped()
{
    m_thread.wait();
    m_context = nullptr; // deleted as the thread finished
}

} // namespace routiq
