#include "syncworker.h"

#include "pms/pmsadapter.h"
#include "syncstore.h"

#include "core/logging.h"

#include <QThread>
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
      m_storeFactory(std::move(storeFactory)), m_clock(clock), m_options(options)
{}

SyncWorker::~SyncWorker()
{
    stop();
}

void SyncWorker::start()
{
    if (m_thread)
        return;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("sync:") + m_clinicId);
    m_context = new InThread;
    m_context->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_context, &QObject::deleteLater);

    auto *ctx = static_cast<InThread *>(m_context);
    QMetaObject::invokeMethod(
        ctx,
        [this, ctx] {
            RoutiqError error;
            RoutiqError storeNotice;
            ctx->store = m_storeFactory(&error, &storeNotice);
            if (!ctx->store) {
                emit failed(error);
                emit finished(false);
                return;
            }
            if (!storeNotice.isNull())
                emit notice(storeNotice);
            emit storeReady(ctx->store->lastSuccessfulSync());
            scheduleIntegrityCheck(ctx);
            ctx->adapter = m_adapterFactory();
            ctx->engine = std::make_unique<SyncEngine>(ctx->adapter.get(), ctx->store.get(),
                                                       m_clock, m_options);
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
        },
        Qt::QueuedConnection);
    m_thread->start();
}

void SyncWorker::scheduleIntegrityCheck(InThread *ctx)
{
    const int first = ctx->store->openedAfterUncleanShutdown() ? m_integrity.afterUncleanOpenMs
                                                               : m_integrity.afterOpenMs;
    if (first < 0)
        return;
    ctx->integrityTimer = new QTimer(ctx);
    ctx->integrityTimer->setSingleShot(true);
    connect(ctx->integrityTimer, &QTimer::timeout, ctx, [this, ctx] {
        if (!ctx->store)
            return;
        const RoutiqError result = ctx->store->checkIntegrity();
        emit integrityChecked(result);
        if (result.code == QLatin1String("CACHE_CORRUPT") ||
            result.code == QLatin1String("CACHE_WRONG_KEY")) {
            emit storeCorrupt(result);
            return; // the owner sets the file aside; checking it again says nothing new
        }
        if (!result.isNull())
            qCWarning(lcSync) << "integrity check could not run:" << result.code;
        if (m_integrity.intervalMs >= 0)
            ctx->integrityTimer->start(m_integrity.intervalMs);
    });
    ctx->integrityTimer->start(first);
}

void SyncWorker::pollNow()
{
    if (!m_context)
        return;
    auto *ctx = static_cast<InThread *>(m_context);
    QMetaObject::invokeMethod(
        ctx,
        [ctx] {
            if (ctx->engine)
                ctx->engine->pollNow();
        },
        Qt::QueuedConnection);
}

void SyncWorker::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    if (!m_context)
        return;
    auto *ctx = static_cast<InThread *>(m_context);
    QMetaObject::invokeMethod(
        ctx,
        [ctx, paused] {
            if (!ctx->engine)
                return; // the store is still opening: the start reads m_paused
            if (paused)
                ctx->engine->stop();
            else
                ctx->engine->start();
        },
        Qt::QueuedConnection);
}

void SyncWorker::stop()
{
    if (!m_thread)
        return;
    auto *ctx = static_cast<InThread *>(m_context);
    // Tear down in the worker thread: the engine, the adapter's network manager and the
    // database connection all belong to it.
    QMetaObject::invokeMethod(
        ctx,
        [ctx] {
            if (ctx->engine) {
                QObject::disconnect(ctx->engine.get(), nullptr, nullptr, nullptr);
                ctx->engine->stop();
            }
            ctx->engine.reset();
            ctx->adapter.reset();
            ctx->store.reset();
        },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_context = nullptr; // deleted by the thread's finished signal (deleteLater)
}

} // namespace routiq
