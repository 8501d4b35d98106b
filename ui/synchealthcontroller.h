#pragma once

#include "session/synchealthtracker.h"
#include "synchealthwindow.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QSystemTrayIcon;

namespace routiq {

class AppContext;
class AuditLog;
class ClinicSessions;
class MainWindow;

// The app's side of issue 18's observability: owns the SyncHealthTracker of the open clinics,
// opens View › Sync health…, shows the stale-data alert (a banner in the main window and, where
// the desktop has a tray, a notification) and saves Help › Save diagnostics…. The stale
// threshold is the QSettings preference `sync/staleAlertMinutes` (default 15).
class SyncHealthController : public QObject
{
    Q_OBJECT
public:
    // `audit` gives the audit log to verify for the bundle (null when none is open).
    using AuditSource = std::function<const AuditLog *()>;
    SyncHealthController(const Clock &clock, ClinicSessions *sessions, AppContext *context,
                         MainWindow *window, AuditSource audit, QObject *parent = nullptr);
    ~SyncHealthController() override;

    SyncHealthTracker *tracker() { return &m_tracker; }
    void openWindow();
    SyncHealthWindow *window() const { return m_window; }
    // Writes the bundle to `path` (the menu asks for it first); false with `error` on failure.
    bool saveDiagnostics(const QString &path, RoutiqError *error) const;

    static int staleAlertMinutes();

private:
    void onStaleChanged(const QStringList &newlyStale);
    void askDiagnosticsPath();

    SyncHealthTracker m_tracker;
    AppContext *m_context;
    MainWindow *m_main;
    AuditSource m_audit;
    QPointer<SyncHealthWindow> m_window;
    std::unique_ptr<QSystemTrayIcon> m_tray; // made on the first alert, where a tray exists
};

} // namespace routiq
