#include "synchealthtracker.h"

#include "clinicsession.h"
#include "clinicsessions.h"
#include "core/logging.h"
#include "domain/pmskind.h"
#include "domain/resourcekind.h"

#include <QMetaEnum>

namespace routiq {

namespace {
constexpr qint64 kFailureWindowSecs = 24 * 3600;

QString stateName(SyncEngine::State state)
{
    return QString::fromLatin1(QMetaEnum::fromType<SyncEngine::State>().valueToKey(int(state)))
        .toLower();
}
} // namespace

SyncHealthTracker::SyncHealthTracker(const Clock &clock, const ClinicSessions *sessions,
                                     QObject *parent)
    : QObject(parent), m_clock(clock), m_sessions(sessions)
{
    m_timer.setInterval(15'000);
    connect(&m_timer, &QTimer::timeout, this, &SyncHealthTracker::refresh);
    m_timer.start();
}

void SyncHealthTracker::setRetryDelays(int afterFailureMs, int afterAuthFailureMs)
{
    m_retryAfterFailureMs = afterFailureMs;
    m_retryAfterAuthFailureMs = afterAuthFailureMs;
}

void SyncHealthTracker::watch(ClinicSession *session)
{
    const QString id = session->connection().id;
    Clinic c;
    c.session = session;
    c.name = session->connection().name;
    c.pms = pmsKindName(session->connection().pmsKind);
    c.lastSuccess = session->lastSuccessfulSync();
    c.watchedSince = m_clock.nowUtc();
    m_clinics.insert(id, c);
    connect(session, &ClinicSession::syncStateChanged, this, [this, id](SyncEngine::State state) {
        auto it = m_clinics.find(id);
        if (it == m_clinics.end())
            return;
        it->state = stateName(state);
        emit changed(id);
    });
    connect(session, &ClinicSession::resourceSynced, this,
            [this, id](const QString &resource, const QDateTime &at) {
                auto it = m_clinics.find(id);
                if (it == m_clinics.end())
                    return;
                it->resourceSuccess.insert(resource, at);
                emit changed(id);
            });
    connect(session, &ClinicSession::passCompleted, this, [this, id](const QDateTime &at, bool) {
        auto it = m_clinics.find(id);
        if (it == m_clinics.end())
            return;
        if (!it->lastSuccess.isValid() || at > it->lastSuccess)
            it->lastSuccess = at;
        it->nextRetry = {};
        emit changed(id);
        refresh();
    });
    connect(session, &ClinicSession::failed, this,
            [this, id](const RoutiqError &error) { onFailed(id, error); });
    emit changed(id);
}

void SyncHealthTracker::forget(const QString &clinicId)
{
    m_clinics.remove(clinicId);
    refresh();
}

void SyncHealthTracker::onFailed(const QString &clinicId, const RoutiqError &error)
{
    auto it = m_clinics.find(clinicId);
    if (it == m_clinics.end())
        return;
    const QDateTime now = m_clock.nowUtc();
    it->failures.prepend({now, error.code, SyncHealth::referenceIn(error.details)});
    pruneFailures(&*it);
    const bool auth = error.code.contains(QLatin1String("AUTH"));
    it->nextRetry = now.addMSecs(auth ? m_retryAfterAuthFailureMs : m_retryAfterFailureMs);
    emit changed(clinicId);
}

void SyncHealthTracker::pruneFailures(Clinic *clinic) const
{
    const QDateTime cutoff = m_clock.nowUtc().addSecs(-kFailureWindowSecs);
    while (!clinic->failures.isEmpty() && clinic->failures.last().atUtc < cutoff)
        clinic->failures.removeLast();
    if (clinic->failures.size() > 200) // a day of failures every 5 s is plenty to show
        clinic->failures.resize(200);
}

QStringList SyncHealthTracker::clinicIds() const
{
    QStringList ids = m_clinics.keys();
    ids.sort();
    return ids;
}

std::optional<SyncHealth> SyncHealthTracker::snapshot(const QString &clinicId) const
{
    const auto it = m_clinics.constFind(clinicId);
    if (it == m_clinics.cend())
        return std::nullopt;
    const QDateTime now = m_clock.nowUtc();
    SyncHealth h;
    h.clinicId = clinicId;
    h.clinicName = it->name;
    h.pms = it->pms;
    h.state = it->state;
    h.lastSuccessfulSyncUtc = it->lastSuccess;
    if (it->lastSuccess.isValid())
        h.dataAgeSecs = qMax<qint64>(0, it->lastSuccess.secsTo(now));
    for (ResourceKind kind : kAllResourceKinds) {
        SyncHealth::Resource r;
        r.name = resourceKindName(kind);
        r.lastSuccessUtc = it->resourceSuccess.value(r.name);
        r.backfillComplete = r.lastSuccessUtc.isValid();
        h.resources.append(r);
    }
    const QDateTime cutoff = now.addSecs(-kFailureWindowSecs);
    for (const SyncHealth::Failure &f : it->failures)
        if (f.atUtc >= cutoff)
            h.recentFailures.append(f);
    if (it->state == QLatin1String("failed") && it->nextRetry.isValid())
        h.nextRetryUtc = it->nextRetry;
    if (m_sessions) {
        if (const auto use = m_sessions->budgetUse(clinicId)) {
            h.requestsInWindow = use->used;
            h.requestBudget = use->allowed;
            h.budgetWindowMs = use->windowMs;
            h.budgetLimited = use->limited;
        }
        if (const auto circuit = m_sessions->circuitUse(clinicId)) {
            h.circuitState = circuit->state;
            h.circuitRetryInMs = circuit->msUntilRetry;
        }
    }
    return h;
}

QList<SyncHealth> SyncHealthTracker::snapshots() const
{
    QList<SyncHealth> out;
    for (const QString &id : clinicIds())
        if (auto h = snapshot(id))
            out.append(*h);
    return out;
}

void SyncHealthTracker::refresh()
{
    const QDateTime now = m_clock.nowUtc();
    QStringList stale;
    for (auto it = m_clinics.begin(); it != m_clinics.end(); ++it) {
        pruneFailures(&*it);
        if (it->session && it->session->isSyncPaused())
            continue; // the admin paused it: old data is expected
        QDateTime since = it->watchedSince;
        if (it->lastSuccess.isValid() && it->lastSuccess > since)
            since = it->lastSuccess;
        if (since.secsTo(now) > m_staleAfterSecs)
            stale.append(it.key());
    }
    stale.sort();
    if (stale == m_stale)
        return;
    QStringList newly;
    for (const QString &id : stale)
        if (!m_stale.contains(id))
            newly.append(id);
    m_stale = stale;
    if (!newly.isEmpty())
        qCWarning(lcSync) << "data older than" << m_staleAfterSecs << "s for" << newly;
    emit staleChanged(newly);
}

QString SyncHealthTracker::staleText() const
{
    if (m_stale.isEmpty())
        return {};
    QStringList parts;
    const QDateTime now = m_clock.nowUtc();
    for (const QString &id : m_stale) {
        const Clinic &c = m_clinics[id];
        if (c.lastSuccess.isValid())
            parts
                << tr("%1 (%n min old)", nullptr, int(c.lastSuccess.secsTo(now) / 60)).arg(c.name);
        else
            parts << tr("%1 (never synced)").arg(c.name);
    }
    return tr("%1: Routiq has not been able to update it from the practice system. "
              "See View › Sync health.")
        .arg(parts.join(QStringLiteral(", ")));
}

} // namespace routiq
