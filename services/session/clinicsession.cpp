#include "clinicsession.h"

#include "cliniczone.h"

#include "core/logging.h"
#include "security/accesspolicy.h"
#include "security/auditedaccess.h"
#include "storage/cacheintegrity.h"
#include "storage/databasefile.h"
#include "sync/refreshrequest.h"

#include <QTimeZone>
#include <QTimer>

#include <utility>

namespace routiq {

ClinicSession::ClinicSession(ClinicConnection connection, QString databasePath, DatabaseKey key,
                             SyncWorker::AdapterFactory adapterFactory, const Clock *clock,
                             SyncEngine::Options syncOptions, QObject *parent)
    : QObject(parent), m_connection(connection), m_databasePath(databasePath),
      m_sync(std::make_unique<SyncWorker>(
          connection.id, std::move(adapterFactory),
          ClinicZone::storeFactory(databasePath, key, connection, clock), clock, syncOptions)),
      m_metrics(connection.id, databasePath, key, clock, ClinicZone::fallback(connection)),
      m_insights(connection.id, databasePath, key, clock, NoShowEngine::Options{})
{
    connect(m_sync.get(), &SyncWorker::storeReady, this, &ClinicSession::onStoreReady);
    if (syncOptions.keepPolling) // the API's metrics/refresh (issue 19)
        m_sync->watchRefreshRequests(RefreshRequest::fileFor(databasePath));
    connect(m_sync.get(), &SyncWorker::notice, this, &ClinicSession::notice);
    connect(m_sync.get(), &SyncWorker::stateChanged, this, [this](SyncEngine::State s) {
        m_syncState = s;
        emit syncStateChanged(s);
    });
    connect(m_sync.get(), &SyncWorker::progress, this, &ClinicSession::progress);
    connect(m_sync.get(), &SyncWorker::integrityChecked, this, &ClinicSession::integrityChecked);
    connect(m_sync.get(), &SyncWorker::storeCorrupt, this, &ClinicSession::onStoreCorrupt);
    connect(m_sync.get(), &SyncWorker::failed, this, &ClinicSession::failed);
    connect(m_sync.get(), &SyncWorker::resourceSynced, this, &ClinicSession::resourceSynced);
    connect(m_sync.get(), &SyncWorker::finished, this, &ClinicSession::syncFinished);
    connect(m_sync.get(), &SyncWorker::changesCommitted, this, [this](const ChangeSet &changes) {
        m_changedSinceReferenceRead = true;
        m_metrics.applyChanges(changes);
        m_insights.applyChanges(changes);
        emit changesCommitted(changes);
    });
    connect(m_sync.get(), &SyncWorker::passCompleted, this,
            [this](const QDateTime &at, bool complete) {
                m_lastSync = at;
                m_metrics.setLastUpdated(at);
                if (m_changedSinceReferenceRead) {
                    m_changedSinceReferenceRead = false;
                    m_metrics.refreshReferenceData();
                }
                if (complete && !m_insightsWanted) {
                    m_insightsWanted = true;
                    startInsightsWhenReady();
                }
                emit passCompleted(at, complete);
            });

    connectMetrics();
}

ClinicSession::ClinicSession(ClinicConnection connection, ClinicReaderOpener reader,
                             std::unique_ptr<ClinicChangeFollower> follower, const Clock *clock,
                             QObject *parent)
    : QObject(parent), m_connection(connection), m_follower(std::move(follower)),
      m_metrics(connection.id, std::move(reader), clock, ClinicZone::fallback(connection)),
      m_insights(connection.id, QString(), DatabaseKey(), clock, NoShowEngine::Options{})
{
    connectMetrics();
    connectFollower();
}

void ClinicSession::connectMetrics()
{
    connect(&m_metrics, &MetricsWorker::snapshotReady, this, &ClinicSession::snapshotReady);
    // The model learns only once the history is there (a finished backfill, now or before),
    // and after the full index (not just the first figures), so cold start is not slowed by
    // a training.
    connect(&m_metrics, &MetricsWorker::fullIndexReady, this,
            &ClinicSession::startInsightsWhenReady);
    connect(&m_metrics, &MetricsWorker::fullIndexReady, this, &ClinicSession::fullIndexReady);
    connect(&m_insights, &InsightsWorker::noShowReady, this,
            [this](const NoShowSnapshot &snapshot) {
                m_noShow = snapshot;
                emit noShowReady(snapshot);
            });
    connect(&m_insights, &InsightsWorker::trainingChanged, this,
            &ClinicSession::noShowTrainingChanged);
    connect(&m_insights, &InsightsWorker::failed, this, &ClinicSession::notice);
    connect(&m_metrics, &MetricsWorker::requestFailed, this, &ClinicSession::requestFailed);
    connect(&m_metrics, &MetricsWorker::loadFailed, this, [this](const RoutiqError &error) {
        // A viewer's follower speaks for the server's reachability: while it says the server is
        // gone, a read that failed with it (the heartbeat's, say) changes nothing on screen.
        if (isViewer() && !m_followerReachable) {
            qCInfo(lcSync) << "a read failed while the server is out of reach:" << error.code;
            return;
        }
        emit failed(error);
    });
    connect(&m_metrics, &MetricsWorker::referenceDataReady, this, &ClinicSession::onReferenceData);
    connect(&m_metrics, &MetricsWorker::appointmentListReady, this,
            &ClinicSession::appointmentListReady);
    connect(&m_metrics, &MetricsWorker::appointmentListFailed, this,
            &ClinicSession::appointmentListFailed);
    connect(&m_metrics, &MetricsWorker::lapsedReady, this,
            [this](quint64 id, const LapsedList &list, const PatientContacts &contacts) {
                if (m_countRequests.remove(id))
                    emit lapsedCountReady(id, int(list.patients.size()), list.asOf);
                else
                    emit lapsedReady(id, list, contacts);
            });
    connect(&m_metrics, &MetricsWorker::forwardReady, this, &ClinicSession::forwardReady);
    connect(&m_metrics, &MetricsWorker::practitionerTableReady, this,
            [this](quint64 id, PractitionerTable table) {
                table.request.clinicId = m_connection.id;
                table.lastUpdated = m_lastSync;
                emit practitionerTableReady(id, table);
            });
    connect(&m_metrics, &MetricsWorker::insightFailed, this,
            [this](quint64 id, const RoutiqError &error) {
                m_countRequests.remove(id);
                emit insightFailed(id, error);
            });
}

void ClinicSession::connectFollower()
{
    ClinicChangeFollower *f = m_follower.get();
    connect(f, &ClinicChangeFollower::reachableChanged, this,
            [this](bool reachable, const RoutiqError &error) {
                const bool wasReachable = m_followerReachable;
                m_followerReachable = reachable;
                if (!reachable) {
                    m_viewerFailureShown = true;
                    emit failed(error); // the live indicator: reconnecting, with the data age
                    return;
                }
                if (!m_storeOpen) {
                    // Where the follower starts is known: the full read now misses nothing.
                    m_storeOpen = true;
                    if (m_request)
                        m_metrics.setRequest(*m_request);
                    m_metrics.start();
                } else if (!wasReachable) {
                    // Back after a lost connection: the reader's connection was lost with it.
                    m_metrics.reload();
                }
                m_metrics.readLastSync();
            });
    connect(f, &ClinicChangeFollower::changed, this, [this](const QList<QDate> &dates) {
        // A reconnect's catch-up comes before it says it is reachable again; the full read
        // then covers it (the metrics' connection is a new one too).
        if (!m_followerReachable)
            return;
        m_metrics.applyChangedDates(dates);
        m_metrics.refreshReferenceData();
        ChangeSet changes;
        for (const QDate &d : dates)
            changes.localJulianDays.insert(d.toJulianDay());
        changes.recordCount = int(dates.size());
        emit changesCommitted(changes);
    });
    connect(f, &ClinicChangeFollower::caughtUp, this, [this] {
        if (!m_storeOpen || !m_followerReachable)
            return;
        // A read of the metrics' own connection failed while the feed's did not (a dropped
        // idle connection, a restarted reader): everything is read again on a new one, at most
        // once a heartbeat.
        if (std::exchange(m_viewerReadFailed, false))
            m_metrics.reload();
        m_metrics.readLastSync();
    });
    connect(&m_metrics, &MetricsWorker::loadFailed, this, [this] {
        m_viewerReadFailed = true;
        m_viewerFailureShown = true;
    });
    connect(&m_metrics, &MetricsWorker::lastSyncRead, this, [this](const QDateTime &at) {
        // The server answered: the indicator leaves "reconnecting" even when the agent has
        // not synced since.
        if (!at.isValid() || (at == m_lastSync && !std::exchange(m_viewerFailureShown, false)))
            return;
        m_viewerFailureShown = false;
        m_lastSync = at;
        m_metrics.setLastUpdated(at);
        emit passCompleted(at, true);
    });
}

ClinicSession::~ClinicSession()
{
    stop();
}

void ClinicSession::start()
{
    if (m_follower)
        m_follower->start();
    else
        m_sync->start();
}

void ClinicSession::requestStop()
{
    // First: no change set follows for the readers.
    if (m_sync)
        m_sync->requestStop();
    if (m_follower)
        m_follower->requestStop();
    m_insights.requestStop();
    m_metrics.requestStop();
}

void ClinicSession::waitStopped()
{
    if (m_sync)
        m_sync->waitStopped();
    if (m_follower)
        m_follower->waitStopped();
    m_insights.waitStopped();
    m_metrics.waitStopped();
}

void ClinicSession::pollNow()
{
    if (m_sync)
        m_sync->pollNow();
}

void ClinicSession::setRequest(const MetricsRequest &request)
{
    // "Today" is read in the filtered location's zone (metrics.md 11): set it before the request.
    if (!m_locations.isEmpty() && (!m_request || m_request->locationId != request.locationId))
        m_metrics.setClinicZone(
            ClinicZone::forToday(m_locations, request.locationId, m_connection));
    m_request = request;
    m_metrics.setRequest(request);
}

void ClinicSession::requestAppointmentList(const ActingUser &user,
                                           const AppointmentListQuery &query, quint64 requestId)
{
    if (m_guard) {
        // What was viewed, without patient data: the range and filters.
        const QString what =
            QStringLiteral("appointments %1..%2 location %3 practitioner %4")
                .arg(query.from.toString(Qt::ISODate), query.to.toString(Qt::ISODate),
                     query.locationId ? QString::number(*query.locationId) : QStringLiteral("all"),
                     query.practitionerId ? QString::number(*query.practitionerId)
                                          : QStringLiteral("all"));
        const RoutiqError denied = m_guard->viewPatientLevel(user, m_connection.id, what);
        if (!denied.isNull()) {
            refuseList(requestId, denied);
            return;
        }
    }
    m_metrics.requestAppointmentList(query, requestId);
}

void ClinicSession::refreshAppointmentList(const ActingUser &user,
                                           const AppointmentListQuery &query, quint64 requestId)
{
    if (m_guard) {
        const RoutiqError denied = m_guard->policy()->viewPatientLevel(user, m_connection.id);
        if (!denied.isNull()) {
            refuseList(requestId, denied);
            return;
        }
    }
    m_metrics.requestAppointmentList(query, requestId, false);
}

void ClinicSession::retrainNoShowModel()
{
    if (m_insights.isStarted())
        m_insights.retrain();
}

void ClinicSession::startInsightsWhenReady()
{
    // A viewer's no-show model would be trained from the server's history (not yet: issue 16).
    if (isViewer())
        return;
    if (m_insightsWanted && m_storeOpen && !m_insights.isStarted())
        m_insights.start();
}

void ClinicSession::requestAppointmentList(const AppointmentListQuery &query, quint64 requestId)
{
    if (m_guard) {
        refuseList(requestId,
                   RoutiqError::make(QStringLiteral("ACCESS_DENIED"),
                                     QStringLiteral("Sign in to see patient-level lists.")));
        return;
    }
    m_metrics.requestAppointmentList(query, requestId);
}

QTimeZone ClinicSession::zoneFor(std::optional<RecordId> locationId) const
{
    return ClinicZone::forToday(m_locations, locationId, m_connection);
}

void ClinicSession::lapsedFor(const ActingUser &user, const LapsedQuery &query, quint64 requestId,
                              bool audit)
{
    RoutiqError denied;
    if (isViewer()) {
        // The server checks the role and audits the names when the worker reads them.
    } else if (!m_guard) {
        denied = RoutiqError::make(QStringLiteral("ACCESS_DENIED"),
                                   QStringLiteral("Sign in to see patient-level lists."));
    } else if (audit)
        denied = m_guard->viewPatientLevel(
            user, m_connection.id,
            QStringLiteral("lapsed patients %1-%2 days location %3 practitioner %4")
                .arg(query.minDays)
                .arg(query.maxDays)
                .arg(query.locationId ? QString::number(*query.locationId) : QStringLiteral("all"),
                     query.practitionerId ? QString::number(*query.practitionerId)
                                          : QStringLiteral("all")));
    else
        denied = m_guard->policy()->viewPatientLevel(user, m_connection.id);
    if (!denied.isNull()) {
        QTimer::singleShot(0, this,
                           [this, requestId, denied] { emit insightFailed(requestId, denied); });
        return;
    }
    m_metrics.requestLapsed(query, zoneFor(query.locationId), true, requestId, audit);
}

void ClinicSession::requestLapsed(const ActingUser &user, const LapsedQuery &query,
                                  quint64 requestId)
{
    lapsedFor(user, query, requestId, true);
}

void ClinicSession::refreshLapsed(const ActingUser &user, const LapsedQuery &query,
                                  quint64 requestId)
{
    lapsedFor(user, query, requestId, false);
}

void ClinicSession::requestLapsedCount(const LapsedQuery &query, quint64 requestId)
{
    m_countRequests.insert(requestId);
    m_metrics.requestLapsed(query, zoneFor(query.locationId), false, requestId);
}

void ClinicSession::requestForward(const ForwardQuery &query, const WorkingHoursMap &hours,
                                   quint64 requestId)
{
    m_metrics.requestForward(query, hours, zoneFor(query.locationId), requestId);
}

void ClinicSession::requestPractitionerTable(const MetricsRequest &request, quint64 requestId)
{
    MetricsRequest r = request;
    r.practitionerId.reset();
    r.clinicId = m_connection.id;
    m_metrics.requestPractitionerTable(r, zoneFor(r.locationId), requestId);
}

void ClinicSession::refuseList(quint64 requestId, const RoutiqError &error)
{
    QTimer::singleShot(0, this,
                       [this, requestId, error] { emit appointmentListFailed(requestId, error); });
}

void ClinicSession::onStoreReady(const QDateTime &lastSync)
{
    // The writer has created and migrated the file: the reader can open it now.
    m_lastSync = lastSync;
    m_storeOpen = true;
    // A cache synced to the end before holds the history already: no need to wait for a pass
    // (offline, none may come).
    if (lastSync.isValid())
        m_insightsWanted = true;
    // Request and sync time first: the worker's first snapshot (from the request's own days,
    // before the full index) is then the one the user asked for.
    if (m_request)
        m_metrics.setRequest(*m_request);
    if (lastSync.isValid())
        m_metrics.setLastUpdated(lastSync);
    m_metrics.start();
}

void ClinicSession::onStoreCorrupt(const RoutiqError &error)
{
    // As a damaged file found at open always was: every connection closed, the file set aside
    // (never deleted), a fresh cache synced from scratch, and the user told.
    qCWarning(lcStorage) << "the cache of" << m_connection.id
                         << "is damaged; setting it aside:" << error.code;
    // Every connection to the file closed before it is moved.
    requestStop();
    waitStopped();
    m_storeOpen = false;
    m_insightsWanted = false;
    const QString aside = DatabaseFile::setAside(m_databasePath);
    if (aside.isEmpty()) {
        emit failed(RoutiqError::make(
            QStringLiteral("DATABASE_UNREADABLE"),
            tr("The local data of this clinic is damaged and could not be set aside."),
            error.details));
        return;
    }
    CacheIntegrity::removeMarker(m_databasePath);
    emit notice(CacheIntegrity::setAsideNotice(aside));
    m_sync->start();
}

void ClinicSession::onReferenceData(const QList<Location> &locations,
                                    const QList<Practitioner> &practitioners)
{
    // "Today" is read in the filtered location's zone, else the zone of the lowest-id location
    // that has one (metrics.md 11).
    m_locations = locations;
    m_metrics.setClinicZone(ClinicZone::forToday(
        locations, m_request ? m_request->locationId : std::nullopt, m_connection));
    emit referenceDataReady(locations, practitioners);
}

} // namespace routiq
