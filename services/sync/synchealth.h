#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace routiq {

// A read-only picture of one clinic's sync, for the Sync health window and the diagnostics
// bundle: built by SyncHealthTracker (the app, from the session's signals and the shared HTTP
// policy) or from the cache and the log (routiq-cli diagnostics). No patient data, no key.
struct SyncHealth
{
    struct Resource
    {
        QString name;               // "appointments", ...
        QDateTime lastSuccessUtc;   // its last page committed; invalid: not yet
        QDateTime highWaterMarkUtc; // the newest updated_at it has seen
        bool backfillComplete = false;
    };
    struct Failure
    {
        QDateTime atUtc;
        QString code;
        QString reference; // the sync run id ("reference 7f3a1c2e" in the error's details)
    };

    QString clinicId;
    QString clinicName;
    QString pms;   // "cliniko", "nookal"
    QString state; // the engine's state ("polling", "failed", ...) or "not running"
    QDateTime lastSuccessfulSyncUtc;
    std::optional<qint64> dataAgeSecs;
    QList<Resource> resources;
    QList<Failure> recentFailures; // the last 24 h, newest first
    // Requests granted in the budget's window, of how many allowed (nullopt: not known here).
    std::optional<int> requestsInWindow;
    int requestBudget = 0;
    qint64 budgetWindowMs = 60'000;
    bool budgetLimited = true;
    QString circuitState;        // "closed", "open", "half-open"; empty when not known
    qint64 circuitRetryInMs = 0; // an open breaker lets a trial through in this long
    QDateTime nextRetryUtc;      // after a failure: when the engine tries again

    // Requests per minute, from the window's count.
    std::optional<double> requestsPerMinute() const;
    QJsonObject toJson() const;

    // The run id in a sync error's details ("… (reference 7f3a1c2e)"), or empty.
    static QString referenceIn(const QString &details);
};

} // namespace routiq
