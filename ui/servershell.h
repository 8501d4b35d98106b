#pragma once

#include "security/accesspolicy.h"
#include "security/actinguser.h"
#include "shared/serverconnection.h"
#include "shared/serverconninfo.h"
#include "shared/serverviewersignin.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QStackedWidget;
class QThread;

namespace routiq {

class AuditRecorder;
class AuditedAccess;
class ClinicSession;
class Clock;
class DashboardController;
class KpiModel;
class MainWindow;
class SignInPage;

// The desktop app in shared mode (`routiq --server CONNINFO`, issue 16): a viewer of the
// clinic server. Signing in is connecting as the account's login role (ServerViewerSignIn, on a
// worker thread); the server's roles then decide everything: which clinics appear (row-level
// security), whether names can be read (only through its audited function), what is refused.
// Each visible clinic gets a shared-mode ClinicSession (no PMS, no local copy: the server's
// data, followed live), shown by the same DashboardController as in single-PC mode, with
// AccessPolicy applied to the server's account as the app's own check; exports are recorded in
// the server's audit log before the file is written (ServerAuditRecorder). The password stays in
// memory while signed in (each clinic's connections and reconnects need it) and is dropped at
// sign-out and at the idle lock, which sign out: a shared front-desk PC holds nothing after.
class ServerShell : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        ServerConnInfo server;
        QString username;         // prefilled (--user, else the connection string's user=)
        QString firstClinic;      // --clinic: a clinic id, "all", or empty
        int idleLockMinutes = 10; // 0: never
    };
    // Makes one clinic's shared-mode session (main passes the ClinicSession constructor; tests
    // may shorten its retry delays).
    using SessionFactory = std::function<std::unique_ptr<ClinicSession>(
        const ClinicConnection &clinic, const ServerConnInfo &server,
        const ServerCredentials &credentials)>;

    ServerShell(const Clock &clock, Options options, SessionFactory factory,
                QObject *parent = nullptr);
    ~ServerShell() override;

    void start(); // shows the sign-in window

    MainWindow *window() const { return m_window.get(); }
    DashboardController *controller() const { return m_controller.get(); }
    SignInPage *signInPage() const { return m_signIn; }
    QWidget *signInWindow() const;
    QWidget *visibleWindow() const;
    std::optional<ActingUser> currentUser() const { return m_user; }
    QList<ClinicSession *> sessions() const;

public slots:
    void signOut();

signals:
    void signInShown();
    void dashboardReady();
    void signedIn(const routiq::ActingUser &user);
    void signInFailed(const routiq::RoutiqError &error);
    void failed(const routiq::RoutiqError &error);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void submit(const QString &username, const QString &password);
    void onSignedIn(const ServerViewerAccess &access, const ServerCredentials &credentials);
    void showSignIn();
    void stopSessions();
    void lockForIdle();

    const Clock &m_clock;
    Options m_options;
    SessionFactory m_factory;
    AccessPolicy m_policy;
    // While signed in: exports recorded in the server's audit log as the account (before the
    // controller, which points at them, so they outlive it).
    std::unique_ptr<AuditRecorder> m_auditTrail;
    std::unique_ptr<AuditedAccess> m_access;
    std::unique_ptr<KpiModel> m_kpis;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<DashboardController> m_controller;
    std::unique_ptr<QStackedWidget> m_signInStack;
    SignInPage *m_signIn = nullptr;
    std::vector<std::unique_ptr<ClinicSession>> m_sessions;
    std::optional<ActingUser> m_user;
    QThread *m_signingIn = nullptr; // the sign-in's round trip, while it runs
    QTimer m_idle;
    bool m_firstClinicApplied = false;
};

} // namespace routiq
