#pragma once

#include "core/clock.h"
#include "domain/changeset.h"
#include "domain/routiqerror.h"
#include "livestatus.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <optional>

namespace routiq {

// Turns the sync engine's events and the clock into the one LiveStatus the dashboard shows,
// plus the data age, backfill progress/ETA and a plain-words status line. GUI-free; it
// re-evaluates itself once a second (refresh()), so "Stale" happens without any new event.
class LiveStatusTracker : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultStaleAfterSecs = 30;

    explicit LiveStatusTracker(const Clock &clock, QObject *parent = nullptr);

    // Live becomes Stale when no poll succeeded for longer than this.
    void setStaleAfterSecs(int secs);
    int staleAfterSecs() const { return m_staleAfterSecs; }

    LiveStatus status() const { return m_status; }
    // Seconds since the newest data we hold was known to be current; empty when never synced.
    std::optional<qint64> dataAgeSecs() const;
    QDateTime lastSuccessUtc() const { return m_lastSuccess; }
    RoutiqError lastError() const { return m_error; }

    qint64 backfillDone() const { return m_backfillDone; }
    qint64 backfillTotal() const { return m_backfillTotal; } // -1 when the PMS gave no total
    bool backfillRunning() const { return m_backfillActive; }
    QString backfillResource() const { return m_backfillResource; } // e.g. "appointments"
    // Estimated seconds until the backfill completes, from the rate so far; empty if unknown.
    std::optional<qint64> backfillEtaSecs() const;

    // One line for the indicator: "Updated 12 s ago", "Offline — showing data from 09:00
    // (90 min old)". What to do about Offline/AuthError, in plain words (empty otherwise).
    QString bannerText() const;
    // Whose status this is, when it speaks for a group ("All clinics"): problem states are then
    // prefixed with it. Empty (the default) for a clinic's own dashboard.
    void setSubject(const QString &name);
    QString subject() const { return m_subject; }
    QString adviceText() const;

    // Which failures mean the user must act (credentials) rather than wait (network, 5xx, open
    // circuit, anything else): codes containing AUTH, UNAUTHORI(S|Z)ED, FORBIDDEN or API_KEY.
    static bool isAuthError(const RoutiqError &error);

public slots:
    // The last successful sync stored in the cache, so age is known before the first poll.
    void setLastSuccessfulSync(const QDateTime &utc);
    void syncStarted();
    void backfillProgress(qint64 done, qint64 total);
    void changesCommitted(const QDateTime &atUtc);
    void pollSucceeded(const QDateTime &atUtc);
    void syncFailed(const routiq::RoutiqError &error);

    // The same, shaped like ClinicSession's / SyncEngine's signals so they connect directly:
    // progress(resource, done, total, etaSecs), passCompleted(at, backfillComplete),
    // changesCommitted(ChangeSet), failed(error).
    void syncProgress(const QString &resource, qint64 done, qint64 total, qint64 etaSecs);
    void passCompleted(const QDateTime &atUtc, bool backfillComplete);
    void changeSetCommitted(const routiq::ChangeSet &changes);
    // Re-evaluates the state against the clock and emits `ticked` (called every second).
    void refresh();

signals:
    void statusChanged(routiq::LiveStatus status);
    void changeArrived(); // once per committed change (pulse)
    void backfillProgressChanged(qint64 done, qint64 total);
    void ticked(); // anything shown may have changed

private:
    void markSuccess(const QDateTime &atUtc);
    LiveStatus derive() const;
    QString dataFromText() const;
    QString statusText() const;

    const Clock &m_clock;
    QTimer m_timer;
    int m_staleAfterSecs = kDefaultStaleAfterSecs;
    LiveStatus m_status = LiveStatus::Connecting;
    QDateTime m_lastSuccess; // newest of: last poll, last commit, stored last sync
    QDateTime m_lastPoll;    // last poll of this session (drives Live/Stale)
    RoutiqError m_error;     // the failure in force; null after a success
    bool m_backfillActive = false;
    QString m_backfillResource;
    qint64 m_backfillDone = 0;
    qint64 m_backfillTotal = 0;
    qint64 m_engineEtaSecs = -1; // the sync engine's own estimate, when it gives one
    qint64 m_etaStartDone = -1;  // first progress sample of this backfill
    QDateTime m_etaStartAt;
    QString m_subject;
};

} // namespace routiq
