#include "noshowinsights.h"

#include "dailyrisknote.h"
#include "mainwindow.h"
#include "noshowkpimodel.h"
#include "risklistmodel.h"
#include "risktext.h"
#include "session/clinicsession.h"
#include "todayboardcontroller.h"

#include <QCoreApplication>
#include <QSettings>

namespace routiq {

namespace {
// Its lists answer through the same session signal as the KPI drill-down (ids from 1) and the
// Today board (ids from 2^48): a range of its own keeps each answer with its asker.
constexpr quint64 kFirstRequestId = quint64(1) << 47;
} // namespace

NoShowInsights::NoShowInsights(MainWindow *window, const Clock &clock, QObject *parent)
    : QObject(parent), m_window(window), m_nextRequestId(kFirstRequestId)
{
    // Only the real app (which names its organisation) reads user settings.
    DailyRiskNote::Settings settings;
    if (!QCoreApplication::organizationName().isEmpty())
        settings = DailyRiskNote::Settings::read(QSettings());
    m_board = new TodayBoardController(window->todayBoard(), clock, this);
    m_note = new DailyRiskNote(clock, this);
    m_note->setCounter([this](QDate tomorrow) { return highRiskTomorrow(tomorrow); });
    m_note->setSettings(settings);
    setRiskBands(settings.bands);
    connect(m_note, &DailyRiskNote::noteDue, window, &MainWindow::showDailyNote);
    connect(window, &MainWindow::todayBoardShownChanged, m_board, &TodayBoardController::setActive);
    connect(window, &MainWindow::retrainRequested, this, [this] {
        if (m_shown && m_shown->session)
            m_shown->session->retrainNoShowModel();
    });
    m_board->setActive(window->todayBoardShown());
}

void NoShowInsights::addSession(ClinicSession *session)
{
    const ClinicId id = session->connection().id;
    m_snapshots.insert(id, session->noShowSnapshot());
    connect(session, &ClinicSession::noShowReady, this,
            [this, id](const NoShowSnapshot &s) { onSnapshot(id, s); });
    connect(session, &ClinicSession::noShowTrainingChanged, this, [this, id](bool running) {
        if (m_shown && m_shown->id == id)
            m_window->setNoShowTraining(running);
    });
    connect(session, &ClinicSession::appointmentListReady, this, &NoShowInsights::onList);
    connect(session, &ClinicSession::appointmentListFailed, this, &NoShowInsights::onListFailed);
}

void NoShowInsights::setClinicZones(const ClinicId &clinic, const LocalZones &zones)
{
    m_zones.insert(clinic, zones);
}

void NoShowInsights::setVisibleClinics(const QList<ClinicId> &clinics)
{
    m_visible = clinics;
}

void NoShowInsights::setAccess(const std::optional<ActingUser> &user, bool patientLevel)
{
    m_user = user;
    m_patientLevel = patientLevel;
    m_board->setAccess(user, patientLevel);
}

void NoShowInsights::showClinic(const ClinicView &view)
{
    m_shown = view;
    m_zones.insert(view.id, view.zones);
    const NoShowSnapshot snapshot = m_snapshots.value(view.id);
    if (snapshot.generatedAt.isValid())
        m_window->setNoShowSnapshot(snapshot);
    else if (view.session && view.session->isViewer())
        // Shared mode: no model is trained on a viewer (issue 16); say so rather than wait.
        m_window->setNoShowUnavailable(tr("Not in shared mode yet"));
    else
        m_window->setNoShowUnavailable(tr("Waiting for the risk model"));
    TodayBoardController::View board;
    board.session = view.session;
    board.clinicName = view.name;
    board.zones = view.zones;
    board.todayZone = view.todayZone;
    board.practitioners = view.practitioners;
    board.locationId = view.locationId;
    board.practitionerId = view.practitionerId;
    board.snapshot = snapshot;
    m_board->setView(board);
    m_note->setZone(view.todayZone);
}

void NoShowInsights::showNone(bool allClinics)
{
    m_shown.reset();
    m_pendingRequestId = 0;
    m_window->setNoShowUnavailable(allClinics ? tr("Choose one clinic to see its no-show risk.")
                                              : QString());
    m_board->clearView(allClinics ? tr("Choose one clinic to see its Today board.") : QString());
}

void NoShowInsights::setRiskBands(const RiskBands &bands)
{
    m_bands = bands;
    m_board->setBands(bands);
    DailyRiskNote::Settings s = m_note->settings();
    s.bands = bands;
    m_note->setSettings(s);
}

void NoShowInsights::onSnapshot(const ClinicId &clinic, const NoShowSnapshot &snapshot)
{
    m_snapshots.insert(clinic, snapshot);
    if (m_shown && m_shown->id == clinic)
        m_window->setNoShowSnapshot(snapshot);
    m_note->check(); // a note waiting for a model can be given now
}

bool NoShowInsights::drillDown(const QString &kpiKey)
{
    if (kpiKey != NoShowKpiModel::key())
        return false;
    if (!m_shown || !m_shown->session) {
        m_window->setStatusText(tr("Choose one clinic to see the appointments behind a figure."));
        return true;
    }
    if (!m_patientLevel)
        return true; // the card is a plain figure for this account: nothing to ask for
    const NoShowSnapshot snapshot = m_snapshots.value(m_shown->id);
    if (snapshot.model.status != NoShowModelInfo::Status::Ready) {
        m_window->setStatusText(RiskText::notReady(snapshot.model));
        return true;
    }
    // Every booking the figure sums: the clinic's, unfiltered, from today to the 7th day.
    AppointmentListQuery query;
    query.from = snapshot.generatedAt.toTimeZone(m_shown->todayZone).date();
    query.to = snapshot.generatedAt.addDays(NoShowKpiModel::kHorizonDays)
                   .toTimeZone(m_shown->todayZone)
                   .date();
    query.withPatientNames = true;
    m_pendingRequestId = m_nextRequestId++;
    if (m_user)
        m_shown->session->requestAppointmentList(*m_user, query, m_pendingRequestId);
    else
        m_shown->session->requestAppointmentList(query, m_pendingRequestId);
    return true;
}

void NoShowInsights::onList(quint64 requestId, const QList<AppointmentListRow> &rows)
{
    if (requestId != m_pendingRequestId || !m_shown)
        return;
    m_pendingRequestId = 0;
    const NoShowSnapshot snapshot = m_snapshots.value(m_shown->id);
    const QList<RiskListModel::Entry> entries = RiskListModel::join(
        rows, snapshot, snapshot.generatedAt.addDays(NoShowKpiModel::kHorizonDays), m_shown->zones);
    m_window->showRiskList(tr("Expected no-shows (next 7 days) \u2014 %1").arg(m_shown->name),
                           entries, snapshot, m_bands);
}

void NoShowInsights::onListFailed(quint64 requestId, const RoutiqError &error)
{
    if (requestId != m_pendingRequestId)
        return;
    m_pendingRequestId = 0;
    m_window->setStatusText(error.message);
}

std::optional<int> NoShowInsights::highRiskTomorrow(QDate tomorrow) const
{
    std::optional<int> total;
    for (const ClinicId &id : m_visible) {
        const NoShowSnapshot s = m_snapshots.value(id);
        if (s.model.status != NoShowModelInfo::Status::Ready)
            continue;
        total =
            total.value_or(0) + DailyRiskNote::highRiskOn(s, tomorrow, m_zones.value(id), m_bands);
    }
    return total;
}

} // namespace routiq
