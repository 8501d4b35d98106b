#pragma once

#include "insights/lapsedpatients.h"
#include "insightsource.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QAction;

namespace routiq {

class ClinicSession;
class ForwardBookingsView;
class LapsedPatientsWindow;
class MainWindow;
class PractitionerTableView;

// The insights of issue 13 for DashboardController: the "Dropped off" card (the lapsed count,
// live for the shown clinic and its location/practitioner filters, summed for "All clinics"), the
// View menu's and the dashboard's ways into the three windows (dropped-off patients, practitioners
// side by side, forward bookings), each window kept on the shown clinic and the dashboard's
// filters, and a practitioner chosen in the side-by-side table set as the dashboard's practitioner
// filter.
class InsightViewsController : public QObject
{
    Q_OBJECT
public:
    explicit InsightViewsController(MainWindow *window, QObject *parent = nullptr);
    ~InsightViewsController() override;

    void addSession(ClinicSession *session);
    // The shown clinic (its session, names, filters and who asks); the windows follow it.
    void showClinic(const InsightSource &source);
    // "All clinics": the card sums the lapsed counts of `sessions`; the windows ask for one.
    void showAll(const QList<ClinicSession *> &sessions);
    // Signed out or locked: every window closes (patient names with them), the card empties.
    void showNone();
    // Whether the signed-in role may open patient-level lists (the worklist).
    void setPatientLevel(bool allowed) { m_patientLevel = allowed; }
    // Handles the "Dropped off" card's drill-down; false for any other figure.
    bool drillDown(const QString &kpiKey);

    void openLapsed();
    void openPractitioners();
    void openForward();

    LapsedPatientsWindow *lapsedWindow() const;
    PractitionerTableView *practitionerView() const;
    ForwardBookingsView *forwardView() const;

private:
    void askCounts();
    void askCount(ClinicSession *session);
    void onCount(ClinicSession *session, quint64 requestId, int count, QDate asOf);
    void showCount();
    void closeWindows();
    void choosePractitioner(RecordId practitionerId);
    bool needsOneClinic();

    MainWindow *m_window;
    std::optional<InsightSource> m_source; // one clinic shown
    QList<QPointer<ClinicSession>> m_all;  // "All clinics" shown
    bool m_patientLevel = false;
    LapsedQuery m_cardQuery; // the card follows the dashboard's location and practitioner
    QHash<ClinicSession *, quint64> m_pending; // the count asked last, per clinic
    QHash<ClinicSession *, std::pair<int, QDate>> m_counts;
    QPointer<LapsedPatientsWindow> m_lapsed;
    QPointer<PractitionerTableView> m_practitioners;
    QPointer<ForwardBookingsView> m_forward;
};

} // namespace routiq
