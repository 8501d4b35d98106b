#include "todayboardcontroller.h"

#include "core/clock.h"
#include "riskcountsmodel.h"
#include "session/clinicsession.h"
#include "todayboardmodel.h"
#include "todayboardpage.h"

namespace routiq {

namespace {
// The board's request ids live far above the drill-down's (which count from 1): both answer
// through the same session signal, so neither may take the other's list for its own.
constexpr quint64 kFirstRequestId = quint64(1) << 48;
} // namespace

TodayBoardController::TodayBoardController(TodayBoardPage *page, const Clock &clock,
                                           QObject *parent)
    : QObject(parent), m_page(page), m_clock(clock), m_nextRequestId(kFirstRequestId)
{
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(kDefaultCoalesceMs);
    connect(&m_coalesce, &QTimer::timeout, this, &TodayBoardController::onCoalesceEnded);
    m_noViewReason = tr("Waiting for the clinic\u2026");
}

void TodayBoardController::setView(const View &view)
{
    // The same clinic and filters (new zones or names from the PMS, a sign-in that kept the
    // clinic) is the same open view: no new list, no new audit entry.
    const bool same = m_view && m_view->session == view.session &&
                      m_view->locationId == view.locationId &&
                      m_view->practitionerId == view.practitionerId;
    if (!same)
        close();
    m_view = view;
    if (!same)
        connectSession();
    m_page->setClinicName(view.clinicName);
    m_page->boardModel()->setZones(view.zones);
    m_page->countsModel()->setZones(view.zones);
    m_page->countsModel()->setPractitionerNames(view.practitioners);
    onSnapshot(view.snapshot);
    if (!same || !m_opened)
        reopen();
    else if (m_page->today() != today() && !m_pendingRequestId)
        requestList(false); // the clinic's zone arrived and moved "today": read those days
}

void TodayBoardController::clearView(const QString &reason)
{
    close();
    m_view.reset();
    connectSession();
    m_noViewReason = reason;
    m_page->setClinicName({});
    m_page->countsModel()->clear();
    reopen();
}

void TodayBoardController::setAccess(const std::optional<ActingUser> &user, bool patientLevel)
{
    const bool same = patientLevel == m_patientLevel && user.has_value() == m_user.has_value() &&
                      (!user || (user->userId == m_user->userId && user->role == m_user->role));
    if (same)
        return;
    close(); // another person may be at the desk now
    m_user = user;
    m_patientLevel = patientLevel;
    reopen();
}

void TodayBoardController::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (active)
        reopen();
    else
        close();
}

void TodayBoardController::setBands(const RiskBands &bands)
{
    m_page->setBands(bands);
}

void TodayBoardController::connectSession()
{
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    ClinicSession *s = m_view ? m_view->session.data() : nullptr;
    if (!s)
        return;
    m_connections
        << connect(s, &ClinicSession::changesCommitted, this, &TodayBoardController::onChanges)
        << connect(s, &ClinicSession::passCompleted, this, &TodayBoardController::onPassCompleted)
        << connect(s, &ClinicSession::noShowReady, this, &TodayBoardController::onSnapshot)
        << connect(s, &ClinicSession::appointmentListReady, this, &TodayBoardController::onList)
        << connect(s, &ClinicSession::appointmentListFailed, this,
                   &TodayBoardController::onListFailed);
}

QDate TodayBoardController::today() const
{
    const QTimeZone zone =
        m_view && m_view->todayZone.isValid() ? m_view->todayZone : QTimeZone::systemTimeZone();
    return m_clock.nowUtc().toTimeZone(zone).date();
}

void TodayBoardController::reopen()
{
    if (!m_view || !m_view->session) {
        m_page->showMessage(m_noViewReason);
        return;
    }
    m_page->setToday(today());
    if (!m_patientLevel) {
        // Counts by risk band from the snapshot: nothing patient-level is read.
        m_page->showCounts();
        return;
    }
    if (m_active && !m_opened)
        open();
    else if (!m_active)
        m_page->showMessage(tr("Loading the day\u2026"));
}

void TodayBoardController::open()
{
    m_opened = true;
    m_page->showMessage(tr("Loading the day\u2026"));
    requestList(true);
}

void TodayBoardController::close()
{
    m_opened = false;
    m_loaded = false;
    m_dirty = false;
    m_pendingRequestId = 0;
    m_coalesce.stop();
    m_page->boardModel()->setRows({}); // the names go with the view
}

void TodayBoardController::requestList(bool audited)
{
    ClinicSession *s = m_view ? m_view->session.data() : nullptr;
    if (!s)
        return;
    const QDate day = today();
    m_page->setToday(day);
    AppointmentListQuery query;
    query.from = day;
    query.to = day.addDays(1);
    query.locationId = m_view->locationId;
    query.practitionerId = m_view->practitionerId;
    query.withPatientNames = true;
    m_pendingRequestId = m_nextRequestId++;
    ++m_requests;
    if (!m_user)
        s->requestAppointmentList(query, m_pendingRequestId);
    else if (audited)
        s->requestAppointmentList(*m_user, query, m_pendingRequestId);
    else
        s->refreshAppointmentList(*m_user, query, m_pendingRequestId);
}

void TodayBoardController::onChanges()
{
    if (!m_opened)
        return;
    // The first change after a quiet spell reads at once, a burst collapses into one more read
    // at the end of the interval; never two reads in flight.
    if (m_coalesce.isActive() || m_pendingRequestId) {
        m_dirty = true;
        return;
    }
    requestList(false);
    m_coalesce.start();
}

void TodayBoardController::onPassCompleted()
{
    // A list asked for before the clinic's reader was open is never answered (the session
    // drops it): while the board still waits for its first rows, each sync pass asks again —
    // the same open, already audited, so through the refresh path.
    if (m_opened && !m_loaded && m_pendingRequestId)
        requestList(false);
}

void TodayBoardController::onCoalesceEnded()
{
    if (!m_dirty || !m_opened)
        return;
    if (m_pendingRequestId)
        return; // the answer's arrival reads again
    m_dirty = false;
    requestList(false);
    m_coalesce.start();
}

void TodayBoardController::onSnapshot(const NoShowSnapshot &snapshot)
{
    m_page->boardModel()->setNow(m_clock.nowUtc());
    m_page->boardModel()->setSnapshot(snapshot);
    m_page->countsModel()->setSnapshot(snapshot);
}

void TodayBoardController::onList(quint64 requestId, const QList<AppointmentListRow> &rows)
{
    if (requestId != m_pendingRequestId || !m_opened)
        return;
    m_pendingRequestId = 0;
    m_loaded = true;
    m_page->boardModel()->setNow(m_clock.nowUtc());
    m_page->boardModel()->setRows(rows);
    m_page->showBoard();
    if (m_dirty && !m_coalesce.isActive()) {
        m_dirty = false;
        requestList(false);
        m_coalesce.start();
    }
}

void TodayBoardController::onListFailed(quint64 requestId, const RoutiqError &error)
{
    if (requestId != m_pendingRequestId)
        return;
    close();
    m_page->showMessage(error.message);
}

} // namespace routiq
