#pragma once

#include "domain/routiqerror.h"

#include <QObject>

#include <functional>

namespace routiq {

class AppContext;

// `routiq-cli rekey`: moves an unlocked data folder to a new data key. Resumable at every step,
// because the journal in keyslots.db (AppContext::startRekey) keeps each key sealed under the
// other and the key slots keep giving the old key until the very end:
//   1. every cache is re-keyed (DatabaseRekey: wholly old or wholly new at every instant; a
//      file that already opens with the new key is skipped);
//   2. every clinic's API key in the secret store is sealed again under the new key;
//   3. the app database is re-keyed and reopened;
//   4. every key slot is sealed to the new key (one transaction, no password needed: the
//      slots' public keys);
//   5. the journal is removed.
// A sign-in during an unfinished rekey is refused (REKEY_UNFINISHED) except by the rekey
// itself, so no cache is ever opened, or set aside, under the wrong key.
class KeyRotation : public QObject
{
    Q_OBJECT
public:
    using DoneCallback = std::function<void(const RoutiqError &error)>;

    // `context` is unlocked with allowUnfinishedRekey(true) and outlives this object.
    explicit KeyRotation(AppContext *context, QObject *parent = nullptr);

    // Called just before the app database is re-keyed: whoever holds connections to it (audit
    // log, account service) lets them go.
    void setBeforeAppDatabase(std::function<void()> hook) { m_beforeAppDatabase = hook; }
    // Tests: after this many files re-keyed, report paused() and stop (a kill comes next).
    void setPauseAfterFiles(int files) { m_pauseAfter = files; }

    void run(DoneCallback done);

    int filesRekeyed() const { return m_filesRekeyed; }
    int slotsRewrapped() const { return m_slotsRewrapped; }

signals:
    void paused(int filesRekeyed);

private:
    bool rekeyCaches(RoutiqError *error);
    void resealApiKeys(QStringList clinics, DoneCallback done);
    void finish(DoneCallback done);
    bool countFile();

    AppContext *m_context;
    std::function<void()> m_beforeAppDatabase;
    int m_pauseAfter = 0;
    int m_filesRekeyed = 0;
    int m_slotsRewrapped = 0;
};

} // namespace routiq
