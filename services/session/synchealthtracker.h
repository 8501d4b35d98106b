#pragma once

#include "core/clock.h"
#include "sync/syncengine.h"
#include "sync/synchealth.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace routiq {

class ClinicSession;
class ClinicSessions;

// Keeps, per open clinic, what the Sync health window and the diagnostics bundle show: each
// resource's last success, the failures of the last 24 h with their reference (run id), the
// state and data age; the request budget and circuit breaker come from ClinicSessions (the
// shared HTTP policy). snapshot() hands out a copy, so the UI never reaches into a worker.
// Also the stale-data alert: a clinic whose newest data is older than the threshold while the
// app runs (the age counts from when the app started watching at the earliest, so an old cache
// opened a second ago is not "stale" before its first sync had a chance) raises `staleChanged`.
// GUI-free: re-evaluated every 15 s on its own timer, or by refresh().
class SyncHealthTracker : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultStaleAfterSecs = 15 * 60;

    // `sessions` (may be null) gives budget and circuit; it must outlive this object.
    SyncHealthTracker(const Clock &clock, const ClinicSessions *sessions,
                      QObject *parent = nullptr);

    void watch(ClinicSession *session);
    void forget(const QString &clinicId);
    void setStaleAfterSecs(int secs) { m_staleAfterSecs = qMax(1, secs); }
    int staleAfterSecs() const { return m_staleAfterSecs; }
    // How long after a failed pass the engine tries again (SyncEngine::Options).
    void setRetryDelays(int afterFailureMs, int afterAuthFailureMs);

    QStringList clinicIds() const;
    std::optional<SyncHealth> snapshot(const QString &clinicId) const;
    QList<SyncHealth> snapshots() const;

    // The clinics whose data is stale now, and one line naming them (empty when none).
    QStringList staleClinics() const { return m_stale; }
    QString staleText() const;

public slots:
    void refresh();

signals:
    void changed(const QString &clinicId);
    // The set of stale clinics changed; `newlyStale` are the ones that just crossed.
    void staleChanged(const QStringList &newlyStale);

private:
    struct Clinic
    {
        QPointer<ClinicSession> session;
        QString name;
        QString pms;
        QString state = QStringLiteral("connecting");
        QDateTime lastSuccess;
        QDateTime watchedSince;
        QHash<QString, QDateTime> resourceSuccess;
        QList<SyncHealth::Failure> failures; // newest first
        QDateTime nextRetry;
    };
    void onFailed(const QString &clinicId, const RoutiqError &error);
    void pruneFailures(Clinic *clinic) const;

    const Clock &m_clock;
    const ClinicSessions *m_sessions;
    QHash<QString, Clinic> m_clinics;
    QStringList m_stale;
    int m_staleAfterSecs = kDefaultStaleAfterSecs;
    int m_retryAfterFailureMs = SyncEngine::Options{}.retryAfterFailureMs;
    int m_retryAfterAuthFailureMs = SyncEngine::Options{}.retryAfterAuthFailureMs;
    QTimer m_timer;
};

} // namespace routiq
