#pragma once

#include "dashboardchoices.h"
#include "domain/appointmentlistrow.h"
#include "domain/clinicconnection.h"
#include "domain/records.h"
#include "insights/noshowsnapshot.h"
#include "localzones.h"
#include "metrics/clinicmetrics.h"
#include "security/actinguser.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimeZone>

#include <memory>
#include <optional>
#include <vector>

namespace routiq {

class AccessPolicy;
class AuditedAccess;
class ClinicRollup;
class ClinicSession;
class Clock;
class DailyRiskNote;
class InsightSettingsService;
class InsightViewsController;
class KpiModel;
class LiveStatusTracker;
class MainWindow;
class NoShowInsights;
class TodayBoardController;

// Binds the open ClinicSessions to the dashboard window. Each clinic keeps its own live status
// (a LiveStatusTracker fed by its session) and filter choices; the window shows the clinic the
// selector names, or with two or more clinics "All clinics": the ClinicRollup's figures and the
// live status of the clinic in the worst state (the group is only as live as its weakest link).
// Also answers KPI drill-downs from the shown clinic's cache (read off the GUI thread).
class DashboardController : public QObject
{
    Q_OBJECT
public:
    // `kpis` names the figures in drill-down titles; `clock` must outlive the controller.
    DashboardController(MainWindow *window, const KpiModel *kpis, const Clock &clock,
                        QObject *parent = nullptr);
    ~DashboardController() override;

    // Adds a clinic to the selector (the first one added is shown). Not owned.
    void addSession(ClinicSession *session);
    // Before ClinicSessions destroys `session` (a clinic removed, or its key replaced): drops it
    // from the choices, the roll-up and the screen.
    void removeSession(ClinicSession *session);
    // Shows one clinic, or all of them with an empty id (when two or more are open).
    void selectClinic(const ClinicId &clinic);
    ClinicId selectedClinic() const { return m_selected; }

    // Who is signed in. Clinics the user may not see leave the selector (AccessPolicy), KPI
    // drill-down is on only for roles with patient-level access (ClinicSession checks again
    // and audits), and each export is recorded through `access`. Both must outlive us.
    void setUser(const ActingUser &user, const AccessPolicy *policy, const AuditedAccess *access);
    // Locked or signed out: closes the appointment list and shows no clinic until setUser.
    void clearUser();
    bool hasUser() const { return m_user.has_value(); }

    // The tracker the window shows now, and each clinic's own.
    LiveStatusTracker *tracker() const;
    LiveStatusTracker *trackerOf(const ClinicId &clinic) const;

    // No-show risk (issue 12): the Today board's data flow and the daily note, and where the
    // risk bands begin (settings insights/elevatedRisk, highRisk; read at start-up).
    TodayBoardController *todayBoard() const;
    DailyRiskNote *dailyNote() const;
    void setRiskBands(const RiskBands &bands);

    // Issue 13's windows (dropped-off patients, practitioners side by side, forward bookings)
    // and the "Dropped off" card; `settings` (working hours, contact notes) must outlive us.
    InsightViewsController *insightViews() const { return m_insightViews; }
    void setInsightSettings(InsightSettingsService *settings);

signals:
    // The first snapshot of the shown view once its data is complete (every shown clinic's
    // backfill done): the dashboard shows real figures.
    void firstCompleteSnapshot();

private:
    struct Clinic;

    Clinic *clinic(const ClinicId &id) const;
    Clinic *shown() const;
    QList<Clinic *> visibleClinics() const;
    bool isVisible(const ClinicId &id) const;
    bool showingAll() const { return m_selected.isEmpty() && visibleClinics().size() > 1; }
    void rebuildRollup();
    void updateDrillDown();
    QString auditExport(const QString &kind) const;
    void onRequestChanged(MetricsRequest request);
    void onClinicSnapshot(Clinic *c, const MetricsSnapshot &snapshot);
    void onRollupSnapshot(const MetricsSnapshot &snapshot);
    void onReferenceData(Clinic *c, const QList<Location> &locations,
                         const QList<Practitioner> &practitioners);
    void refreshClinicChoices();
    void showTracker();
    void show(const MetricsSnapshot &snapshot, bool complete);
    void onDrillDown(const QString &kpiKey);
    void onAppointmentList(quint64 requestId, const QList<AppointmentListRow> &rows);
    // The shown clinic (or none) to the no-show cards and the Today board.
    void updateInsights();
    LocalZones zonesOf(const Clinic *c) const;
    QTimeZone todayZoneOf(const Clinic *c) const;

    MainWindow *m_window;
    const KpiModel *m_kpis;
    const Clock &m_clock;
    ClinicRollup *m_rollup = nullptr;
    std::optional<ActingUser> m_user; // null: no accounts in play (tests), all visible
    bool m_locked = false;            // signed out or idle-locked: nothing visible
    const AccessPolicy *m_policy = nullptr;
    const AuditedAccess *m_access = nullptr;
    std::vector<std::unique_ptr<Clinic>> m_clinics;
    ClinicId m_selected;          // empty = all clinics (with two or more)
    MetricsRequest m_userRequest; // the window's last request (period, dates, filters)
    std::optional<MetricsSnapshot> m_last;
    bool m_announced = false;
    quint64 m_nextRequestId = 0;
    quint64 m_pendingRequestId = 0;
    QString m_pendingKpi;
    ClinicId m_pendingClinic;
    NoShowInsights *m_insights = nullptr;
    InsightViewsController *m_insightViews = nullptr;
    InsightSettingsService *m_insightSettings = nullptr;
};

} // namespace routiq
