#pragma once

#include "appointmentrow.h"
#include "dashboardchoices.h"
#include "insights/noshowsnapshot.h"
#include "kpicardgrid.h"
#include "metrics/clinicmetrics.h"
#include "risklistmodel.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <optional>

class QAction;
class QHBoxLayout;
class QLabel;
class QMenu;
class QSettings;
class QTabWidget;

namespace routiq {

class AppointmentListDialog;
class BookingTrendsChart;
class BookingTrendsModel;
class DailyNoteBar;
class DashboardFilters;
class KpiCard;
class KpiModel;
class LapsedCountModel;
class LiveIndicator;
class LiveStatusTracker;
class NoShowKpiModel;
class NoShowModelCard;
class PeakHoursHeatMap;
class PeakHoursModel;
class RiskListDialog;
class SnapshotThrottle;
class StatusBanner;
class SyncStatusPanel;
class TodayBoardPage;

// The live dashboard: clinic/location/practitioner/period selectors, the live indicator and
// offline banner, backfill progress, one card per KPI and the trend and peak-hour charts.
// It only shows what it is given: the composition root feeds it snapshots and a tracker, and
// answers its requestChanged / drillDownRequested signals.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(KpiModel *kpis, QWidget *parent = nullptr);
    ~MainWindow() override;

    // --- What the composition root wires -------------------------------------------------
    void setClinics(const QList<ClinicChoice> &clinics, bool offerAllClinics = false);
    // Shows `clinic` as selected (empty = "All clinics") without emitting requestChanged.
    void setCurrentClinic(const ClinicId &clinic);
    void setFilterChoices(const QList<FilterChoice> &locations,
                          const QList<FilterChoice> &practitioners);
    // Observed, not owned; drives the indicator, the banner and the backfill progress.
    void setLiveStatusTracker(LiveStatusTracker *tracker);
    // A new snapshot from the metrics engine; coalesced to a few screen updates per second.
    void applySnapshot(const routiq::MetricsSnapshot &snapshot);
    // Back to the empty state (e.g. while a different clinic's first figures are computed).
    void clearSnapshot();
    // Answers drillDownRequested: opens (or refreshes) the non-modal appointment list.
    // The drill-down list window, once opened (null before).
    AppointmentListDialog *appointmentListDialog() const;
    void showAppointmentList(const QString &title, const QList<AppointmentRow> &rows);
    // Closes the appointment list (patient names) e.g. when the session locks.
    void closeAppointmentList();
    // Whether KPI cards open the appointments behind them (roles with patient-level access).
    void setDrillDownEnabled(bool enabled);
    // --- No-show risk (issue 12) ------------------------------------------------------------
    // The shown clinic's risks for the "Expected no-shows" card and the model-quality card.
    void setNoShowSnapshot(const routiq::NoShowSnapshot &s) { m_cardGrid->setNoShowSnapshot(s); }
    void setNoShowUnavailable(const QString &why) { m_cardGrid->setNoShowUnavailable(why); }
    void setNoShowTraining(bool running) { m_cardGrid->setNoShowTraining(running); }
    // Answers drillDownRequested("expectedNoShows"): the upcoming bookings by risk.
    void showRiskList(const QString &title, const QList<RiskListModel::Entry> &entries,
                      const NoShowSnapshot &snapshot, const RiskBands &bands);
    // The daily note ("Tomorrow: 5 high-risk bookings") in a bar above the content.
    void showDailyNote(const QString &text);
    // The Today board tab (Ctrl+2) and the dashboard (Ctrl+1).
    void showTodayBoard();
    void showDashboard();
    bool todayBoardShown() const;

    // --- Insights (issue 13) ------------------------------------------------------------------
    // The "Dropped off" card's figure, and the ways into the insight windows: added to the View
    // menu (with their shortcuts) and as buttons above the cards. Owned by the caller.
    LapsedCountModel *lapsedCounts() const { return m_cardGrid->lapsedCounts(); }
    KpiCard *lapsedCard() const { return m_cardGrid->lapsedCard(); }
    void addInsightActions(const QList<QAction *> &actions);

    // Who is signed in, for the File menu's "Sign out"; empty hides the action.
    void setSignedInName(const QString &name);
    // Admin-only menu items (File > Clinic connections); the services check again.
    void setAdminActionsVisible(bool visible);
    QAction *clinicConnectionsAction() const { return m_clinicConnections; }
    MetricsRequest currentRequest() const;

    // Export (also reachable from the File menu). Return false with a reason on failure.
    // The auditor runs first ("pdf" / "csv"): it returns an empty string once the export is
    // recorded, else why not, and then no file is written. Without an auditor nothing is
    // exported (fail closed: an export nobody recorded must not happen).
    using ExportAuditor = std::function<QString(const QString &kind)>;
    void setExportAuditor(ExportAuditor auditor) { m_exportAuditor = std::move(auditor); }
    bool exportPdf(const QString &path, QString *error);
    bool exportCsv(const QString &path, QString *error);

    // Window geometry and the chosen appearance; never anything secret.
    void saveLayout(QSettings &settings) const;
    void restoreLayout(const QSettings &settings);

    // Kept for the first composition root (app/gui/main.cpp); prefer setClinics and a tracker.
    void setStatusText(const QString &text);

    // --- For tests and screenshots --------------------------------------------------------
    QList<KpiCard *> cards() const { return m_cardGrid->cards(); }
    DashboardFilters *filters() const { return m_filters; }
    LiveIndicator *indicator() const { return m_indicator; }
    StatusBanner *banner() const { return m_banner; }
    // The stale-data alert (SyncHealthController): hidden when `headline` is empty.
    void setStaleAlert(const QString &headline, const QString &text);
    StatusBanner *staleBanner() const { return m_staleBanner; }
    SyncStatusPanel *syncPanel() const { return m_syncPanel; }
    BookingTrendsChart *trendsChart() const { return m_trendsChart; }
    PeakHoursHeatMap *peakHoursMap() const { return m_heatMap; }
    BookingTrendsModel *trendsModel() const { return m_trends; }
    PeakHoursModel *peakHoursModel() const { return m_peaks; }
    QString rangeText() const;
    KpiCard *noShowCard() const { return m_cardGrid->noShowCard(); }
    NoShowKpiModel *noShowKpis() const { return m_cardGrid->noShowKpis(); }
    NoShowModelCard *noShowModelCard() const { return m_cardGrid->modelCard(); }
    TodayBoardPage *todayBoard() const { return m_today; }
    QTabWidget *pages() const { return m_pages; }
    DailyNoteBar *dailyNoteBar() const { return m_noteBar; }

signals:
    void requestChanged(const routiq::MetricsRequest &request);
    void drillDownRequested(const QString &kpiKey);
    // "pdf" / "csv", once the file is written (it was audited before).
    void exported(const QString &kind, const QString &path);
    void signOutRequested();
    void clinicConnectionsRequested();
    // File › Settings… (Ctrl+,), shown while someone is signed in.
    void settingsRequested();
    void retrainRequested();
    // View › Sync health… and Help › Save diagnostics… (issue 18).
    void syncHealthRequested();
    void diagnosticsRequested();
    // The Today board tab came on screen (true) or left it (false).
    void todayBoardShownChanged(bool shown);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *buildHeader();
    QWidget *buildCards();
    QWidget *buildCharts();
    void buildMenus();
    void showSnapshot(const MetricsSnapshot &snapshot);
    void askExportPath(const QString &kind);
    QString describeRequest() const;

    KpiModel *m_kpis = nullptr;
    BookingTrendsModel *m_trends = nullptr;
    PeakHoursModel *m_peaks = nullptr;
    SnapshotThrottle *m_throttle = nullptr;
    QPointer<LiveStatusTracker> m_tracker;
    ExportAuditor m_exportAuditor;
    bool auditExport(const QString &kind, QString *error) const;
    std::optional<MetricsSnapshot> m_snapshot;

    DashboardFilters *m_filters = nullptr;
    LiveIndicator *m_indicator = nullptr;
    StatusBanner *m_banner = nullptr;
    StatusBanner *m_staleBanner = nullptr;
    SyncStatusPanel *m_syncPanel = nullptr;
    QLabel *m_range = nullptr;
    KpiCardGrid *m_cardGrid = nullptr;
    BookingTrendsChart *m_trendsChart = nullptr;
    PeakHoursHeatMap *m_heatMap = nullptr;
    QWidget *m_trendsPanel = nullptr;
    QWidget *m_heatPanel = nullptr;
    QPointer<AppointmentListDialog> m_list;
    QPointer<RiskListDialog> m_riskList;
    QAction *m_signOut = nullptr;
    QAction *m_clinicConnections = nullptr;
    QAction *m_settings = nullptr;
    QMenu *m_viewMenu = nullptr;
    QAction *m_viewPagesEnd = nullptr; // insight actions go before it
    QHBoxLayout *m_insightLinks = nullptr;
    TodayBoardPage *m_today = nullptr;
    QTabWidget *m_pages = nullptr;
    DailyNoteBar *m_noteBar = nullptr;
};

} // namespace routiq
