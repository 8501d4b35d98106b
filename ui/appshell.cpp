#include "appshell.h"

#include "api/apihost.h"
#include "apiserverpage.h"
#include "clinicconnectionspanel.h"
#include "clinicsetupflow.h"
#include "connectclinicwizard.h"
#include "dashboardcontroller.h"
#include "demo/demoenvironment.h"
#include "firstadminpage.h"
#include "kpimodel.h"
#include "mainwindow.h"
#include "newpasswordpage.h"
#include "recoverypage.h"
#include "secrets/keyslotstore.h"
#include "security/accountstore.h"
#include "security/auditanchor.h"
#include "security/auditcounter.h"
#include "security/auditedaccess.h"
#include "security/auditforwarder.h"
#include "session/appcontext.h"
#include "session/clinicconnectionservice.h"
#include "session/clinicsessions.h"
#include "session/folderunlock.h"
#include "session/insightsettingsservice.h"
#include "session/signingate.h"
#include "sessionrevalidator.h"
#include "settingsopener.h"
#include "settingswindow.h"
#include "signinpage.h"
#include "storage/appdatabase.h"
#include "synchealthcontroller.h"

#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>

namespace routiq {

AppShell::AppShell(const Clock &clock, Options options, QObject *parent)
    : QObject(parent), m_clock(clock), m_options(std::move(options)), m_policies(clock),
      m_kpis(std::make_unique<KpiModel>()), m_signInStack(std::make_unique<QStackedWidget>())
{
    m_signIn = new SignInPage(&clock, m_signInStack.get());
    m_firstAdmin = new FirstAdminPage(m_signInStack.get());
    m_recovery = new RecoveryPage(m_signInStack.get());
    m_signInStack->addWidget(m_signIn);
    m_signInStack->addWidget(m_firstAdmin);
    m_signInStack->addWidget(m_recovery);
    m_newPassword = new NewPasswordPage(m_signInStack.get());
    m_signInStack->addWidget(m_newPassword);
    connect(m_newPassword, &NewPasswordPage::submitted, this, &AppShell::chooseNewPassword);
    connect(m_newPassword, &NewPasswordPage::cancelled, this, [this] {
        if (m_gate)
            m_gate->signOut();
    });
    m_signInStack->setWindowTitle(tr("Routiq \u2014 Sign in"));
    m_signInStack->resize(720, 560);
}

MainWindow *AppShell::window()
{
    ensureWindow();
    return m_window.get();
}

DashboardController *AppShell::controller()
{
    ensureWindow();
    return m_controller.get();
}

void AppShell::ensureWindow()
{
    if (m_window)
        return;
    // Built on first use, which is right after the sign-in window is shown (buildWindowSoon):
    // the dashboard's widgets and charts are made while the user types, or while the password
    // is checked on the unlock thread, not before the sign-in appears (issue 17).
    m_window = std::make_unique<MainWindow>(m_kpis.get());
    m_controller = std::make_unique<DashboardController>(m_window.get(), m_kpis.get(), m_clock);
    // Nothing is shown before someone signs in; the sessions sync meanwhile.
    m_controller->clearUser();
    m_controller->setInsightSettings(m_insightSettings.get());
    connect(m_controller.get(), &DashboardController::firstCompleteSnapshot, this,
            &AppShell::dashboardReady);
    connect(m_window.get(), &MainWindow::signOutRequested, this, [this] {
        if (m_gate)
            m_gate->signOut();
    });
    connect(m_window.get(), &MainWindow::settingsRequested, this, [this] {
        if (m_settingsOpener)
            m_settingsOpener->open();
    });
    emit windowBuilt(m_window.get());
}

void AppShell::buildWindowSoon()
{
    if (!m_window)
        QTimer::singleShot(0, this, &AppShell::ensureWindow);
}

AppShell::~AppShell()
{
    qApp->removeEventFilter(this);
    m_settingsOpener.reset(); // its pages act through the gate
    m_api.reset();            // answers through the gate's services
    // The anchor only: a keychain write started now could not finish (the counter catches up
    // at the next start's first entry).
    if (m_anchor && m_gate)
        m_anchor->update(m_gate->audit());
    if (m_forwarder && m_gate)
        m_forwarder->forwardNew(m_gate->audit());
    m_setup.reset(); // its windows hold the service
    if (m_sessions)
        m_sessions->stopAll();
}

QWidget *AppShell::signInWindow() const
{
    return m_signInStack.get();
}

QWidget *AppShell::visibleWindow() const
{
    if (m_signInStack->isVisible() || !m_window)
        return m_signInStack.get();
    return m_window.get();
}

AppContext *AppShell::context() const
{
    return m_demo ? m_demo->context() : m_context.get();
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
            // The demo folder is unlocked by its own key slot: no password to type.
            ensureGate(m_demo->context());
            startSessions(m_demo->context(), m_demo->connections());
            QList<ClinicId> ids;
            for (const ClinicConnection &c : m_demo->connections())
                ids.append(c.id);
            RoutiqError signInError;
            if (!m_gate->signInDemo(ids, &signInError))
                fail(signInError);
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
                         onLocked(m_context.get());
                     });
}

void AppShell::updateAnchor()
{
    if (!m_anchor || !m_gate)
        return;
    RoutiqError error;
    if (!m_anchor->update(m_gate->audit(), &error))
        window()->setStatusText(error.message); // a cut log: say so, never hide it
    if (m_counter)
        m_counter->update();
    if (m_forwarder)
        m_forwarder->forwardNew(m_gate->audit());
}

void AppShell::fail(const RoutiqError &error)
{
    window()->setStatusText(error.message);
    window()->show();
    emit failed(error);
}

QString AppShell::lockedNotice() const
{
    return tr("Routiq keeps your clinics' data encrypted with a key that only a sign-in opens. "
              "Syncing starts after the first sign-in and then carries on, even while the "
              "screen is locked, until Routiq is closed.");
}

void AppShell::onLocked(AppContext *context)
{
    m_unlock = std::make_unique<FolderUnlock>(context, &m_clock, m_options.hashCost);
    connect(m_firstAdmin, &FirstAdminPage::submitted, m_unlock.get(),
            &FolderUnlock::createFirstAdmin);
    connect(m_signIn, &SignInPage::submitted, this, &AppShell::submitSignIn);
    connect(m_signIn, &SignInPage::recoveryRequested, this, &AppShell::showRecovery);
    connect(m_recovery, &RecoveryPage::submitted, this, &AppShell::recover);
    connect(m_recovery, &RecoveryPage::backRequested, this, &AppShell::showSignIn);
    connect(m_recovery, &RecoveryPage::startFreshRequested, this, &AppShell::startFresh);
    connect(m_unlock.get(), &FolderUnlock::busyChanged, m_signIn, &SignInPage::setBusy);
    connect(m_unlock.get(), &FolderUnlock::busyChanged, m_firstAdmin, &FirstAdminPage::setBusy);
    connect(m_unlock.get(), &FolderUnlock::failed, m_signIn, &SignInPage::showFailure);
    connect(m_unlock.get(), &FolderUnlock::failed, m_firstAdmin, &FirstAdminPage::showFailure);
    connect(m_unlock.get(), &FolderUnlock::failed, m_recovery,
            [this](const RoutiqError &error) { m_recovery->showFailure(error); });
    connect(m_unlock.get(), &FolderUnlock::unlocked, this,
            [this, context](const QString &username, qint64 generation) {
                ensureGate(context);
                m_gate->acceptUnlockedSignIn(username, generation);
            });
    connect(m_unlock.get(), &FolderUnlock::folderCreated, this,
            [this, context](const QString &username, const QByteArray &hash,
                            const QString &recoveryKey) {
                m_pendingRecoveryKey = recoveryKey;
                ensureGate(context);
                m_gate->adoptFirstAdmin(username, hash);
            });
    connect(m_firstAdmin, &FirstAdminPage::recoveryKeyConfirmed, this, [this] {
        m_pendingRecoveryKey.clear();
        if (!m_gate || !m_gate->currentUser())
            return;
        // No clinic yet: "Connect your clinic" first; the dashboard follows its first figures.
        if (m_setup && m_setup->offerFirstRun(*m_gate->currentUser())) {
            m_signInStack->hide();
            return;
        }
        showDashboard(*m_gate->currentUser());
    });
    qApp->installEventFilter(this); // key and mouse input keep the session from locking

    const AppContext::FolderState state = context->folderState();
    if (!state.accountSlots && !state.hasData()) {
        m_firstAdmin->setMinimumPasswordLength(AccountService::Options().minPasswordLength);
        m_signInStack->setCurrentWidget(m_firstAdmin);
        m_signInStack->setWindowTitle(tr("Routiq \u2014 Create the administrator"));
        m_signInStack->show();
        buildWindowSoon();
        emit signInShown();
        return;
    }
    showSignIn();
    if (!state.accountSlots)
        m_signIn->showFailure(FolderKeys::noSlotError(), 0);
}

void AppShell::submitSignIn(const QString &username, const QString &password)
{
    // The first sign-in of the run unwraps the data key; later ones (after an idle lock or a
    // sign-out) are checked by the gate against the open app database.
    if (m_sessions && m_gate)
        m_gate->signIn(username, password);
    else if (m_unlock)
        m_unlock->signIn(username, password);
}

void AppShell::ensureGate(AppContext *context)
{
    if (m_gate)
        return;
    SignInGate::Options gateOptions;
    gateOptions.hashCost = m_options.hashCost;
    gateOptions.idleLockMinutes = m_options.idleLockMinutes;
    gateOptions.accounts.throttleDatabase = context->keySlots().database();
    gateOptions.accounts.unknownNameKey = FolderKeys::unknownNameKey(context->folderId());
    m_gate = std::make_unique<SignInGate>(context->appDatabase().database(), &m_clock, gateOptions);
    if (m_unlock)
        m_gate->accounts().setSlotKeeper(&m_unlock->keys());
    m_access = std::make_unique<AuditedAccess>(&m_gate->policy(), &m_gate->audit());
    // Working hours and re-engagement notes: kept in the app database, checked and audited.
    m_insightSettings = std::make_unique<InsightSettingsService>(
        InsightSettingsStore(context->appDatabase().database()), m_access.get(), &m_clock);
    if (m_controller) // else ensureWindow passes them on
        m_controller->setInsightSettings(m_insightSettings.get());
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
    // The sign-in failures kept in keyslots.db while the folder was locked, now keyed and
    // anchored like every other entry.
    if (m_unlock)
        m_unlock->keys().flushPendingAudit(m_gate->audit());
    if (m_options.forwardAuditToOsLog && AuditForwarder::isAvailable()) {
        m_forwarder = std::make_unique<AuditForwarder>(AuditForwarder::systemLog());
        m_forwarder->start(m_gate->audit());
        m_gate->audit().setForwarder(m_forwarder.get());
    }
    connect(m_gate.get(), &SignInGate::signedOut, this, &AppShell::updateAnchor);
    connect(m_gate.get(), &SignInGate::locked, this, &AppShell::updateAnchor);
    connect(m_gate.get(), &SignInGate::signedIn, this, &AppShell::updateAnchor);
    connect(m_gate.get(), &SignInGate::signInFailed, this, &AppShell::updateAnchor);

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
    connect(m_gate.get(), &SignInGate::revoked, this, &AppShell::onRevoked);
    connect(m_gate.get(), &SignInGate::revoked, this, &AppShell::updateAnchor);
    m_revalidator =
        std::make_unique<SessionRevalidator>(m_gate.get(), controller(), m_access.get());
    m_settingsOpener =
        std::make_unique<SettingsOpener>(m_gate.get(), context, m_anchor.get(), m_counter.get());
    connect(m_settingsOpener.get(), &SettingsOpener::windowOpened, this,
            [this](SettingsWindow *window) {
                updateAnchor(); // the viewer's reads are audited entries too
                // Admins manage clinic connections here too (the service checks again).
                const auto user = m_gate ? m_gate->currentUser() : std::nullopt;
                if (window && user && user->role == Role::Admin && m_connections)
                    window->addPage(new ClinicConnectionsPanel(m_connections.get(), *user, m_clock),
                                    tr("&Clinics"));
                if (window && user && user->role == Role::Admin && m_api) {
                    SettingsContext context;
                    context.gate = m_gate.get();
                    window->addPage(new ApiServerPage(m_api.get(), context), tr("A&PI server"));
                }
            });
}

void AppShell::onRevoked(const RoutiqError &why)
{
    showSignIn();
    m_signIn->setNotice(why.message); // "This account is disabled. Ask the clinic admin."
}

void AppShell::chooseNewPassword(const QString &password)
{
    const auto user = m_gate ? m_gate->currentUser() : std::nullopt;
    if (!user)
        return;
    RoutiqError error;
    if (!m_gate->accounts().setPassword(*user, user->username, password, &error)) {
        m_newPassword->showFailure(error.message);
        return;
    }
    updateAnchor();
    if (const auto fresh = m_gate->revalidate())
        showDashboard(*fresh);
}

void AppShell::startSessions(AppContext *context, const QList<ClinicConnection> &connections)
{
    if (m_sessions)
        return;
    // Every clinic syncs from now on, signed in or not; what is shown follows the user.
    m_sessions = std::make_unique<ClinicSessions>(context, &m_clock, &m_policies);
    m_sessions->setAccessGuard(m_access.get());
    if (m_options.demo)
        m_sessions->setRateLimit(DemoEnvironment::localRateLimit());
    connect(m_sessions.get(), &ClinicSessions::sessionOpened, controller(),
            &DashboardController::addSession);
    connect(m_sessions.get(), &ClinicSessions::openFailed, this,
            [this](const ClinicConnection &, const RoutiqError &e) {
                window()->setStatusText(e.message);
            });
    connect(m_sessions.get(), &ClinicSessions::sessionClosing, controller(),
            &DashboardController::removeSession);
    m_health = std::make_unique<SyncHealthController>(
        m_clock, m_sessions.get(), context, window(),
        [this]() -> const AuditLog * { return m_gate ? &m_gate->audit() : nullptr; });
    m_connections = std::make_unique<ClinicConnectionService>(context, m_access.get(), &m_clock);
    m_connections->setSessions(m_sessions.get());
    m_setup = std::make_unique<ClinicSetupFlow>(m_connections.get(), m_clock);
    connect(m_setup.get(), &ClinicSetupFlow::dashboardWanted, this, [this] {
        if (m_gate && m_gate->currentUser())
            showDashboard(*m_gate->currentUser());
    });
    connect(window(), &MainWindow::clinicConnectionsRequested, this, [this] {
        if (m_gate && m_gate->currentUser())
            m_setup->openPanel(*m_gate->currentUser());
    });
    // Settings › API server: the same API as `routiq-cli serve`, when an admin turned it on.
    if (m_gate && m_access && !m_options.demo) {
        m_api = std::make_unique<ApiHost>(ApiBackend::Services{
            context, &m_gate->accounts(), &m_gate->audit(), m_access.get(), &m_clock});
        m_api->startSaved();
    }
    emit sessionsStarted(m_sessions.get());
    m_sessions->open(connections);
    if (connections.isEmpty())
        window()->setStatusText(tr("No clinic connected yet: an administrator adds one with "
                                   "'routiq-cli clinic add', or try 'routiq --demo'."));
}

void AppShell::showSignIn()
{
    if (m_setup)
        m_setup->closeAll();
    if (m_window) {
        m_controller->clearUser(); // patient lists closed, nothing on screen
        m_window->setSignedInName({});
        m_window->setAdminActionsVisible(false);
        m_window->hide();
    }
    m_signIn->reset();
    m_signIn->setUsername(m_gate ? m_gate->lastUsername() : QString());
    if (!m_sessions)
        m_signIn->setNotice(lockedNotice());
    m_signIn->recoveryButton()->setVisible(m_context && m_context->folderState().recoverySlot);
    m_signInStack->setCurrentWidget(m_signIn);
    m_signInStack->setWindowTitle(tr("Routiq \u2014 Sign in"));
    m_signInStack->show();
    buildWindowSoon();
    emit signInShown();
}

void AppShell::showRecovery()
{
    m_recovery->reset();
    m_signInStack->setCurrentWidget(m_recovery);
    m_signInStack->setWindowTitle(tr("Routiq \u2014 Recovery key"));
}

void AppShell::recover(const QString &recoveryKey, const QString &adminName,
                       const QString &password)
{
    if (!m_context || !m_unlock)
        return;
    if (!m_context->isUnlocked()) {
        m_recovery->setBusy(true);
        connect(
            m_unlock.get(), &FolderUnlock::recovered, this,
            [this, adminName, password] {
                m_recovery->setBusy(false);
                finishRecovery(adminName, password);
            },
            Qt::SingleShotConnection);
        m_unlock->recover(recoveryKey);
        return;
    }
    // Already open (someone signed in earlier): the key must still open the recovery slot.
    RoutiqError error;
    if (!(m_unlock->keys().openWithRecoveryKey(recoveryKey, &error) == m_context->dataKey())) {
        m_recovery->showFailure(error.isNull() ? FolderKeys::noSlotError() : error);
        return;
    }
    finishRecovery(adminName, password);
}

void AppShell::finishRecovery(const QString &adminName, const QString &password)
{
    ensureGate(m_context.get());
    RoutiqError error;
    const QString name = AccountService::normalizeUsername(adminName);
    const auto accounts = AccountStore(m_context->appDatabase().database()).find(name, &error);
    if (!accounts || accounts->demo || accounts->role != Role::Admin) {
        m_recovery->showFailure(
            error.isNull() ? RoutiqError::make(QStringLiteral("UNKNOWN_ACCOUNT"),
                                               tr("There is no admin account with this name."))
                           : error);
        return;
    }
    ActingUser admin;
    admin.userId = accounts->id;
    admin.username = accounts->username;
    admin.role = Role::Admin;
    m_gate->audit().record(admin, AuditAction::UserPasswordChanged, name,
                           QStringLiteral("recovery-key"));
    if ((accounts->disabled && !m_gate->accounts().setDisabled(admin, name, false, &error)) ||
        !m_gate->accounts().setPassword(admin, name, password, &error)) {
        m_recovery->showFailure(error);
        return;
    }
    m_signInStack->setCurrentWidget(m_signIn);
    m_gate->signIn(name, password);
}

void AppShell::startFresh()
{
    if (!m_context || m_sessions)
        return; // only while nobody could open the data
    const QString dir = m_context->dataDirectory();
    m_revalidator.reset();
    m_settingsOpener.reset();
    if (m_controller)
        m_controller->setInsightSettings(nullptr);
    m_insightSettings.reset();
    m_gate.reset();
    m_access.reset();
    m_anchor.reset();
    m_unlock.reset();
    m_context.reset();
    const QString aside = dir + QStringLiteral(".locked-") +
                          m_clock.nowUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    if (!QDir().rename(dir, aside)) {
        fail(RoutiqError::make(QStringLiteral("DATA_DIR_UNWRITABLE"),
                               tr("The data folder could not be moved aside."), dir));
        return;
    }
    disconnect(m_signIn, nullptr, this, nullptr);
    disconnect(m_recovery, nullptr, this, nullptr);
    disconnect(m_firstAdmin, nullptr, this, nullptr);
    start();
}

void AppShell::onSignedIn(const ActingUser &user)
{
    startSessions(context(), context()->appDatabase().clinicConnections());
    if (user.mustChangePassword) {
        // An admin reset the password: the user chooses their own before anything is shown.
        m_newPassword->start(user.username, m_gate->minPasswordLength());
        m_signInStack->setCurrentWidget(m_newPassword);
        m_signInStack->setWindowTitle(tr("Routiq — Choose a new password"));
        m_signInStack->show();
        return;
    }
    if (!m_pendingRecoveryKey.isEmpty()) {
        // The first admin sees the recovery key once before the dashboard.
        m_firstAdmin->showRecoveryKey(m_pendingRecoveryKey);
        m_signInStack->setWindowTitle(tr("Routiq \u2014 Recovery key"));
        return;
    }
    // One turn later: the clinics' keys, asked for just now, answer first, so their caches open
    // while the window is laid out and painted, not after (issue 17).
    QMetaObject::invokeMethod(
        this,
        [this, id = user.userId] {
            const auto current = m_gate ? m_gate->currentUser() : std::nullopt;
            if (current && current->userId == id)
                showDashboard(*current);
        },
        Qt::QueuedConnection);
}

void AppShell::showDashboard(const ActingUser &user)
{
    m_signInStack->hide();
    controller()->setUser(user, &m_gate->policy(), m_access.get());
    window()->setSignedInName(user.demo ? QString() : user.username);
    window()->setAdminActionsVisible(user.role == Role::Admin && !user.demo);
    window()->show();
    window()->raise();
    if (!m_firstClinicApplied && !m_options.firstClinic.isEmpty()) {
        // --clinic: once every session has answered, show the one asked for.
        m_firstClinicApplied = true;
        const QString wanted =
            m_options.firstClinic == QLatin1String("all") ? QString() : m_options.firstClinic;
        auto apply = [this, wanted] {
            controller()->selectClinic(wanted);
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
