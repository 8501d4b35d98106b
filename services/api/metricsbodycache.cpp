#include "metricsbodycache.h"

#include <algorithm>

namespace routiq {

namespace {

QString optionalId(const std::optional<RecordId> &id)
{
    return id ? QString::number(*id) : QStringLiteral("-");
}

} // namespace

MetricsBodyCache::MetricsBodyCache(qsizetype maxBytes) : m_entries(maxBytes) {}

QString MetricsBodyCache::key(const QList<ClinicId> &clinics, const MetricsAnswer::Query &query,
                              const std::optional<QStringList> &groups, const QDateTime &nowUtc)
{
    const MetricsRequest &r = query.request;
    QString period = QStringLiteral("-");
    if (r.period)
        period = *r.period == MetricsRequest::Period::Week ? QStringLiteral("week")
                                                           : QStringLiteral("month");
    QStringList sortedGroups = groups.value_or(QStringList{QStringLiteral("*")});
    sortedGroups.sort();
    sortedGroups.removeDuplicates();
    constexpr qint64 quarterHourMs = 15 * 60 * 1000;
    return QStringList{r.clinicId,
                       clinics.join(QLatin1Char(',')),
                       period,
                       r.startDate.toString(Qt::ISODate),
                       r.endDate.toString(Qt::ISODate),
                       optionalId(r.locationId),
                       optionalId(r.practitionerId),
                       query.byPractitioner ? QStringLiteral("by") : QStringLiteral("-"),
                       sortedGroups.join(QLatin1Char(',')),
                       QString::number(nowUtc.toMSecsSinceEpoch() / quarterHourMs)}
        .join(QLatin1Char('|'));
}

std::optional<QByteArray> MetricsBodyCache::find(const QString &key, const QByteArray &signature)
{
    const Entry *entry = m_entries.object(key);
    if (!entry || entry->signature != signature) {
        ++m_misses;
        return std::nullopt;
    }
    ++m_hits;
    return entry->body;
}

void MetricsBodyCache::insert(const QString &key, const QByteArray &signature,
                              const QByteArray &body)
{
    const qsizetype cost = std::max<qsizetype>(1, body.size() + signature.size() + key.size() * 2);
    m_entries.insert(key, new Entry{signature, body}, cost);
}

} // namespace routiq
