#pragma once

#include "domain/clinicconnection.h"
#include "domain/routiqerror.h"
#include "net/httppolicyregistry.h"
#include "security/actinguser.h"
#include "security/passwordhasher.h"

#include <QObject>

#include <memory>
#include <optional>

class QStackedWidget;

namespace routiq {

class ApiHost;
class AppContext;
class AuditAnchor;
class AuditCounter;
class AuditForwarder;
class AuditedAccess;
class ClinicConnectionService;
class ClinicSetupFlow;
class ClinicSessions;
class Clock;
class DashboardController;
class DemoEnvironment;
class FirstAdminPage;
class FolderUnlock;
class InsightSettingsService;
class KpiModel;
class RecoveryPage;
class MainWindow;
class NewPasswordPage;
class SessionRevalidator;
class SettingsOpener;
class SignInGate;
class SyncHealthController;
class SignInPage;

// The desktop app as a user meets it: opens the (locked) app context and shows the sign-in
// window — first-admin setup on a fresh data folder, then the recovery key once. The first
// sign-in unwraps the data key (FolderUnlock); only then are the app database and the clinic
// caches opened and every clinic's session started, and they keep syncing until the app quits,
// through idle locks and sign-outs. SignInGate decides who is in; the dashboard shows what that
// user's role allows. `routiq --demo` opens its own folder with its own key slot.
class AppShell : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        bool demo = false;
        QString dataDirectory; // resolved; for the demo, its own folder
        QString masterKeyFile; // empty = the OS keychain
        QString firstClinic;   // --clinic: a connection id, "all", or empty
        int idleLockMinutes = 10;
        bool forwardAuditToOsLog = false; // setting security/forwardAuditToOsLog (AuditForwarder)
        PasswordHasher::Cost hashCost = PasswordHasher::Cost::interactive();
    };

    AppShell(const Clock &clock, Options options, QObject *parent = nullptr);
    ~AppShell() override;

    void start();

    // The dashboard window, built on first use (ensureWindow).
    MainWindow *window();
    QWidget *signInWindow() const;
    SignInPage *signInPage() const { return m_signIn; }
    FirstAdminPage *firstAdminPage() const { return m_firstAdmin; }
    RecoveryPage *recoveryPage() const { return m_recovery; }
    AppContext *context() const;
    // The top-level window the user sees now (sign-in or dashboard).
    QWidget *visibleWindow() const;
    DashboardController *controller();
    SignInGate *gate() const { return m_gate.get(); }
    ClinicSessions *sessions() const { return m_sessions.get(); }
    // Sync health and diagnostics (issue 18); null until the sessions started.
    SyncHealthController *syncHealth() const { return m_health.get(); }
    DemoEnvironment *demo() const { return m_demo.get(); }
    // Clinic set-up (the wizard, the connections panel) and the service behind it; valid once
    // the sessions started (the first sign-in).
    ClinicConnectionService *connections() const { return m_connections.get(); }
    ClinicSetupFlow *setupFlow() const { return m_setup.get(); }
    // File › Settings… (issue 14); null before the first sign-in.
    SettingsOpener *settings() const { return m_settingsOpener.get(); }
    NewPasswordPage *newPasswordPage() const { return m_newPassword; }

signals:
    // Real figures are on the dashboard (every shown clinic backfilled).
    void dashboardReady();
    // The sign-in (or first-admin) window is shown and waits for the user.
    void signInShown();
    // Nothing can be shown: the app context or the demo could not open (message is for people).
    void failed(const routiq::RoutiqError &error);
    // The dashboard window was just built (right after the sign-in appeared, or on first use).
    void windowBuilt(routiq::MainWindow *window);
    // The clinics' sessions are being opened (after the first sign-in); for StartupTimings.
    void sessionsStarted(routiq::ClinicSessions *sessions);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void ensureWindow();
    void buildWindowSoon();
    void onLocked(AppContext *context);
    void ensureGate(AppContext *context);
    void startSessions(AppContext *context, const QList<ClinicConnection> &connections);
    void onSignedIn(const ActingUser &user);
    void showDashboard(const ActingUser &user);
    void submitSignIn(const QString &username, const QString &password);
    void showRecovery();
    void recover(const QString &recoveryKey, const QString &adminName, const QString &password);
    void finishRecovery(const QString &adminName, const QString &password);
    void startFresh();
    QString lockedNotice() const;
    void showSignIn();
    void fail(const RoutiqError &error);
    void updateAnchor();
    void onRevoked(const RoutiqError &why);
    void chooseNewPassword(const QString &password);

    const Clock &m_clock;
    Options m_options;
    HttpPolicyRegistry m_policies;
    std::unique_ptr<KpiModel> m_kpis;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<DashboardController> m_controller;
    std::unique_ptr<QStackedWidget> m_signInStack;
    SignInPage *m_signIn = nullptr;
    FirstAdminPage *m_firstAdmin = nullptr;
    RecoveryPage *m_recovery = nullptr;
    NewPasswordPage *m_newPassword = nullptr;
    std::unique_ptr<DemoEnvironment> m_demo;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<FolderUnlock> m_unlock; // the first sign-in; its keys keep account slots
    std::unique_ptr<AuditAnchor> m_anchor;  // outlives the gate's audit log
    // Outlives it too (the gate may write a last entry as it goes); its callbacks only run on
    // the event loop, so never between the two destructions.
    std::unique_ptr<AuditCounter> m_counter;
    std::unique_ptr<AuditForwarder> m_forwarder; // null unless the admin turned it on
    std::unique_ptr<SignInGate> m_gate;
    std::unique_ptr<AuditedAccess> m_access;
    std::unique_ptr<InsightSettingsService> m_insightSettings; // hours and notes (issue 13)
    std::unique_ptr<ClinicSessions> m_sessions;
    std::unique_ptr<ApiHost> m_api; // null until the sessions start, and in the demo
    std::unique_ptr<ClinicConnectionService> m_connections; // after the sessions it opens
    std::unique_ptr<SyncHealthController> m_health;         // watches the sessions
    std::unique_ptr<ClinicSetupFlow> m_setup;
    std::unique_ptr<SettingsOpener> m_settingsOpener;
    std::unique_ptr<SessionRevalidator> m_revalidator; // "changes apply at once"
    bool m_firstClinicApplied = false;
    QString m_pendingRecoveryKey; // shown once after the first admin, then forgotten
};

} // namespace routiq
