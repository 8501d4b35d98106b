#include "insightviewscontroller.h"

#include "dashboardfilters.h"
#include "forwardbookingsview.h"
#include "lapsedcountmodel.h"
#include "lapsedpatientswindow.h"
#include "mainwindow.h"
#include "practitionertableview.h"
#include "session/clinicsession.h"

#include <QAction>
#include <QComboBox>

namespace routiq {

InsightViewsController::InsightViewsController(MainWindow *window, QObject *parent)
    : QObject(parent), m_window(window)
{
    auto *lapsed = new QAction(tr("Dropped-off &patients"), this);
    lapsed->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    lapsed->setToolTip(tr("Patients who stopped coming mid-treatment: the re-engagement "
                          "worklist (Ctrl+3)"));
    connect(lapsed, &QAction::triggered, this, &InsightViewsController::openLapsed);
    auto *side = new QAction(tr("Practitioners &side by side"), this);
    side->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    side->setToolTip(tr("Every figure per practitioner for this period (Ctrl+4)"));
    connect(side, &QAction::triggered, this, &InsightViewsController::openPractitioners);
    auto *forward = new QAction(tr("&Forward bookings"), this);
    forward->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_5));
    forward->setToolTip(tr("Bookings and utilisation of the weeks ahead (Ctrl+5)"));
    connect(forward, &QAction::triggered, this, &InsightViewsController::openForward);
    window->addInsightActions({lapsed, side, forward});
    window->lapsedCounts()->setUnavailable(QString());
}

InsightViewsController::~InsightViewsController()
{
    closeWindows();
}

LapsedPatientsWindow *InsightViewsController::lapsedWindow() const
{
    return m_lapsed;
}

PractitionerTableView *InsightViewsController::practitionerView() const
{
    return m_practitioners;
}

ForwardBookingsView *InsightViewsController::forwardView() const
{
    return m_forward;
}

void InsightViewsController::addSession(ClinicSession *session)
{
    connect(session, &ClinicSession::snapshotReady, this, [this, session] {
        const bool shown = (m_source && m_source->session == session) || m_all.contains(session);
        if (shown)
            askCount(session);
    });
    connect(
        session, &ClinicSession::lapsedCountReady, this,
        [this, session](quint64 id, int count, QDate asOf) { onCount(session, id, count, asOf); });
    connect(session, &ClinicSession::insightFailed, this,
            [this, session](quint64 id, const RoutiqError &error) {
                if (m_pending.value(session) == id && m_source && m_source->session == session)
                    m_window->lapsedCounts()->setUnavailable(error.message);
            });
    connect(session, &QObject::destroyed, this, [this, session] {
        m_pending.remove(session);
        m_counts.remove(session);
    });
}

void InsightViewsController::showClinic(const InsightSource &source)
{
    const bool sameClinic = m_source && m_source->session == source.session;
    const auto userId = [](const std::optional<ActingUser> &u) {
        return u ? u->userId : 0;
    };
    // Another person at the PC: their windows start afresh (the patient rows go now).
    if (m_source && userId(m_source->user) != userId(source.user))
        closeWindows();
    m_source = source;
    m_all.clear();
    LapsedQuery query;
    query.locationId = source.request.locationId;
    query.practitionerId = source.request.practitionerId;
    if (!sameClinic || query != m_cardQuery) {
        m_cardQuery = query;
        m_counts.clear();
        m_window->lapsedCounts()->setUnavailable(QString());
        askCounts();
    }
    if (m_lapsed)
        m_lapsed->setSource(source);
    if (m_practitioners)
        m_practitioners->setSource(source);
    if (m_forward)
        m_forward->setSource(source);
}

void InsightViewsController::showAll(const QList<ClinicSession *> &sessions)
{
    m_source.reset();
    m_all.clear();
    m_cardQuery = LapsedQuery(); // another clinic's ids mean nothing here
    for (ClinicSession *s : sessions)
        m_all.append(s);
    m_counts.clear();
    m_window->lapsedCounts()->setUnavailable(QString());
    // The windows show one clinic's patients and practitioners: none of them fits the group.
    closeWindows();
    askCounts();
}

void InsightViewsController::showNone()
{
    m_source.reset();
    m_all.clear();
    m_counts.clear();
    m_pending.clear();
    closeWindows();
    m_window->lapsedCounts()->setUnavailable(QString());
}

void InsightViewsController::closeWindows()
{
    for (QWidget *w :
         {static_cast<QWidget *>(m_lapsed.data()), static_cast<QWidget *>(m_practitioners.data()),
          static_cast<QWidget *>(m_forward.data())})
        if (w)
            w->close(); // WA_DeleteOnClose: the rows (names) go with the window
}

void InsightViewsController::askCounts()
{
    if (m_source && m_source->session)
        askCount(m_source->session);
    for (const QPointer<ClinicSession> &s : std::as_const(m_all))
        if (s)
            askCount(s);
}

void InsightViewsController::askCount(ClinicSession *session)
{
    const quint64 id = nextInsightRequestId();
    m_pending.insert(session, id);
    session->requestLapsedCount(m_cardQuery, id);
}

void InsightViewsController::onCount(ClinicSession *session, quint64 requestId, int count,
                                     QDate asOf)
{
    if (m_pending.value(session) != requestId)
        return;
    m_counts.insert(session, {count, asOf});
    showCount();
}

void InsightViewsController::showCount()
{
    if (m_source) {
        const auto it = m_counts.constFind(m_source->session.data());
        if (it != m_counts.cend())
            m_window->lapsedCounts()->setCount(it->first, it->second, m_cardQuery);
        return;
    }
    // All clinics: the sum once every clinic answered (a patient belongs to one clinic's PMS,
    // so the counts add up without double counting).
    int total = 0;
    QDate asOf;
    for (const QPointer<ClinicSession> &s : std::as_const(m_all)) {
        if (!s)
            continue;
        const auto it = m_counts.constFind(s.data());
        if (it == m_counts.cend())
            return;
        total += it->first;
        asOf = qMax(asOf, it->second);
    }
    if (!m_all.isEmpty())
        m_window->lapsedCounts()->setCount(total, asOf, LapsedQuery());
}

bool InsightViewsController::drillDown(const QString &kpiKey)
{
    if (kpiKey != LapsedCountModel::key())
        return false;
    if (m_patientLevel)
        openLapsed();
    return true;
}

bool InsightViewsController::needsOneClinic()
{
    if (m_source && m_source->session)
        return false;
    m_window->setStatusText(m_all.isEmpty()
                                ? tr("No clinic is shown yet.")
                                : tr("Choose one clinic to see its patients and practitioners."));
    return true;
}

void InsightViewsController::openLapsed()
{
    if (needsOneClinic())
        return;
    if (!m_lapsed) {
        m_lapsed = new LapsedPatientsWindow(m_window);
        m_lapsed->setAttribute(Qt::WA_DeleteOnClose);
        m_lapsed->setSource(*m_source);
    }
    m_lapsed->show();
    m_lapsed->raise();
    m_lapsed->activateWindow();
}

void InsightViewsController::openPractitioners()
{
    if (needsOneClinic())
        return;
    if (!m_practitioners) {
        m_practitioners = new PractitionerTableView(m_window);
        m_practitioners->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_practitioners, &PractitionerTableView::practitionerActivated, this,
                &InsightViewsController::choosePractitioner);
        m_practitioners->setSource(*m_source);
    }
    m_practitioners->show();
    m_practitioners->raise();
    m_practitioners->activateWindow();
}

void InsightViewsController::openForward()
{
    if (needsOneClinic())
        return;
    if (!m_forward) {
        m_forward = new ForwardBookingsView(m_window);
        m_forward->setAttribute(Qt::WA_DeleteOnClose);
        m_forward->setSource(*m_source);
    }
    m_forward->show();
    m_forward->raise();
    m_forward->activateWindow();
}

void InsightViewsController::choosePractitioner(RecordId practitionerId)
{
    // As if the user picked it in the filter: the dashboard asks again, and the windows
    // follow through showClinic.
    QComboBox *box = m_window->filters()->practitionerBox();
    const int row = box->findData(QVariant::fromValue(practitionerId));
    if (row < 0)
        return;
    box->setCurrentIndex(row);
    m_window->showDashboard();
    m_window->raise();
    m_window->activateWindow();
}

} // namespace routiq
