#pragma once

#include "metrics/clinicmetrics.h"
#include "storage/appointmentlistrow.h"
#include "storage/clinicconnection.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimeZone>

#include <optional>

namespace routiq {

class ClinicSession;
class Clock;
class KpiModel;
class LiveStatusTracker;
class MainWindow;

// Binds a running ClinicSession to the dashboard window: snapshots to the cards and charts,
// sync signals to the live status, the window's filters to the metrics request, reference data
// to the pickers and KPI drill-downs to the cache's appointment list (read off the GUI thread).
class DashboardController : public QObject
{
    Q_OBJECT
public:
    // `kpis` names the figures in drill-down titles.
    DashboardController(MainWindow *window, const KpiModel *kpis, const Clock &clock,
                        QObject *parent = nullptr);

    void setSession(ClinicSession *session, const ClinicConnection &connection);
    LiveStatusTracker *tracker() const { return m_tracker; }

signals:
    // The first snapshot computed after the backfill completed: the dashboard shows real data.
    void firstCompleteSnapshot();

private:
    void onDrillDown(const QString &kpiKey);
    void onAppointmentList(quint64 requestId, const QList<AppointmentListRow> &rows);

    MainWindow *m_window;
    const KpiModel *m_kpis;
    LiveStatusTracker *m_tracker;
    QPointer<ClinicSession> m_session;
    ClinicConnection m_connection;
    std::optional<MetricsSnapshot> m_last;
    bool m_backfillComplete = false;
    bool m_announced = false;
    quint64 m_nextRequestId = 0;
    quint64 m_pendingRequestId = 0;
    QString m_pendingKpi;
    QHash<RecordId, QTimeZone> m_zones; // location -> zone, for local times in lists
};

} // namespace routiq
