#include "metricsworker.h"

#include "core/clock.h"
#include "core/logging.h"
#include "localclinicreader.h"
#include "metrics/changeddays.h"
#include "metrics/metricsengine.h"
#include "metrics/rangeresolver.h"

#include <memory>
#include <utility>

namespace routiq {

struct MetricsWorker::InThread : QObject
{
    std::unique_ptr<ClinicReader> reader;
    std::unique_ptr<MetricsEngine> engine;
    bool loaded = false;    // the index holds every fact
    bool announced = false; // fullIndexReady was emitted (once)

    ~InThread() override
    {
        engine.reset();
        reader.reset();
    }
};

MetricsWorker::MetricsWorker(QString clinicId, QString databasePath, DatabaseKey key,
                             const Clock *clock, QTimeZone clinicZone, QObject *parent)
    : MetricsWorker(std::move(clinicId),
                    LocalClinicReader::opener(std::move(databasePath), std::move(key)), clock,
                    std::move(clinicZone), parent)
{}

MetricsWorker::MetricsWorker(QString clinicId, ClinicReaderOpener opener, const Clock *clock,
                             QTimeZone clinicZone, QObject *parent)
    : QObject(parent), m_clinicId(std::move(clinicId)), m_open(std::move(opener)), m_clock(clock),
      m_zone(std::move(clinicZone)), m_thread(QStringLiteral("metrics:") + m_clinicId)
{
    MetricsEngine::registerMetaTypes();
    m_request.period = MetricsRequest::Period::Week; // the engine's default
    qRegisterMetaType<routiq::ChangeSet>();
    qRegisterMetaType<QList<routiq::AppointmentListRow>>();
    qRegisterMetaType<QList<routiq::Location>>();
    qRegisterMetaType<QList<routiq::Practitioner>>();
    qRegisterMetaType<routiq::LapsedList>();
    qRegisterMetaType<routiq::PatientContacts>();
    qRegisterMetaType<routiq::ForwardBookings>();
    qRegisterMetaType<routiq::PractitionerTable>();
}

MetricsWorker::~MetricsWorker()
{
    stop();
}

void MetricsWorker::start()
{
    if (m_thread.isRunning())
        return;
    m_context = new InThread;
    m_thread.start(m_context);
    InThread *ctx = m_context;
    postOpen(ctx, true);
}

void MetricsWorker::postOpen(InThread *ctx, bool firstSnapshot)
{
    // Copies: the thread never reads this object's members, which the owner may change.
    m_thread.post([this, ctx, firstSnapshot, request = m_request, lastUpdated = m_lastUpdated,
                   zone = m_zone, open = m_open, clock = m_clock] {
        // A new connection each time: after a failure the old one may have gone with the server.
        ctx->reader.reset();
        RoutiqError error;
        ctx->reader = open(&error);
        if (!ctx->reader) {
            emit loadFailed(error);
            return;
        }
        if (!ctx->engine) {
            ctx->engine = std::make_unique<MetricsEngine>(clock, zone);
            connect(ctx->engine.get(), &MetricsEngine::snapshotReady, this,
                    &MetricsWorker::snapshotReady);
            connect(ctx->engine.get(), &MetricsEngine::requestFailed, this,
                    &MetricsWorker::requestFailed);
            // Stored only (nothing is loaded yet): the full load computes this request.
            ctx->engine->setRequest(request);
            if (lastUpdated.isValid())
                ctx->engine->setLastUpdated(lastUpdated);
        }
        if (firstSnapshot)
            publishFirstSnapshot(ctx, request, zone);
        load(ctx);
    });
}

void MetricsWorker::load(InThread *ctx)
{
    // In chunks: a million facts as one list would sit beside the index they build
    // (~70 MB more at the peak, docs/metrics-benchmark.md "Startup of the real app").
    // Nothing is served from a half-built index: `loaded` is false until the load is whole.
    RoutiqError error;
    ctx->loaded = false;
    ctx->engine->beginLoad();
    if (!ctx->reader->loadFactsInChunks(
            20000, [ctx](const QList<AppointmentFact> &chunk) { ctx->engine->addFacts(chunk); },
            &error)) {
        emit loadFailed(error);
        return;
    }
    ctx->engine->finishLoad();
    ctx->loaded = true;
    if (!std::exchange(ctx->announced, true))
        emit fullIndexReady();
    readReferenceData(ctx);
}

void MetricsWorker::reload()
{
    if (m_context)
        postOpen(m_context, false);
}

void MetricsWorker::applyChangedDates(const QList<QDate> &dates)
{
    InThread *ctx = m_context;
    m_thread.post([this, ctx, dates] {
        if (!ctx->reader || !ctx->engine || !ctx->loaded || dates.isEmpty())
            return;
        RoutiqError error;
        const auto changed = ChangedDays::read(*ctx->reader, ctx->engine->index(), dates, &error);
        if (!changed) {
            emit loadFailed(error);
            return;
        }
        ctx->engine->applyChanges(changed->upserted, changed->deleted);
    });
}

void MetricsWorker::readLastSync()
{
    InThread *ctx = m_context;
    m_thread.post([this, ctx] {
        if (!ctx->reader)
            return;
        RoutiqError error;
        const QDateTime at = ctx->reader->lastSuccessfulSync(&error);
        if (!error.isNull()) {
            emit loadFailed(error);
            return;
        }
        emit lastSyncRead(at);
    });
}

void MetricsWorker::requestStop()
{
    InThread *ctx = m_context;
    m_thread.requestStop([ctx] {
        if (ctx->engine)
            QObject::disconnect(ctx->engine.get(), nullptr, nullptr, nullptr);
        ctx->engine.reset();
        ctx->reader.reset();
    });
}

void MetricsWorker::waitStopped()
{
    m_thread.wait();
    m_context = nullptr;
}

void MetricsWorker::setRequest(const MetricsRequest &request)
{
    m_request = request;
    InThread *ctx = m_context;
    m_thread.post([ctx, request] {
        if (ctx->engine)
            ctx->engine->setRequest(request);
    });
}

void MetricsWorker::setClinicZone(const QTimeZone &zone)
{
    m_zone = zone;
    InThread *ctx = m_context;
    m_thread.post([ctx, zone] {
        if (ctx->engine)
            ctx->engine->setClinicZone(zone);
    });
}

void MetricsWorker::applyChanges(const ChangeSet &changes)
{
    InThread *ctx = m_context;
    m_thread.post([this, ctx, changes] {
        if (!ctx->engine || !ctx->loaded)
            return;
        RoutiqError error;
        const QList<AppointmentFact> upserted =
            ctx->reader->loadFacts(changes.upsertedAppointmentIds, &error);
        if (!error.isNull()) {
            emit loadFailed(error);
            return;
        }
        ctx->engine->applyChanges(upserted, changes.deletedAppointmentIds);
    });
}

void MetricsWorker::setLastUpdated(const QDateTime &utc)
{
    m_lastUpdated = utc;
    InThread *ctx = m_context;
    m_thread.post([ctx, utc] {
        if (ctx->engine)
            ctx->engine->setLastUpdated(utc);
    });
}

void MetricsWorker::publishFirstSnapshot(InThread *ctx, const MetricsRequest &request,
                                         const QTimeZone &zone)
{
    // Figures before the full history is read (issue 17); equal to the engine's, which follow.
    // On any failure the full load still publishes them, only later.
    RoutiqError error;
    const QDate today = m_clock->nowUtc().toTimeZone(zone).date();
    if (const auto first = ctx->reader->firstSnapshot(request, today, &error))
        emit snapshotReady(*first);
    else if (!error.isNull() && !error.is(ErrorCode::BadRequest))
        qCWarning(lcMetrics) << "no first snapshot:" << error.code;
}

void MetricsWorker::readReferenceData(InThread *ctx)
{
    if (!ctx->reader)
        return;
    RoutiqError error;
    const QList<Location> locations = ctx->reader->locations(&error);
    const QList<Practitioner> practitioners = ctx->reader->practitioners(&error);
    if (!error.isNull()) {
        emit loadFailed(error);
        return;
    }
    emit referenceDataReady(locations, practitioners);
}

void MetricsWorker::refreshReferenceData()
{
    InThread *ctx = m_context;
    m_thread.post([this, ctx] { readReferenceData(ctx); });
}

void MetricsWorker::requestAppointmentList(const AppointmentListQuery &query, quint64 requestId,
                                           bool newView)
{
    InThread *ctx = m_context;
    m_thread.post([this, ctx, query, requestId, newView] {
        if (!ctx->reader) {
            emit appointmentListFailed(requestId, RoutiqError::make(ErrorCode::CacheNotOpen));
            return;
        }
        RoutiqError error;
        const QList<AppointmentListRow> rows = ctx->reader->appointments(query, newView, &error);
        if (!error.isNull())
            emit appointmentListFailed(requestId, error);
        else
            emit appointmentListReady(requestId, rows);
    });
}

void MetricsWorker::runInsight(quint64 requestId, std::function<void(InThread *)> work)
{
    InThread *ctx = m_context;
    m_thread.post([this, ctx, requestId, work = std::move(work)] {
        if (!ctx->reader || !ctx->engine || !ctx->loaded) {
            emit insightFailed(requestId, RoutiqError::make(ErrorCode::CacheNotOpen));
            return;
        }
        work(ctx);
    });
}

void MetricsWorker::requestLapsed(const LapsedQuery &query, const QTimeZone &zone,
                                  bool withContacts, quint64 requestId, bool newView)
{
    runInsight(requestId, [this, query, zone, withContacts, requestId, newView](InThread *ctx) {
        RoutiqError error;
        const QSet<RecordId> archived = ctx->reader->archivedPatients(&error);
        if (!error.isNull()) {
            emit insightFailed(requestId, error);
            return;
        }
        const QDateTime now = m_clock->nowUtc();
        const LapsedList list =
            LapsedPatientsFinder::find(ctx->engine->index(), archived, now.toTimeZone(zone).date(),
                                       now.toMSecsSinceEpoch(), query);
        PatientContacts contacts;
        if (withContacts) {
            QList<RecordId> ids;
            ids.reserve(list.patients.size());
            for (const LapsedPatient &p : list.patients)
                ids.append(p.patientId);
            contacts = ctx->reader->contacts(ids, QStringLiteral("lapsed"), newView, &error);
            if (!error.isNull()) {
                emit insightFailed(requestId, error);
                return;
            }
        }
        emit lapsedReady(requestId, list, contacts);
    });
}

void MetricsWorker::requestForward(const ForwardQuery &query, const WorkingHoursMap &hours,
                                   const QTimeZone &zone, quint64 requestId)
{
    runInsight(requestId, [this, query, hours, zone, requestId](InThread *ctx) {
        const QDate today = m_clock->nowUtc().toTimeZone(zone).date();
        RoutiqError error;
        const QList<BookedTime> booked = ctx->reader->bookedTime(
            ForwardBookingsCalculator::firstDate(today),
            ForwardBookingsCalculator::lastDate(today, query.weeks), &error);
        if (!error.isNull()) {
            emit insightFailed(requestId, error);
            return;
        }
        emit forwardReady(requestId,
                          ForwardBookingsCalculator::compute(booked, hours, today, query));
    });
}

void MetricsWorker::requestPractitionerTable(const MetricsRequest &request, const QTimeZone &zone,
                                             quint64 requestId)
{
    runInsight(requestId, [this, request, zone, requestId](InThread *ctx) {
        RoutiqError error;
        const auto range =
            RangeResolver::resolve(request, m_clock->nowUtc().toTimeZone(zone).date(), &error);
        if (!range) {
            emit insightFailed(requestId, error);
            return;
        }
        PractitionerTable table;
        table.request = request;
        table.request.practitionerId.reset();
        table.range = *range;
        table.rows =
            PractitionerBreakdown::compute(ctx->engine->index(), *range, request.locationId);
        emit practitionerTableReady(requestId, table);
    });
}

} // namespace routiq
