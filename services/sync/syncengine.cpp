#include "syncengine.h"

#include "core/clock.h"
#include "core/logcontext.h"
#include "core/logging.h"
#include "domain/syncstore.h"
#include "pms/pmsadapter.h"

#include <iterator>

namespace routiq {

namespace {
constexpr int kResourceCount = int(std::size(kAllResourceKinds));

bool isReferenceData(ResourceKind kind)
{
    return kind == ResourceKind::Locations || kind == ResourceKind::Practitioners ||
           kind == ResourceKind::AppointmentTypes;
}
} // namespace

SyncEngine::SyncEngine(PmsAdapter *adapter, SyncStore *store, const Clock *clock, Options options,
                       QObject *parent)
    : QObject(parent), m_adapter(adapter), m_store(store), m_clock(clock), m_options(options)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncEngine::beginPass);
    connect(m_adapter, &PmsAdapter::pageReady, this, &SyncEngine::onPage);
    connect(m_adapter, &PmsAdapter::failed, this, &SyncEngine::onFailed);
}

void SyncEngine::start()
{
    if (m_running)
        return;
    m_running = true;
    beginPass();
}

void SyncEngine::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_timer.stop();
    if (m_passInFlight)
        m_adapter->abort();
    m_passInFlight = false;
    setState(State::Finished);
    emit finished(true);
}

void SyncEngine::pollNow()
{
    if (m_running && !m_passInFlight) {
        m_timer.stop();
        beginPass();
    }
}

void SyncEngine::setState(State s)
{
    if (s == m_state)
        return;
    m_state = s;
    emit stateChanged(s);
}

bool SyncEngine::resourceDueThisPass(ResourceKind kind) const
{
    // Every resource until the backfill is complete; after that reference data only every Nth
    // pass (and on the first pass after a start, to catch what changed while we were closed).
    if (!m_allBackfilled || !isReferenceData(kind) || m_passNumber <= 1)
        return true;
    return m_options.referencePollEvery <= 1 || m_passNumber % m_options.referencePollEvery == 0;
}

void SyncEngine::beginPass()
{
    if (!m_running || m_passInFlight)
        return;
    m_passInFlight = true;
    ++m_passNumber;
    m_runId = LogContext::newRunId();
    LogContext::setRunId(m_runId);
    m_passStartedUtc = m_clock->nowUtc();
    m_allBackfilled = true;
    for (ResourceKind kind : kAllResourceKinds) {
        const auto cp = m_store->checkpoint(kind);
        if (!cp || !cp->backfillComplete)
            m_allBackfilled = false;
    }
    if (!m_allBackfilled)
        setState(State::Backfilling);
    else if (m_passNumber == 1)
        setState(State::CatchingUp);
    else
        setState(State::Polling);
    // Routine polls log at debug level; the passes a support person looks for at info.
    if (m_state != State::Polling || m_lastPassFailed)
        qCInfo(lcSync) << "sync pass" << m_passNumber << "started:" << m_state;
    else
        qCDebug(lcSync) << "sync pass" << m_passNumber << "started";
    m_resourceIndex = -1;
    planReconcile();
    nextResource();
}

void SyncEngine::planReconcile()
{
    m_reconcileWindows.clear();
    m_reconciling.reset();
    m_reconcileSeen.clear();
    m_reconcileReturned = 0;
    m_reconcileSuspect.reset();
    if (!m_allBackfilled || !m_adapter->needsWindowReconcile())
        return;
    const auto due = [this](int every) {
        return m_passNumber <= 1 || every <= 1 || m_passNumber % every == 0;
    };
    // Local dates: UTC's "today" is within a day of every zone's, so start a day earlier.
    const QDate today = m_clock->nowUtc().date();
    if (due(m_options.reconcileHistoryEvery) && m_options.reconcileHistoryDays > 0)
        m_reconcileWindows.append(
            {today.addDays(-m_options.reconcileHistoryDays), today.addDays(-2)});
    if (due(m_options.reconcileNearEvery))
        m_reconcileWindows.append(
            {today.addDays(-1), today.addDays(m_options.reconcileNearDaysAhead)});
}

bool SyncEngine::nextReconcileWindow()
{
    if (m_reconcileWindows.isEmpty())
        return false;
    m_reconciling = m_reconcileWindows.takeFirst();
    m_reconcileSeen.clear();
    m_reconcileReturned = 0;
    m_reconcileSuspect.reset();
    requestReconcilePage({});
    return true;
}

void SyncEngine::requestReconcilePage(const QString &cursor)
{
    PageRequest request;
    request.kind = ResourceKind::Appointments;
    request.cursor = cursor;
    request.windowFrom = m_reconciling->first;
    request.windowTo = m_reconciling->second;
    qCDebug(lcSync) << "reconcile appointments" << request.windowFrom << request.windowTo;
    m_adapter->fetchPage(request);
}

void SyncEngine::onReconcilePage(const PmsPage &page)
{
    // Upsert what the window read returned (the appointments checkpoint stays as it is), and
    // once the whole window is read, remove what the PMS no longer has.
    const SyncCheckpoint unchanged =
        m_store->checkpoint(ResourceKind::Appointments)
            .value_or(SyncCheckpoint{ResourceKind::Appointments, {}, {}, true});
    ChangeSet changes;
    RoutiqError error;
    if (!m_store->applyPage(page, unchanged, &changes, &error)) {
        onFailed(error);
        return;
    }
    for (const Appointment &a : page.appointments)
        m_reconcileSeen.insert(a.id);
    // Rows skipped for a bad value are still at the PMS: never "missing".
    for (const RecordId id : page.skippedAppointmentIds)
        m_reconcileSeen.insert(id);
    m_reconcileReturned += int(page.appointments.size() + page.skippedAppointmentIds.size());
    if (!page.nextCursor.isEmpty()) {
        if (!changes.isEmpty())
            emit changesCommitted(changes);
        requestReconcilePage(page.nextCursor);
        return;
    }
    if (!finishReconcileWindow(&changes, &error)) {
        onFailed(error);
        return;
    }
    if (!changes.isEmpty())
        emit changesCommitted(changes);
    if (m_reconciling) { // a second read of the same window was asked for
        requestReconcilePage({});
        return;
    }
    nextResource();
}

bool SyncEngine::finishReconcileWindow(ChangeSet *changes, RoutiqError *error)
{
    const auto [from, to] = *m_reconciling;
    const auto cached = m_store->appointmentIdsBetween(from, to, error);
    if (!cached)
        return false;
    QSet<RecordId> missing = *cached - m_reconcileSeen;
    const bool secondRead = m_reconcileSuspect.has_value();
    if (secondRead)
        missing &= *m_reconcileSuspect; // only rows both reads lack
    const int returned = m_reconcileReturned;
    m_reconcileSeen.clear();
    m_reconcileReturned = 0;
    m_reconcileSuspect.reset();
    if (missing.isEmpty()) {
        m_reconciling.reset();
        return true;
    }
    if (returned == 0) {
        // An empty answer for a window we hold rows in is a feed failure far more often than
        // a clinic that deleted everything; the next reconcile looks again.
        qCWarning(lcSync) << "reconcile window" << from << to << "came back empty;"
                          << cached->size() << "cached appointments kept";
        m_reconciling.reset();
        return true;
    }
    if (!secondRead && double(missing.size()) > m_options.reconcileRereadShare * cached->size()) {
        qCInfo(lcSync) << "reconcile window" << from << to << "would remove" << missing.size()
                       << "of" << cached->size() << "appointments; reading it again";
        m_reconcileSuspect = missing; // m_reconciling stays: onReconcilePage reads it again
        return true;
    }
    m_reconciling.reset();
    return m_store->removeAppointments(QList<RecordId>(missing.cbegin(), missing.cend()), changes,
                                       error);
}

void SyncEngine::nextResource()
{
    while (++m_resourceIndex < kResourceCount) {
        const ResourceKind kind = kAllResourceKinds[m_resourceIndex];
        if (!resourceDueThisPass(kind))
            continue;
        m_checkpoint = m_store->checkpoint(kind).value_or(SyncCheckpoint{kind, {}, {}, false});
        m_checkpoint.kind = kind;
        // A backfill in progress resumes from its cursor with no filter; a finished one reads
        // what changed since the high-water mark, minus the overlap window.
        m_updatedSince = {};
        if (m_checkpoint.backfillComplete && m_checkpoint.highWaterMark.isValid()) {
            m_updatedSince = m_checkpoint.highWaterMark.addSecs(-m_options.overlapSecs);
            m_checkpoint.cursor.clear();
        }
        m_done = 0;
        m_total = -1;
        m_resourceStartMs = m_clock->nowMSecs();
        requestPage();
        return;
    }

    // Every due resource is done; then the reconcile windows, if any are due.
    if (nextReconcileWindow())
        return;
    // The pass succeeded.
    m_passInFlight = false;
    RoutiqError error;
    if (!m_store->setLastSuccessfulSync(m_passStartedUtc, &error)) {
        onFailed(error);
        return;
    }
    bool complete = true;
    for (ResourceKind kind : kAllResourceKinds) {
        const auto cp = m_store->checkpoint(kind);
        complete = complete && cp && cp->backfillComplete;
    }
    if (m_lastPassFailed || m_passNumber == 1 || m_state == State::Backfilling)
        qCInfo(lcSync) << "sync pass" << m_passNumber << "completed";
    m_lastPassFailed = false;
    LogContext::setRunId({});
    emit passCompleted(m_passStartedUtc, complete);
    if (!m_options.keepPolling) {
        m_running = false;
        setState(State::Finished);
        emit finished(true);
        return;
    }
    setState(State::Waiting);
    scheduleNextPass(m_options.pollIntervalMs);
}

void SyncEngine::requestPage()
{
    PageRequest request;
    request.kind = m_checkpoint.kind;
    request.cursor = m_checkpoint.cursor;
    request.updatedSince = m_updatedSince;
    qCDebug(lcSync) << "fetch" << resourceKindName(request.kind)
                    << (request.updatedSince.isValid() ? "incremental" : "backfill");
    m_adapter->fetchPage(request);
}

void SyncEngine::onPage(const PmsPage &page)
{
    if (!m_running || !m_passInFlight)
        return;
    if (m_reconciling) {
        onReconcilePage(page);
        return;
    }
    SyncCheckpoint next = m_checkpoint;
    next.cursor = page.nextCursor;
    if (page.maxUpdatedAt.isValid() &&
        (!next.highWaterMark.isValid() || page.maxUpdatedAt > next.highWaterMark))
        next.highWaterMark = page.maxUpdatedAt;
    const bool lastPage = page.nextCursor.isEmpty();
    if (lastPage)
        next.backfillComplete = true;
    if (lastPage && !next.highWaterMark.isValid())
        next.highWaterMark = m_passStartedUtc; // an empty resource: start incremental from now

    ChangeSet changes;
    RoutiqError error;
    if (!m_store->applyPage(page, next, &changes, &error)) {
        onFailed(error);
        return;
    }
    m_checkpoint = next;
    if (!changes.isEmpty())
        emit changesCommitted(changes);

    m_done += page.size();
    if (page.totalEntries >= 0)
        m_total = page.totalEntries;
    if (!m_updatedSince.isValid()) {
        qint64 eta = -1;
        const qint64 elapsedMs = m_clock->nowMSecs() - m_resourceStartMs;
        if (m_total > m_done && m_done > 0 && elapsedMs > 0)
            eta = (m_total - m_done) * elapsedMs / m_done / 1000;
        emit progress(resourceKindName(m_checkpoint.kind), m_done, m_total, eta);
    }

    if (lastPage) {
        emit resourceSynced(resourceKindName(m_checkpoint.kind), m_clock->nowUtc());
        nextResource();
    } else {
        requestPage();
    }
}

void SyncEngine::onFailed(const RoutiqError &error)
{
    if (!m_running)
        return;
    m_passInFlight = false;
    qCInfo(lcSync) << "sync pass failed:" << error.code;
    m_lastPassFailed = true;
    LogContext::setRunId({});
    setState(State::Failed);
    // The reference a support person searches the log for (the JSON shape stays the same).
    RoutiqError referenced = error;
    const QString reference = QStringLiteral("reference ") + m_runId;
    referenced.details = referenced.details.isEmpty()
                             ? reference
                             : referenced.details + QStringLiteral(" (") + reference + u')';
    emit failed(referenced);
    if (!m_options.keepPolling) {
        m_running = false;
        emit finished(false);
        return;
    }
    const bool auth = error.is(ErrorCode::PmsAuthRejected);
    scheduleNextPass(auth ? m_options.retryAfterAuthFailureMs : m_options.retryAfterFailureMs);
}

void SyncEngine::scheduleNextPass(int delayMs)
{
    if (m_running)
        m_timer.start(delayMs);
}

} // namespace routiq
