#pragma once

#include "folderkeys.h"

#include <QObject>
#include <QThreadPool>

#include <optional>

namespace routiq {

class AppContext;
class Clock;

// The app's first sign-in of a run, while the data folder is still locked: unwraps the typed
// account's key slot (Argon2id on its own one-thread pool, on copies) and unlocks the
// AppContext with the data key — or, on a new folder, makes the data key, the first admin's
// slot and the recovery key. Only then can the app database be opened and the caches synced;
// SignInGate takes over from unlocked() / folderCreated(). Answers always arrive later, by
// signal, never inside the call.
class FolderUnlock : public QObject
{
    Q_OBJECT
public:
    // `context` and `clock` outlive this object.
    FolderUnlock(AppContext *context, const Clock *clock, PasswordHasher::Cost cost,
                 int minPasswordLength = 10, QObject *parent = nullptr);
    ~FolderUnlock() override;

    FolderKeys &keys() { return m_keys; }
    bool isBusy() const { return m_busy; }

    // False, and no signal, while busy.
    bool signIn(const QString &username, const QString &password);
    bool createFirstAdmin(const QString &username, const QString &password);
    // The recovery key as typed: unlocks the folder (synchronous: no Argon2id) and emits
    // recovered(), or failed().
    bool recover(const QString &recoveryKey);

signals:
    void busyChanged(bool busy);
    void unlocked(const QString &username, qint64 slotGeneration);
    // The folder is new and unlocked; the admin's account row is SignInGate::adoptFirstAdmin's.
    void folderCreated(const QString &username, const QByteArray &passwordHash,
                       const QString &recoveryKey);
    void recovered();
    void failed(const routiq::RoutiqError &error, qint64 retryAfterSecs);

private:
    void setBusy(bool busy);
    void failLater(const RoutiqError &error, qint64 retryAfterSecs = 0);

    AppContext *m_context;
    const Clock *m_clock;
    PasswordHasher m_hasher;
    FolderKeys m_keys;
    int m_minPasswordLength;
    QThreadPool m_pool;
    bool m_busy = false;
    quint64 m_attemptSerial = 0;                   // the sign-in whose unwrap counts
    std::optional<FolderKeys::Attempt> m_admitted; // its attempt, once the throttle counted it
};

} // namespace routiq
