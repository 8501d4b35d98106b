#include "dashboardcontroller.h"

#include "appointmentlistmodel.h"
#include "appointmentrow.h"
#include "insightviewscontroller.h"
#include "kpimodel.h"
#include "live/livestatustracker.h"
#include "mainwindow.h"
#include "noshowinsights.h"
#include "security/accesspolicy.h"
#include "security/auditedaccess.h"
#include "session/clinicrollup.h"
#include "session/clinicsession.h"
#include "session/cliniczone.h"

#include <algorithm>

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

// How much a status needs attention, for "All clinics": the worst clinic speaks for the group.
int severity(LiveStatus s)
{
    switch (s) {
    case LiveStatus::Live:
        return 0;
    case LiveStatus::Connecting:
        return 1;
    case LiveStatus::Syncing:
        return 2;
    case LiveStatus::Stale:
        return 3;
    case LiveStatus::Offline:
        return 4;
    case LiveStatus::AuthError:
        return 5;
    }
    return 0;
}
} // namespace

struct DashboardController::Clinic
{
    QPointer<ClinicSession> session;
    ClinicConnection connection;
    LiveStatusTracker *tracker = nullptr;
    QList<FilterChoice> locations;
    QList<FilterChoice> practitioners;
    QHash<RecordId, QTimeZone> zones; // location -> zone, for local times in lists
    std::optional<MetricsSnapshot> last;
    bool backfillComplete = false;
};

DashboardController::DashboardController(MainWindow *window, const KpiModel *kpis,
                                         const Clock &clock, QObject *parent)
    : QObject(parent), m_window(window), m_kpis(kpis), m_clock(clock),
      m_userRequest(window->currentRequest())
{
    connect(m_window, &MainWindow::drillDownRequested, this, &DashboardController::onDrillDown);
    connect(m_window, &MainWindow::requestChanged, this, &DashboardController::onRequestChanged);
    m_window->setExportAuditor([this](const QString &kind) { return auditExport(kind); });
    rebuildRollup();
    m_insights = new NoShowInsights(window, clock, this);
    m_insightViews = new InsightViewsController(window, this);
}

void DashboardController::setInsightSettings(InsightSettingsService *settings)
{
    m_insightSettings = settings;
    updateInsights();
}

TodayBoardController *DashboardController::todayBoard() const
{
    return m_insights->todayBoard();
}

DailyRiskNote *DashboardController::dailyNote() const
{
    return m_insights->dailyNote();
}

void DashboardController::setRiskBands(const RiskBands &bands)
{
    m_insights->setRiskBands(bands);
}

QList<DashboardController::Clinic *> DashboardController::visibleClinics() const
{
    QList<Clinic *> out;
    for (const auto &c : m_clinics)
        if (isVisible(c->connection.id))
            out.append(c.get());
    return out;
}

bool DashboardController::isVisible(const ClinicId &id) const
{
    if (m_locked || !clinic(id))
        return false;
    return !m_user || (m_policy && m_policy->viewAggregates(*m_user, id).isNull());
}

void DashboardController::rebuildRollup()
{
    // The roll-up covers exactly the clinics this user may see.
    delete m_rollup;
    m_rollup = new ClinicRollup(&m_clock, this);
    connect(m_rollup, &ClinicRollup::snapshotReady, this, &DashboardController::onRollupSnapshot);
    for (Clinic *c : visibleClinics())
        if (c->session)
            m_rollup->addSession(c->session);
}

void DashboardController::setUser(const ActingUser &user, const AccessPolicy *policy,
                                  const AuditedAccess *access)
{
    m_window->closeAppointmentList(); // another person may be at the PC now
    m_user = user;
    m_policy = policy;
    m_access = access;
    m_locked = false;
    rebuildRollup();
    const QList<Clinic *> visible = visibleClinics();
    refreshClinicChoices();
    if (visible.isEmpty()) {
        m_selected.clear();
        m_window->clearSnapshot();
        m_window->setStatusText(tr("Your account has no clinic assigned yet: ask a Routiq "
                                   "administrator to give you access."));
        showTracker();
        m_insights->setAccess(m_user, false);
        m_insights->showNone(false);
        m_insightViews->showNone();
        return;
    }
    selectClinic(isVisible(m_selected) ? m_selected : visible.first()->connection.id);
}

void DashboardController::clearUser()
{
    m_locked = true;
    m_user.reset();
    m_window->closeAppointmentList();
    m_window->clearSnapshot();
    m_rollup->setActive(false);
    m_last.reset();
    m_pendingRequestId = 0;
    m_insights->setAccess(std::nullopt, false);
    m_insights->showNone(false);
    m_insightViews->showNone();
    refreshClinicChoices();
}

void DashboardController::updateDrillDown()
{
    bool allowed = true;
    if (m_user && m_policy) {
        const Clinic *c = shown();
        allowed = c ? m_policy->viewPatientLevel(*m_user, c->connection.id).isNull()
                    : m_user->role != Role::ReadOnly;
    }
    m_window->setDrillDownEnabled(allowed);
    m_insights->setAccess(m_user, allowed);
    m_insightViews->setPatientLevel(allowed);
}

QString DashboardController::auditExport(const QString &kind) const
{
    // Recorded before the file is written: an export the audit log cannot show must not
    // happen. Never the path: it can name a person ("Smith visits.pdf").
    if (!m_user)
        return tr("Exports need a signed-in account.");
    if (!m_access) // shared mode: the server's log would have to record it first
        return tr("Exports are not available in shared mode yet.");
    const QString what = m_last ? QStringLiteral("%1 %2..%3")
                                      .arg(kind, m_last->range.startDate.toString(Qt::ISODate),
                                           m_last->range.endDate.toString(Qt::ISODate))
                                : kind;
    const RoutiqError error = m_access->exportAggregates(
        *m_user, showingAll() ? QStringLiteral("all") : m_selected, what);
    return error.isNull() ? QString() : error.message;
}

DashboardController::~DashboardController() = default;

DashboardController::Clinic *DashboardController::clinic(const ClinicId &id) const
{
    for (const auto &c : m_clinics)
        if (c->connection.id == id)
            return c.get();
    return nullptr;
}

DashboardController::Clinic *DashboardController::shown() const
{
    return showingAll() || !isVisible(m_selected) ? nullptr : clinic(m_selected);
}

LiveStatusTracker *DashboardController::trackerOf(const ClinicId &id) const
{
    const Clinic *c = clinic(id);
    return c ? c->tracker : nullptr;
}

LiveStatusTracker *DashboardController::tracker() const
{
    if (!showingAll())
        return trackerOf(m_selected);
    LiveStatusTracker *worst = nullptr;
    for (const Clinic *c : visibleClinics())
        if (!worst || severity(c->tracker->status()) > severity(worst->status()))
            worst = c->tracker;
    return worst;
}

void DashboardController::removeSession(ClinicSession *session)
{
    const auto it = std::find_if(m_clinics.begin(), m_clinics.end(),
                                 [session](const auto &c) { return c->session == session; });
    if (it == m_clinics.end())
        return;
    const ClinicId id = (*it)->connection.id;
    disconnect(session, nullptr, this, nullptr);
    delete (*it)->tracker;
    m_clinics.erase(it);
    if (m_selected == id)
        m_selected.clear();
    if (m_user && !m_locked)
        setUser(*m_user, m_policy, m_access);
    else
        rebuildRollup();
    refreshClinicChoices();
}

void DashboardController::addSession(ClinicSession *session)
{
    auto owned = std::make_unique<Clinic>();
    Clinic *c = owned.get();
    c->session = session;
    c->connection = session->connection();
    c->tracker = new LiveStatusTracker(m_clock, this);
    m_clinics.push_back(std::move(owned));

    LiveStatusTracker *t = c->tracker;
    connect(session, &ClinicSession::progress, t, &LiveStatusTracker::syncProgress);
    connect(session, &ClinicSession::passCompleted, t, &LiveStatusTracker::passCompleted);
    connect(session, &ClinicSession::changesCommitted, t, &LiveStatusTracker::changeSetCommitted);
    connect(session, &ClinicSession::failed, t, &LiveStatusTracker::syncFailed);
    connect(t, &LiveStatusTracker::statusChanged, this, [this] {
        if (showingAll())
            showTracker();
    });
    connect(session, &ClinicSession::passCompleted, this, [this, c](const QDateTime &, bool done) {
        c->backfillComplete = c->backfillComplete || done;
    });
    connect(session, &ClinicSession::snapshotReady, this,
            [this, c](const MetricsSnapshot &s) { onClinicSnapshot(c, s); });
    connect(session, &ClinicSession::referenceDataReady, this,
            [this, c](const QList<Location> &l, const QList<Practitioner> &p) {
                onReferenceData(c, l, p);
            });
    connect(session, &ClinicSession::appointmentListReady, this,
            &DashboardController::onAppointmentList);
    m_insights->addSession(session);
    m_insightViews->addSession(session);
    connect(session, &ClinicSession::appointmentListFailed, this,
            [this](quint64 requestId, const RoutiqError &error) {
                if (requestId == m_pendingRequestId)
                    m_window->setStatusText(error.message);
            });
    if (session->lastSuccessfulSync().isValid())
        t->setLastSuccessfulSync(session->lastSuccessfulSync());
    t->syncStarted();

    if (isVisible(c->connection.id))
        m_rollup->addSession(session);
    if (isVisible(c->connection.id) && visibleClinics().size() == 1) {
        m_selected = c->connection.id;
        m_userRequest.clinicId = m_selected;
        session->setRequest(m_userRequest);
        updateDrillDown();
        updateInsights();
    } else if (!showingAll()) {
        // Not shown yet: its figures for the same period, ready for a switch or the roll-up.
        MetricsRequest r = m_userRequest;
        r.clinicId = c->connection.id;
        r.locationId.reset();
        r.practitionerId.reset();
        session->setRequest(r);
    }
    refreshClinicChoices();
    showTracker();
}

void DashboardController::refreshClinicChoices()
{
    QList<ClinicChoice> choices;
    QList<ClinicId> ids;
    for (const Clinic *c : visibleClinics()) {
        choices.append({c->connection.id, c->connection.name});
        ids.append(c->connection.id);
    }
    m_insights->setVisibleClinics(ids);
    m_window->setClinics(choices, choices.size() > 1);
    m_window->setCurrentClinic(m_selected);
}

void DashboardController::selectClinic(const ClinicId &id)
{
    if (id.isEmpty() ? visibleClinics().size() < 2 : !isVisible(id))
        return;
    m_selected = id;
    m_last.reset();
    m_window->setCurrentClinic(id);
    m_window->clearSnapshot();
    // The other clinic's locations and practitioners mean nothing here: back to "All".
    m_window->setFilterChoices({}, {});
    if (Clinic *c = shown())
        m_window->setFilterChoices(c->locations, c->practitioners);
    m_userRequest = m_window->currentRequest();
    m_userRequest.clinicId = id;
    showTracker();
    updateDrillDown();
    updateInsights();

    if (showingAll()) {
        m_rollup->setRequest(m_userRequest);
        m_rollup->setActive(true);
        if (const auto s = m_rollup->lastSnapshot())
            onRollupSnapshot(*s);
        return;
    }
    m_rollup->setActive(false);
    Clinic *c = shown();
    if (c->last && c->last->request == m_userRequest)
        show(*c->last, c->backfillComplete);
    if (c->session)
        c->session->setRequest(m_userRequest);
}

void DashboardController::onRequestChanged(MetricsRequest request)
{
    if (request.clinicId != m_selected) {
        selectClinic(request.clinicId);
        return;
    }
    m_userRequest = request;
    if (showingAll()) {
        m_rollup->setRequest(request);
        return;
    }
    updateInsights(); // the board follows the location and practitioner filters
    if (Clinic *c = shown(); c && c->session)
        c->session->setRequest(request);
}

void DashboardController::onClinicSnapshot(Clinic *c, const MetricsSnapshot &snapshot)
{
    c->last = snapshot;
    if (c == shown() && snapshot.request == m_userRequest)
        show(snapshot, c->backfillComplete);
}

void DashboardController::onRollupSnapshot(const MetricsSnapshot &snapshot)
{
    if (!showingAll())
        return;
    const QList<Clinic *> visible = visibleClinics();
    const bool complete = std::all_of(visible.cbegin(), visible.cend(),
                                      [](const Clinic *c) { return c->backfillComplete; });
    show(snapshot, complete);
}

void DashboardController::show(const MetricsSnapshot &snapshot, bool complete)
{
    m_last = snapshot;
    m_window->applySnapshot(snapshot);
    if (complete && !m_announced) {
        m_announced = true;
        emit firstCompleteSnapshot();
    }
}

void DashboardController::showTracker()
{
    // For "All clinics" the worst clinic speaks for the group, so its problems carry its name.
    const bool all = showingAll();
    for (const auto &c : m_clinics)
        c->tracker->setSubject(all ? c->connection.name : QString());
    m_window->setLiveStatusTracker(tracker());
}

void DashboardController::onReferenceData(Clinic *c, const QList<Location> &locations,
                                          const QList<Practitioner> &practitioners)
{
    c->locations.clear();
    c->practitioners.clear();
    for (const Location &x : locations) {
        if (!x.archived)
            c->locations.append({x.id, x.name});
        if (!x.timeZoneId.isEmpty())
            c->zones.insert(x.id, QTimeZone(x.timeZoneId.toUtf8()));
    }
    for (const Practitioner &x : practitioners)
        c->practitioners.append(
            {x.id, x.active ? x.displayName : x.displayName + tr(" (inactive)")});
    m_insights->setClinicZones(c->connection.id, zonesOf(c));
    if (c == shown()) {
        m_window->setFilterChoices(c->locations, c->practitioners);
        updateInsights(); // zones and practitioner names for the board
    }
}

void DashboardController::onDrillDown(const QString &kpiKey)
{
    if (m_insights->drillDown(kpiKey))
        return; // the expected no-shows: its own list
    if (m_insightViews->drillDown(kpiKey))
        return; // dropped-off patients: the worklist
    Clinic *c = shown();
    if (!c) {
        m_window->setStatusText(tr("Choose one clinic to see the appointments behind a figure."));
        return;
    }
    if (!c->session || !m_last)
        return;
    AppointmentListQuery query;
    query.from = m_last->range.startDate;
    query.to = m_last->range.endDate;
    query.locationId = m_last->request.locationId;
    query.practitionerId = m_last->request.practitionerId;
    query.withPatientNames = true; // the demo account is staff; roles gate this in services
    m_pendingRequestId = ++m_nextRequestId;
    m_pendingKpi = kpiKey;
    m_pendingClinic = c->connection.id;
    if (m_user)
        c->session->requestAppointmentList(*m_user, query, m_pendingRequestId);
    else
        c->session->requestAppointmentList(query, m_pendingRequestId);
}

void DashboardController::onAppointmentList(quint64 requestId,
                                            const QList<AppointmentListRow> &rows)
{
    const Clinic *c = clinic(m_pendingClinic);
    if (requestId != m_pendingRequestId || !c)
        return; // an older request answered late
    QList<AppointmentRow> shownRows;
    for (const AppointmentListRow &r : rows) {
        if (!belongsTo(m_pendingKpi, r.status))
            continue;
        shownRows.append(AppointmentListModel::rowFrom(r, c->zones.value(r.locationId)));
    }
    const int row = m_kpis->rowOfKey(m_pendingKpi);
    const QString title = row >= 0 ? m_kpis->index(row).data().toString() : m_pendingKpi;
    m_window->showAppointmentList(tr("Appointments behind %1 — %2").arg(title, c->connection.name),
                                  shownRows);
}

LocalZones DashboardController::zonesOf(const Clinic *c) const
{
    LocalZones z;
    z.byLocation = c->zones;
    z.fallback = todayZoneOf(c);
    return z;
}

QTimeZone DashboardController::todayZoneOf(const Clinic *c) const
{
    // As the metrics read "today" (metrics.md reading 11): the filtered location's zone, else
    // the lowest-id location that has one, else the connection's.
    if (c == shown() && m_userRequest.locationId && c->zones.contains(*m_userRequest.locationId))
        return c->zones.value(*m_userRequest.locationId);
    if (!c->zones.isEmpty()) {
        const QList<RecordId> ids = c->zones.keys();
        return c->zones.value(*std::min_element(ids.cbegin(), ids.cend()));
    }
    return ClinicZone::fallback(c->connection);
}

void DashboardController::updateInsights()
{
    Clinic *c = shown();
    if (!c || !c->session) {
        m_insights->showNone(showingAll());
        if (showingAll()) {
            QList<ClinicSession *> sessions;
            for (Clinic *v : visibleClinics())
                if (v->session)
                    sessions.append(v->session);
            m_insightViews->showAll(sessions);
        } else {
            m_insightViews->showNone();
        }
        return;
    }
    InsightSource source;
    source.session = c->session;
    source.clinicId = c->connection.id;
    source.clinicName = c->connection.name;
    source.locations = c->locations;
    source.practitioners = c->practitioners;
    source.request = m_userRequest;
    source.user = m_user;
    source.access = m_access;
    source.settings = m_insightSettings;
    m_insightViews->showClinic(source);
    NoShowInsights::ClinicView view;
    view.session = c->session;
    view.id = c->connection.id;
    view.name = c->connection.name;
    view.zones = zonesOf(c);
    view.todayZone = todayZoneOf(c);
    for (const FilterChoice &p : std::as_const(c->practitioners))
        view.practitioners.insert(p.id, p.name);
    view.locationId = m_userRequest.locationId;
    view.practitionerId = m_userRequest.practitionerId;
    m_insights->showClinic(view);
}

} // namespace routiq
