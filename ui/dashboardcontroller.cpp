#include "dashboardcontroller.h"

#include "appointmentlistmodel.h"
#include "appointmentrow.h"
#include "dashboardchoices.h"
#include "kpimodel.h"
#include "live/livestatustracker.h"
#include "mainwindow.h"
#include "session/clinicsession.h"

namespace routiq {

namespace {
// Which appointments stand behind a KPI, so the list reconciles with the number.
bool belongsTo(const QString &kpi, AppointmentStatus s)
{
    if (kpi == QLatin1String("missedAppointments") ||
        kpi == QLatin1String("missedAppointmentsPercentage"))
        return s == AppointmentStatus::Missed;
    if (kpi == QLatin1String("cancellations") || kpi == QLatin1String("cancellationRate") ||
        kpi == QLatin1String("lateCancellations"))
        return s == AppointmentStatus::Cancelled;
    if (kpi == QLatin1String("attendedAppointments") || kpi == QLatin1String("rebookRate"))
        return s == AppointmentStatus::Attended;
    return s != AppointmentStatus::Cancelled && s != AppointmentStatus::Deleted;
}
} // namespace

DashboardController::DashboardController(MainWindow *window, const KpiModel *kpis,
                                         const Clock &clock, QObject *parent)
    : QObject(parent), m_window(window), m_kpis(kpis), m_tracker(new LiveStatusTracker(clock, this))
{
    m_window->setLiveStatusTracker(m_tracker);
    connect(m_window, &MainWindow::drillDownRequested, this, &DashboardController::onDrillDown);
    connect(m_window, &MainWindow::requestChanged, this, [this](MetricsRequest request) {
        if (!m_session)
            return;
        request.clinicId = m_connection.id;
        m_session->setRequest(request);
    });
}

void DashboardController::setSession(ClinicSession *session, const ClinicConnection &connection)
{
    m_session = session;
    m_connection = connection;
    m_window->setClinics({ClinicChoice{connection.id, connection.name}});

    connect(session, &ClinicSession::snapshotReady, this, [this](const MetricsSnapshot &s) {
        m_last = s;
        m_window->applySnapshot(s);
        if (m_backfillComplete && !m_announced) {
            m_announced = true;
            emit firstCompleteSnapshot();
        }
    });
    connect(session, &ClinicSession::passCompleted, this, [this](const QDateTime &, bool complete) {
        m_backfillComplete = m_backfillComplete || complete;
    });
    connect(session, &ClinicSession::referenceDataReady, this,
            [this](const QList<Location> &locations, const QList<Practitioner> &practitioners) {
                QList<FilterChoice> l, p;
                for (const Location &x : locations) {
                    if (!x.archived)
                        l.append({x.id, x.name});
                    if (!x.timeZoneId.isEmpty())
                        m_zones.insert(x.id, QTimeZone(x.timeZoneId.toUtf8()));
                }
                for (const Practitioner &x : practitioners)
                    p.append({x.id, x.active ? x.displayName : x.displayName + tr(" (inactive)")});
                m_window->setFilterChoices(l, p);
            });
    connect(session, &ClinicSession::progress, m_tracker, &LiveStatusTracker::syncProgress);
    connect(session, &ClinicSession::passCompleted, m_tracker, &LiveStatusTracker::passCompleted);
    connect(session, &ClinicSession::changesCommitted, m_tracker,
            &LiveStatusTracker::changeSetCommitted);
    connect(session, &ClinicSession::failed, m_tracker, &LiveStatusTracker::syncFailed);
    connect(session, &ClinicSession::appointmentListReady, this,
            &DashboardController::onAppointmentList);
    if (session->lastSuccessfulSync().isValid())
        m_tracker->setLastSuccessfulSync(session->lastSuccessfulSync());
    m_tracker->syncStarted();

    MetricsRequest request = m_window->currentRequest();
    request.clinicId = connection.id;
    session->setRequest(request);
}

void DashboardController::onDrillDown(const QString &kpiKey)
{
    if (!m_session || !m_last)
        return;
    AppointmentListQuery query;
    query.from = m_last->range.startDate;
    query.to = m_last->range.endDate;
    query.locationId = m_last->request.locationId;
    query.practitionerId = m_last->request.practitionerId;
    query.withPatientNames = true; // the demo account is staff; roles gate this in services
    m_pendingRequestId = ++m_nextRequestId;
    m_pendingKpi = kpiKey;
    m_session->requestAppointmentList(query, m_pendingRequestId);
}

void DashboardController::onAppointmentList(quint64 requestId,
                                            const QList<AppointmentListRow> &rows)
{
    if (requestId != m_pendingRequestId)
        return; // an older request answered late
    QList<AppointmentRow> shown;
    for (const AppointmentListRow &r : rows) {
        if (!belongsTo(m_pendingKpi, r.status))
            continue;
        const QTimeZone zone = m_zones.value(r.locationId);
        const QTime local = zone.isValid() ? r.startsAtUtc.toTimeZone(zone).time()
                                           : QTime(r.localHour, r.startsAtUtc.time().minute());
        shown.append({r.localDate, local, r.practitionerName, r.patientName,
                      AppointmentListModel::statusText(r.status)});
    }
    const int row = m_kpis->rowOfKey(m_pendingKpi);
    const QString title = row >= 0 ? m_kpis->index(row).data().toString() : m_pendingKpi;
    m_window->showAppointmentList(tr("Appointments behind %1").arg(title), shown);
}

} // namespace routiq
