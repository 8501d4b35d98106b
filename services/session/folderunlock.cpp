#include "folderunlock.h"

#include "appcontext.h"
#include "security/accountservice.h"

#include <QFutureWatcher>
#include <QPromise>

#include <memory>
#include <utility>

namespace routiq {

namespace {

// Runs `work` (values only) on `pool`, then `done` with its result on `context`'s thread.
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

struct FirstAdminWork
{
    FolderKeys::FirstAdminSeal seal;
    std::optional<QByteArray> hash;
};

} // namespace

FolderUnlock::FolderUnlock(AppContext *context, const Clock *clock, PasswordHasher::Cost cost,
                           int minPasswordLength, QObject *parent)
    : QObject(parent), m_context(context), m_clock(clock), m_hasher(cost),
      m_keys(context, clock, cost), m_minPasswordLength(minPasswordLength)
{
    m_pool.setMaxThreadCount(1);
    m_pool.setObjectName(QStringLiteral("routiq-unlock"));
    // The thread is made now, while the sign-in window waits, not when the password arrives.
    m_pool.setExpiryTimeout(-1);
    m_pool.start([] {});
}

FolderUnlock::~FolderUnlock()
{
    m_pool.waitForDone();
}

void FolderUnlock::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

void FolderUnlock::failLater(const RoutiqError &error, qint64 retryAfterSecs)
{
    QMetaObject::invokeMethod(
        this,
        [this, error, retryAfterSecs] {
            setBusy(false);
            emit failed(error, retryAfterSecs);
        },
        Qt::QueuedConnection);
}

bool FolderUnlock::signIn(const QString &username, const QString &password)
{
    if (m_busy)
        return false;
    setBusy(true);
    FolderKeys::Attempt attempt = m_keys.prepare(username);
    if (attempt.decided) {
        failLater(attempt.decided->error, attempt.decided->retryAfterSecs.value_or(0));
        return true;
    }
    // The slot is tried (Argon2id, on the pool) while the throttle counts the attempt here (a
    // write that waits on the disk): the two no longer add up on the way to the first figures
    // (issue 17). The result is used only once the count is committed — the answer below
    // always arrives after admit() returned — and is dropped when the throttle refuses.
    const quint64 serial = ++m_attemptSerial;
    runOffThread<DataKey>(
        &m_pool, this, [attempt, password] { return FolderKeys::unwrap(attempt, password); },
        [this, serial, username](const DataKey &key) {
            if (serial != m_attemptSerial || !m_admitted)
                return; // refused by the throttle meanwhile: nothing was tried for the user
            const FolderKeys::Attempt admitted = *std::exchange(m_admitted, std::nullopt);
            const FolderKeys::Unwrapped result = m_keys.finish(admitted, key);
            RoutiqError error = result.error;
            if (result.ok() && m_context->unlock(result.key, &error)) {
                setBusy(false);
                emit unlocked(username, result.generation);
                return;
            }
            setBusy(false);
            emit failed(error, result.retryAfterSecs);
        });
    m_keys.admit(attempt);
    if (attempt.decided) {
        ++m_attemptSerial; // the unwrap still running is thrown away
        failLater(attempt.decided->error, attempt.decided->retryAfterSecs.value_or(0));
        return true;
    }
    m_admitted = attempt;
    return true;
}

bool FolderUnlock::createFirstAdmin(const QString &username, const QString &password)
{
    if (m_busy)
        return false;
    setBusy(true);
    const QString name = AccountService::normalizeUsername(username);
    if (name.isEmpty() || name == QLatin1String(AccountService::kDemoUsername)) {
        failLater(RoutiqError::make(QStringLiteral("INVALID_USERNAME"),
                                    tr("Choose a user name of letters and digits (and . _ - @), "
                                       "up to 64 characters.")));
        return true;
    }
    if (password.size() < m_minPasswordLength || password.size() > 1024) {
        failLater(RoutiqError::make(
            QStringLiteral("WEAK_PASSWORD"),
            tr("Choose a password of at least %1 characters.").arg(m_minPasswordLength)));
        return true;
    }
    if (m_context->folderState().hasData()) {
        RoutiqError error;
        m_context->initialize(DataKey(), &error); // the FOLDER_HAS_DATA refusal and its words
        failLater(error);
        return true;
    }
    runOffThread<FirstAdminWork>(
        &m_pool, this,
        [folderId = m_context->folderId(), hasher = m_hasher, name, password] {
            FirstAdminWork work;
            work.seal = FolderKeys::sealFirstAdmin(folderId, name, password, hasher.cost());
            work.hash = hasher.hash(password);
            return work;
        },
        [this, name](const FirstAdminWork &work) {
            RoutiqError error;
            std::optional<QString> recovery;
            if (work.hash)
                recovery = m_keys.createFolder(work.seal, &error);
            else
                error = RoutiqError::make(QStringLiteral("PASSWORD_HASH_FAILED"),
                                          tr("The password could not be secured."));
            setBusy(false);
            if (!recovery) {
                emit failed(error, 0);
                return;
            }
            emit folderCreated(name, *work.hash, *recovery);
        });
    return true;
}

bool FolderUnlock::recover(const QString &recoveryKey)
{
    if (m_busy)
        return false;
    RoutiqError error;
    const DataKey key = m_keys.openWithRecoveryKey(recoveryKey, &error);
    if (!key.isValid() || !m_context->unlock(key, &error)) {
        failLater(error);
        return true;
    }
    QMetaObject::invokeMethod(this, &FolderUnlock::recovered, Qt::QueuedConnection);
    return true;
}

} // namespace routiq
