#include "servershell.h"

#include "dashboardcontroller.h"
#include "kpimodel.h"
#include "mainwindow.h"
#include "security/auditedaccess.h"
#include "session/clinicsession.h"
#include "shared/serverauditrecorder.h"
#include "signinpage.h"

#include <QApplication>
#include <QEvent>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QThread>

namespace routiq {

namespace {

// What the sign-in's worker thread hands back to the GUI thread.
struct SignInResult
{
    std::optional<ServerViewerAccess> access;
    RoutiqError error;
};

} // namespace

ServerShell::ServerShell(const Clock &clock, Options options, SessionFactory factory,
                         QObject *parent)
    : QObject(parent), m_clock(clock), m_options(std::move(options)), m_factory(std::move(factory)),
      m_policy(&clock), m_kpis(std::make_unique<KpiModel>()),
      m_signInStack(std::make_unique<QStackedWidget>())
{
    m_signIn = new SignInPage(&clock, m_signInStack.get());
    m_signIn->recoveryButton()->hide(); // the server's admin resets passwords (`user set-password`)
    m_signInStack->addWidget(m_signIn);
    m_signInStack->setWindowTitle(
        tr("Routiq \u2014 Sign in to %1").arg(m_options.server.serverKey()));
    m_signInStack->resize(720, 560);
    connect(m_signIn, &SignInPage::submitted, this, &ServerShell::submit);

    m_window = std::make_unique<MainWindow>(m_kpis.get());
    m_controller = std::make_unique<DashboardController>(m_window.get(), m_kpis.get(), m_clock);
    m_controller->clearUser();
    m_window->setAdminActionsVisible(false); // accounts and clinics: `routiq-cli --server …`
    connect(m_controller.get(), &DashboardController::firstCompleteSnapshot, this,
            &ServerShell::dashboardReady);
    connect(m_window.get(), &MainWindow::signOutRequested, this, &ServerShell::signOut);
    connect(m_window.get(), &MainWindow::settingsRequested, this, [this] {
        QMessageBox::information(
            m_window.get(), tr("Settings"),
            tr("This PC shows the clinic server %1. Accounts, clinics and their settings are kept "
               "there: change your password with 'routiq-cli --server \u2026 user passwd'; an "
               "admin "
               "manages accounts and clinics with 'routiq-cli --server \u2026 user' and "
               "'\u2026 clinic'.")
                .arg(m_options.server.serverKey()));
    });

    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, &ServerShell::lockForIdle);
}

ServerShell::~ServerShell()
{
    qApp->removeEventFilter(this);
    if (m_signingIn) {
        m_signingIn->disconnect(this);
        m_signingIn->wait();
        delete m_signingIn;
    }
    stopSessions();
}

QWidget *ServerShell::signInWindow() const
{
    return m_signInStack.get();
}

QWidget *ServerShell::visibleWindow() const
{
    return m_signInStack->isVisible() ? m_signInStack.get()
                                      : static_cast<QWidget *>(m_window.get());
}

QList<ClinicSession *> ServerShell::sessions() const
{
    QList<ClinicSession *> out;
    for (const auto &s : m_sessions)
        out.append(s.get());
    return out;
}

void ServerShell::start()
{
    qApp->installEventFilter(this); // key and mouse input keep the session from locking
    showSignIn();
}

void ServerShell::showSignIn()
{
    m_window->hide();
    m_signIn->reset();
    m_signIn->setUsername(m_options.username);
    m_signIn->setNotice(tr("Shared mode: this PC shows the clinic server %1. Sign in with your "
                           "account on that server.")
                            .arg(m_options.server.serverKey()));
    m_signInStack->setCurrentWidget(m_signIn);
    m_signInStack->show();
    emit signInShown();
}

void ServerShell::submit(const QString &username, const QString &password)
{
    if (m_signingIn || m_user)
        return;
    m_signIn->setBusy(true);
    const ServerCredentials credentials{username.trimmed(), password};
    auto result = std::make_shared<SignInResult>();
    m_signingIn = QThread::create([result, server = m_options.server, credentials] {
        result->access = ServerViewerSignIn::signIn(server, credentials, &result->error);
    });
    m_signingIn->setObjectName(QStringLiteral("server-sign-in"));
    connect(m_signingIn, &QThread::finished, this, [this, result, credentials] {
        m_signingIn->deleteLater();
        m_signingIn = nullptr;
        m_signIn->setBusy(false);
        if (!result->access) {
            m_signIn->showFailure(result->error, 0);
            emit signInFailed(result->error);
            return;
        }
        onSignedIn(*result->access, credentials);
    });
    m_signingIn->start();
}

void ServerShell::onSignedIn(const ServerViewerAccess &access, const ServerCredentials &credentials)
{
    m_user = access.account.actingUser();
    for (const ClinicConnection &clinic : access.clinics) {
        std::unique_ptr<ClinicSession> session = m_factory(clinic, m_options.server, credentials);
        if (!session)
            continue;
        m_controller->addSession(session.get());
        session->start();
        m_sessions.push_back(std::move(session));
    }
    // The app's own check on what the server enforces anyway (the roles, the granted clinics);
    // each export is recorded in the server's audit log first, or refused.
    m_auditTrail = std::make_unique<ServerAuditRecorder>(m_options.server, credentials);
    m_access = std::make_unique<AuditedAccess>(&m_policy, m_auditTrail.get());
    m_controller->setUser(*m_user, &m_policy, m_access.get());
    m_window->setSignedInName(m_user->username);
    m_window->setWindowTitle(tr("Routiq \u2014 %1").arg(m_options.server.serverKey()));
    if (access.clinics.isEmpty())
        m_window->setStatusText(
            tr("No clinic on this server is shared with '%1' yet. Ask the clinic admin to grant "
               "one ('routiq-cli --server … user grant').")
                .arg(m_user->username));
    if (!m_firstClinicApplied && !m_options.firstClinic.isEmpty()) {
        m_firstClinicApplied = true;
        m_controller->selectClinic(
            m_options.firstClinic == QLatin1String("all") ? QString() : m_options.firstClinic);
    }
    m_signInStack->hide();
    m_window->show();
    m_window->raise();
    if (m_options.idleLockMinutes > 0)
        m_idle.start(m_options.idleLockMinutes * 60'000);
    emit signedIn(*m_user);
}

void ServerShell::stopSessions()
{
    for (const auto &s : m_sessions)
        m_controller->removeSession(s.get());
    // Every thread is asked first, then each is waited for (the longest, not the sum).
    for (const auto &s : m_sessions)
        s->requestStop();
    for (const auto &s : m_sessions)
        s->waitStopped();
    m_sessions.clear();
}

void ServerShell::signOut()
{
    if (!m_user)
        return;
    m_idle.stop();
    m_controller->clearUser();
    stopSessions(); // their connections hold the password: gone with them
    m_access.reset();
    m_auditTrail.reset();
    m_user.reset();
    m_window->setSignedInName({});
    showSignIn();
}

void ServerShell::lockForIdle()
{
    if (!m_user)
        return;
    const QString name = m_user->username;
    signOut();
    m_options.username = name;
    m_signIn->setUsername(name);
    m_signIn->showIdleLockNotice(m_options.idleLockMinutes);
}

bool ServerShell::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        if (m_user && m_options.idleLockMinutes > 0)
            m_idle.start(m_options.idleLockMinutes * 60'000);
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace routiq
