#include "insightsworker.h"

#include "storage/bookinghistoryreader.h"
#include "storage/clinicdatabasereader.h"

#include <QTimer>

#include <memory>

namespace routiq {

namespace {
constexpr int kRescoreEveryMs = 60'000;
}

struct InsightsWorker::InThread : QObject
{
    std::unique_ptr<ClinicDatabaseReader> reader;
    std::unique_ptr<NoShowEngine> engine;
    QTimer *tick = nullptr;
    bool rescorePending = false;

    ~InThread() override
    {
        engine.reset();
        reader.reset();
    }
};

InsightsWorker::InsightsWorker(QString clinicId, QString databasePath, DatabaseKey key,
                               const Clock *clock, NoShowEngine::Options options, QObject *parent)
    : QObject(parent), m_clinicId(std::move(clinicId)), m_path(std::move(databasePath)),
      m_key(std::move(key)), m_clock(clock), m_options(options),
      m_thread(QStringLiteral("insights:") + m_clinicId)
{
    qRegisterMetaType<routiq::NoShowSnapshot>();
    qRegisterMetaType<routiq::ChangeSet>();
    qRegisterMetaType<routiq::RoutiqError>();
}

InsightsWorker::~InsightsWorker()
{
    stop();
}

void InsightsWorker::start()
{
    if (m_thread.isRunning())
        return;
    m_stopping = false;
    m_options.training.cancel = &m_stopping;
    m_context = new InThread;
    m_thread.start(m_context);
    InThread *ctx = m_context;
    // Copies: the thread never reads this object's members, which the owner may change.
    m_thread.post([this, ctx, path = m_path, key = m_key, clinicId = m_clinicId, clock = m_clock,
                   options = m_options] {
        RoutiqError error;
        ctx->reader = ClinicDatabaseReader::open(path, key, &error);
        if (!ctx->reader) {
            emit failed(error);
            return;
        }
        ctx->engine =
            std::make_unique<NoShowEngine>(ctx->reader->connectionName(), clinicId, clock, options);
        ctx->tick = new QTimer(ctx);
        ctx->tick->setInterval(kRescoreEveryMs);
        connect(ctx->tick, &QTimer::timeout, ctx, [this, ctx] {
            if (ctx->engine && ctx->engine->retrainDue())
                train(ctx);
            else
                scheduleRescore(ctx);
        });
        ctx->tick->start();
        emit trainingChanged(true);
        error = ctx->engine->prepare();
        emit trainingChanged(false);
        if (!error.isNull())
            emit failed(error);
        scheduleRescore(ctx);
    });
}

void InsightsWorker::requestStop()
{
    if (!m_thread.isRunning())
        return;
    m_stopping = true; // a training in progress gives up at its next check
    InThread *ctx = m_context;
    m_thread.requestStop([ctx] {
        delete ctx->tick;
        ctx->tick = nullptr;
        ctx->engine.reset();
        ctx->reader.reset();
    });
}

void InsightsWorker::waitStopped()
{
    m_thread.wait();
    m_context = nullptr;
}

void InsightsWorker::train(InThread *ctx)
{
    if (!ctx->engine)
        return;
    emit trainingChanged(true);
    const RoutiqError error = ctx->engine->retrain();
    emit trainingChanged(false);
    if (!error.isNull())
        emit failed(error);
    scheduleRescore(ctx);
}

void InsightsWorker::scheduleRescore(InThread *ctx)
{
    // Change sets arrive in bursts: one rescoring after the queued ones are taken in.
    if (ctx->rescorePending)
        return;
    ctx->rescorePending = true;
    QMetaObject::invokeMethod(
        ctx,
        [this, ctx] {
            ctx->rescorePending = false;
            if (!ctx->engine)
                return;
            RoutiqError error;
            const NoShowSnapshot snapshot = ctx->engine->score(&error);
            if (!error.isNull()) {
                emit failed(error);
                return;
            }
            emit noShowReady(snapshot);
        },
        Qt::QueuedConnection);
}

void InsightsWorker::applyChanges(const ChangeSet &changes)
{
    InThread *ctx = m_context;
    m_thread.post([this, ctx, changes] {
        if (!ctx->engine)
            return;
        RoutiqError error;
        const std::vector<BookingRecord> upserted = BookingHistoryReader::byIds(
            ctx->reader->connectionName(), changes.upsertedAppointmentIds, &error);
        if (error.isNull())
            error = ctx->engine->applyChanges(upserted, changes.deletedAppointmentIds);
        if (!error.isNull()) {
            emit failed(error);
            return;
        }
        if (ctx->engine->retrainDue())
            train(ctx);
        else
            scheduleRescore(ctx);
    });
}

void InsightsWorker::retrain()
{
    InThread *ctx = m_context;
    m_thread.post([this, ctx] { train(ctx); });
}

} // namespace routiq
