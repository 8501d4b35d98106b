#include "signingate.h"

#include "core/clock.h"
#include "core/logging.h"

#include <QFutureWatcher>
#include <QPromise>

#include <algorithm>
#include <memory>

namespace routiq {

namespace {

// Runs `work` (values only: it must not touch a QObject or a database) on `pool`, then `done`
// with its result on `context`'s thread. If `context` dies first, `done` is dropped.
template <typename T, typename Work, typename Done>
void runOffThread(QThreadPool *pool, QObject *context, Work work, Done done)
{
    auto promise = std::make_shared<QPromise<T>>();
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done] {
        watcher->deleteLater();
        if (watcher->future().resultCount() > 0)
            done(watcher->result());
    });
    watcher->setFuture(promise->future());
    promise->start();
    pool->start([promise, work] {
        promise->addResult(work());
        promise->finish();
    });
}

} // namespace

SignInGate::SignInGate(QSqlDatabase appDatabase, const Clock *clock, QObject *parent)
    : SignInGate(std::move(appDatabase), clock, Options(), parent)
{}

SignInGate::SignInGate(QSqlDatabase appDatabase, const Clock *clock, Options options,
                       QObject *parent)
    : QObject(parent), m_options(options), m_hasher(options.hashCost), m_audit(appDatabase, clock),
      m_accounts(appDatabase, clock, &m_hasher, &m_audit, options.accounts),
      m_demo(appDatabase, clock, &m_hasher, &m_audit),
      m_settings(appDatabase, &m_accounts.policy(), &m_audit), m_idle(clock, 0)
{
    m_pool.setMaxThreadCount(1);
    m_pool.setObjectName(QStringLiteral("routiq-sign-in"));
    connect(&m_idle, &IdleLock::lockRequested, this, &SignInGate::onIdleLockRequested);
}

SignInGate::~SignInGate()
{
    // A running check holds only copies; wait for it so no pool thread outlives the gate.
    m_pool.waitForDone();
}

bool SignInGate::needsFirstAdmin(RoutiqError *error) const
{
    const auto has = m_accounts.hasAccounts(error);
    return has && !*has;
}

void SignInGate::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

void SignInGate::failLater(const RoutiqError &error, qint64 retryAfterSecs)
{
    QMetaObject::invokeMethod(
        this,
        [this, error, retryAfterSecs] {
            setBusy(false);
            emit signInFailed(error, retryAfterSecs);
        },
        Qt::QueuedConnection);
}

bool SignInGate::createFirstAdmin(const QString &username, const QString &password)
{
    if (m_busy)
        return false;
    setBusy(true);
    RoutiqError error;
    if (!m_accounts.validateFirstAdmin(username, password, &error)) {
        failLater(error);
        return true;
    }
    runOffThread<std::optional<QByteArray>>(
        &m_pool, this, [hasher = m_hasher, password] { return hasher.hash(password); },
        [this, username](const std::optional<QByteArray> &hash) {
            RoutiqError error;
            std::optional<ActingUser> admin;
            if (hash)
                admin = m_accounts.createFirstAdminWithHash(username, *hash, &error);
            else
                error = RoutiqError::make(QStringLiteral("PASSWORD_HASH_FAILED"),
                                          tr("The password could not be secured."));
            AuthResult result;
            result.user = admin;
            result.error = error;
            finishSignIn(result);
        });
    return true;
}

bool SignInGate::signIn(const QString &username, const QString &password)
{
    if (m_busy)
        return false;
    setBusy(true);
    const AccountService::LoginAttempt attempt = m_accounts.beginLogin(username);
    if (attempt.decided) {
        failLater(attempt.decided->error, attempt.decided->retryAfterSecs.value_or(0));
        return true;
    }
    runOffThread<AccountService::PasswordCheck>(
        &m_pool, this,
        [hasher = m_hasher, hash = attempt.passwordHash, password] {
            return AccountService::checkPassword(hasher, hash, password);
        },
        [this, attempt](const AccountService::PasswordCheck &check) {
            finishSignIn(m_accounts.finishLogin(attempt, check));
        });
    return true;
}

bool SignInGate::acceptUnlockedSignIn(const QString &username, qint64 slotGeneration)
{
    if (m_busy)
        return false;
    setBusy(true);
    const AuthResult result = m_accounts.finishSlotLogin(username, slotGeneration);
    QMetaObject::invokeMethod(
        this, [this, result] { finishSignIn(result); }, Qt::QueuedConnection);
    return true;
}

bool SignInGate::adoptFirstAdmin(const QString &username, const QByteArray &passwordHash)
{
    if (m_busy)
        return false;
    setBusy(true);
    AuthResult result;
    result.user = m_accounts.createFirstAdminWithHash(username, passwordHash, &result.error);
    QMetaObject::invokeMethod(
        this, [this, result] { finishSignIn(result); }, Qt::QueuedConnection);
    return true;
}

void SignInGate::finishSignIn(const AuthResult &result)
{
    setBusy(false);
    if (result.ok()) {
        startSession(*result.user);
        return;
    }
    qCInfo(lcSecurity) << "sign-in refused:" << result.error.code;
    emit signInFailed(result.error, result.retryAfterSecs.value_or(0));
}

bool SignInGate::signInDemo(const QList<ClinicId> &simulatorClinics, RoutiqError *error)
{
    if (m_busy)
        return false;
    const auto user = m_demo.signIn(simulatorClinics, error);
    if (!user)
        return false;
    startSession(*user);
    return true;
}

void SignInGate::startSession(const ActingUser &user)
{
    if (m_user && m_user->userId != user.userId)
        m_audit.record(*m_user, AuditAction::SignedOut, m_user->username,
                       QStringLiteral("switched user"));
    m_user = user;
    m_lastUsername = user.demo ? QString() : user.username;
    if (const SecuritySettings::Values stored = m_settings.values(); stored.idleLockStored)
        m_options.idleLockMinutes = stored.idleLockMinutes;
    m_idle.setTimeoutMinutes(user.demo ? 0 : m_options.idleLockMinutes);
    m_idle.unlock();
    emit signedIn(user);
}

void SignInGate::endSession()
{
    m_user.reset();
    m_idle.setTimeoutMinutes(0);
}

void SignInGate::signOut()
{
    if (!m_user)
        return;
    m_audit.record(*m_user, AuditAction::SignedOut, m_user->username);
    endSession();
    emit signedOut();
}

void SignInGate::onIdleLockRequested()
{
    if (!m_user)
        return;
    // Locked even when the entry cannot be written: failing open would keep the data on screen.
    m_audit.record(*m_user, AuditAction::IdleLocked, m_user->username,
                   QStringLiteral("idle_min=%1").arg(m_options.idleLockMinutes));
    endSession();
    emit locked();
}

void SignInGate::userActivity()
{
    m_idle.activity();
}

void SignInGate::setIdleLockMinutes(int minutes)
{
    m_options.idleLockMinutes = std::max(0, minutes);
    if (m_user && !m_user->demo)
        m_idle.setTimeoutMinutes(m_options.idleLockMinutes);
}

} // namespace routiq

namespace routiq {

std::optional<ActingUser> SignInGate::revalidate()
{
    if (!m_user)
        return std::nullopt;
    if (m_user->demo)
        return m_user; // nobody can change the built-in demo account
    RoutiqError why;
    const std::optional<ActingUser> fresh = m_accounts.reload(*m_user, &why);
    if (!fresh) {
        // Fail closed: a storage error ends the session as well.
        m_audit.record(*m_user, AuditAction::SignedOut, m_user->username,
                       QStringLiteral("revoked %1").arg(why.code));
        qCInfo(lcSecurity) << "session revoked:" << why.code;
        endSession();
        emit revoked(why);
        return std::nullopt;
    }
    if (!fresh->sameRightsAs(*m_user)) {
        m_user = fresh;
        emit userChanged(*fresh);
    }
    // The idle lock follows the admin's setting, also when changed from another process.
    if (const SecuritySettings::Values stored = m_settings.values();
        stored.idleLockStored && stored.idleLockMinutes != m_options.idleLockMinutes)
        setIdleLockMinutes(stored.idleLockMinutes);
    return m_user;
}

} // namespace routiq
