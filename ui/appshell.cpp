#include "appshell.h"

#include "dashboardcontroller.h"
#include "firstadminpage.h"
#include "kpimodel.h"
#include "mainwindow.h"
#include "security/auditanchor.h"
#include "security/auditcounter.h"
#include "security/auditedaccess.h"
#include "security/auditforwarder.h"
#include "session/appcontext.h"
#include "session/clinicsessions.h"
#include "session/demoenvironment.h"
#include "session/signingate.h"
#include "signinpage.h"
#include "storage/appdatabase.h"

#include <QApplication>
#include <QEvent>
#include <QStackedWidget>

namespace routiq {

AppShell::AppShell(const Clock &clock, Options options, QObject *parent)
    : QObject(parent), m_clock(clock), m_options(std::move(options)), m_policies(clock),
      m_kpis(std::make_unique<KpiModel>()), m_window(std::make_unique<MainWindow>(m_kpis.get())),
      m_controller(std::make_unique<DashboardController>(m_window.get(), m_kpis.get(), clock)),
      m_signInStack(std::make_unique<QStackedWidget>())
{
    m_signIn = new SignInPage(&clock, m_signInStack.get());
    m_firstAdmin = new FirstAdminPage(m_signInStack.get());
    m_signInStack->addWidget(m_signIn);
    m_signInStack->addWidget(m_firstAdmin);
    m_signInStack->setWindowTitle(tr("Routiq \u2014 Sign in"));
    m_signInStack->resize(720, 560);
    // Nothing is shown before someone signs in; the sessions sync meanwhile.
    m_controller->clearUser();
    connect(m_controller.get(), &DashboardController::firstCompleteSnapshot, this,
            &AppShell::dashboardReady);
    connect(m_window.get(), &MainWindow::signOutRequested, this, [this] {
        if (m_gate)
            m_gate->signOut();
    });
}

AppShell::~AppShell()
{
    qApp->removeEventFilter(this);
    // The anchor only: a keychain write started now could not finish (the counter catches up
    // at the next start's first entry).
    if (m_anchor && m_gate)
        m_anchor->update(m_gate->audit());
    if (m_forwarder && m_gate)
        m_forwarder->forwardNew(m_gate->audit());
    if (m_sessions)
        m_sessions->stopAll();
}

QWidget *AppShell::signInWindow() const
{
    return m_signInStack.get();
}

QWidget *AppShell::visibleWindow() const
{
    return m_signInStack->isVisible() ? static_cast<QWidget *>(m_signInStack.get())
                                      : static_cast<QWidget *>(m_window.get());
}

void AppShell::start()
{
    if (m_options.demo) {
        m_demo = std::make_unique<DemoEnvironment>();
        m_demo->start(m_options.dataDirectory, [this](const RoutiqError &error) {
            if (!error.isNull()) {
                fail(error);
                return;
            }
            onContext(m_demo->context(), m_demo->connections());
        });
        return;
    }
    AppContext::open({m_options.dataDirectory, m_options.masterKeyFile},
                     [this](std::unique_ptr<AppContext> context, const RoutiqError &error) {
                         if (!context) {
                             fail(error);
                             return;
                         }
                         m_context = std::move(context);
                         onContext(m_context.get(), m_context->appDatabase().clinicConnections());
                     });
}

void AppShell::updateAnchor()
{
    if (!m_anchor || !m_gate)
        return;
    RoutiqError error;
    if (!m_anchor->update(m_gate->audit(), &error))
        m_window->setStatusText(error.message); // a cut log: say so, never hide it
    if (m_counter)
        m_counter->update();
    if (m_forwarder)
        m_forwarder->forwardNew(m_gate->audit());
}

void AppShell::fail(const RoutiqError &error)
{
    m_window->setStatusText(error.message);
    m_window->show();
    emit failed(error);
}

void AppShell::onContext(AppContext *context, const QList<ClinicConnection> &connections)
{
    SignInGate::Options gateOptions;
    gateOptions.hashCost = m_options.hashCost;
    gateOptions.idleLockMinutes = m_options.idleLockMinutes;
    m_gate = std::make_unique<SignInGate>(context->appDatabase().database(), &m_clock, gateOptions);
    m_access = std::make_unique<AuditedAccess>(&m_gate->policy(), &m_gate->audit());
    // The audit log's head is also kept outside the database (audit-head.json), so that
    // `routiq-cli audit verify` notices entries cut off the end. Entries the log appends itself
    // move it at once; sign-in events are written inside the accounts' own transactions, so the
    // anchor follows after each of them (and at exit).
    // Every entry carries a MAC under the audit key, and the head is counted in the keychain as
    // well (AuditCounter), so a restored older copy of the whole folder is noticed too. A
    // missing anchor next to existing entries is never re-created here (updateAnchor says so).
    m_gate->audit().setMacKey(context->auditKey());
    m_anchor = std::make_unique<AuditAnchor>(context->dataDirectory(), context->auditKey());
    m_counter = std::make_unique<AuditCounter>(&context->secretStore(), &m_gate->audit(),
                                               context->auditKey());
    m_gate->audit().setAnchor(m_anchor.get());
    m_gate->audit().setCounter(m_counter.get());
    m_anchor->createForNewLog(m_gate->audit());
    if (m_options.forwardAuditToOsLog && AuditForwarder::isAvailable()) {
        m_forwarder = std::make_unique<AuditForwarder>(AuditForwarder::systemLog());
        m_forwarder->start(m_gate->audit());
        m_gate->audit().setForwarder(m_forwarder.get());
    }
    connect(m_gate.get(), &SignInGate::signedOut, this, &AppShell::updateAnchor);
    connect(m_gate.get(), &SignInGate::locked, this, &AppShell::updateAnchor);
    connect(m_gate.get(), &SignInGate::signedIn, this, &AppShell::updateAnchor);
    connect(m_gate.get(), &SignInGate::signInFailed, this, &AppShell::updateAnchor);

    connect(m_firstAdmin, &FirstAdminPage::submitted, m_gate.get(), &SignInGate::createFirstAdmin);
    connect(m_signIn, &SignInPage::submitted, m_gate.get(), &SignInGate::signIn);
    connect(m_gate.get(), &SignInGate::busyChanged, m_signIn, &SignInPage::setBusy);
    connect(m_gate.get(), &SignInGate::busyChanged, m_firstAdmin, &FirstAdminPage::setBusy);
    connect(m_gate.get(), &SignInGate::signInFailed, m_signIn, &SignInPage::showFailure);
    connect(m_gate.get(), &SignInGate::signInFailed, m_firstAdmin, &FirstAdminPage::showFailure);
    connect(m_gate.get(), &SignInGate::signedIn, this, &AppShell::onSignedIn);
    connect(m_gate.get(), &SignInGate::locked, this, [this] {
        showSignIn();
        m_signIn->showIdleLockNotice(m_gate->idleLockMinutes());
    });
    connect(m_gate.get(), &SignInGate::signedOut, this, [this] { showSignIn(); });
    qApp->installEventFilter(this); // key and mouse input keep the session from locking

    // Every clinic syncs from now on, signed in or not; what is shown follows the user.
    m_sessions = std::make_unique<ClinicSessions>(context, &m_clock, &m_policies);
    m_sessions->setAccessGuard(m_access.get());
    if (m_options.demo)
        m_sessions->setRateLimit(DemoEnvironment::localRateLimit());
    connect(m_sessions.get(), &ClinicSessions::sessionOpened, m_controller.get(),
            &DashboardController::addSession);
    connect(m_sessions.get(), &ClinicSessions::openFailed, this,
            [this](const ClinicConnection &, const RoutiqError &e) {
                m_window->setStatusText(e.message);
            });
    m_sessions->open(connections);
    if (connections.isEmpty())
        m_window->setStatusText(tr("No clinic connected yet: an administrator adds one with "
                                   "'routiq-cli clinic add', or try 'routiq --demo'."));

    if (m_options.demo) {
        QList<ClinicId> ids;
        for (const ClinicConnection &c : connections)
            ids.append(c.id);
        RoutiqError error;
        if (!m_gate->signInDemo(ids, &error))
            fail(error);
        return;
    }
    RoutiqError error;
    const bool firstRun = m_gate->needsFirstAdmin(&error);
    if (!error.isNull()) {
        fail(error);
        return;
    }
    if (firstRun) {
        m_firstAdmin->setMinimumPasswordLength(m_gate->minPasswordLength());
        m_signInStack->setCurrentWidget(m_firstAdmin);
        m_signInStack->setWindowTitle(tr("Routiq \u2014 Create the administrator"));
        m_signInStack->show();
        emit signInShown();
        return;
    }
    showSignIn();
}

void AppShell::showSignIn()
{
    m_controller->clearUser(); // patient lists closed, nothing on screen
    m_window->setSignedInName({});
    m_window->hide();
    m_signIn->reset();
    m_signIn->setUsername(m_gate->lastUsername());
    m_signInStack->setCurrentWidget(m_signIn);
    m_signInStack->setWindowTitle(tr("Routiq \u2014 Sign in"));
    m_signInStack->show();
    emit signInShown();
}

void AppShell::onSignedIn(const ActingUser &user)
{
    m_signInStack->hide();
    m_controller->setUser(user, &m_gate->policy(), m_access.get());
    m_window->setSignedInName(user.demo ? QString() : user.username);
    m_window->show();
    m_window->raise();
    if (!m_firstClinicApplied && !m_options.firstClinic.isEmpty()) {
        // --clinic: once every session has answered, show the one asked for.
        m_firstClinicApplied = true;
        const QString wanted =
            m_options.firstClinic == QLatin1String("all") ? QString() : m_options.firstClinic;
        auto apply = [this, wanted] {
            m_controller->selectClinic(wanted);
        };
        if (m_sessions->pending() == 0)
            apply();
        else
            connect(m_sessions.get(), &ClinicSessions::allAttempted, this, apply,
                    Qt::SingleShotConnection);
    }
}

bool AppShell::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        if (m_gate)
            m_gate->userActivity();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace routiq
