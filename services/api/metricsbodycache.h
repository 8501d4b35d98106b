#pragma once

#include "domain/ids.h"
#include "session/metricsanswer.h"

#include <QByteArray>
#include <QCache>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace routiq {

// GET /metrics (and the live channel) from a snapshot cache: the answer's bytes, keyed by what
// decides them, so a repeated request is a lookup instead of a pass over the cache.
// - The key: the clinics the answer reads (for "all", the ones the account may see: the only
//   way an account's rights shape the body), the normalized query (dates, filters, grouping,
//   metric groups) and the quarter hour of the request (every zone's local midnight falls on a
//   UTC quarter hour, so "today", and with it the range and the to-date figures, cannot change
//   inside one).
// - Valid while the clinics' cache files are as they were before the answer was computed
//   (CacheFileState, the signal the live channel uses): a sync's write invalidates it.
// Permissions are not part of it: the backend checks the token, the account and its rights at
// every request before it asks. Bounded (LRU by bytes). One thread (the backend's).
class MetricsBodyCache
{
public:
    explicit MetricsBodyCache(qsizetype maxBytes = 32 * 1024 * 1024);

    static QString key(const QList<ClinicId> &clinics, const MetricsAnswer::Query &query,
                       const std::optional<QStringList> &groups, const QDateTime &nowUtc);

    // The body stored under `key` when it was computed from files in state `signature`.
    std::optional<QByteArray> find(const QString &key, const QByteArray &signature);
    void insert(const QString &key, const QByteArray &signature, const QByteArray &body);

    qint64 hits() const { return m_hits; }
    qint64 misses() const { return m_misses; }

private:
    struct Entry
    {
        QByteArray signature;
        QByteArray body;
    };
    QCache<QString, Entry> m_entries;
    qint64 m_hits = 0;
    qint64 m_misses = 0;
};

} // namespace routiq
