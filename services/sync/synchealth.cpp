#include "synchealth.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace routiq {

namespace {
QJsonValue timeOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue();
}
} // namespace

std::optional<double> SyncHealth::requestsPerMinute() const
{
    if (!requestsInWindow || budgetWindowMs <= 0)
        return std::nullopt;
    return *requestsInWindow * 60'000.0 / double(budgetWindowMs);
}

QString SyncHealth::referenceIn(const QString &details)
{
    static const QRegularExpression re(QStringLiteral(R"(reference ([0-9a-f]{8}))"));
    const auto m = re.match(details);
    return m.hasMatch() ? m.captured(1) : QString();
}

QJsonObject SyncHealth::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("clinicId"), clinicId);
    o.insert(QStringLiteral("clinicName"), clinicName);
    o.insert(QStringLiteral("pms"), pms);
    o.insert(QStringLiteral("state"), state);
    o.insert(QStringLiteral("lastSuccessfulSync"), timeOrNull(lastSuccessfulSyncUtc));
    o.insert(QStringLiteral("dataAgeSecs"),
             dataAgeSecs ? QJsonValue(double(*dataAgeSecs)) : QJsonValue());
    QJsonArray rs;
    for (const Resource &r : resources)
        rs.append(QJsonObject{{QStringLiteral("resource"), r.name},
                              {QStringLiteral("lastSuccess"), timeOrNull(r.lastSuccessUtc)},
                              {QStringLiteral("highWaterMark"), timeOrNull(r.highWaterMarkUtc)},
                              {QStringLiteral("backfillComplete"), r.backfillComplete}});
    o.insert(QStringLiteral("resources"), rs);
    QJsonArray fs;
    for (const Failure &f : recentFailures)
        fs.append(QJsonObject{{QStringLiteral("at"), timeOrNull(f.atUtc)},
                              {QStringLiteral("code"), f.code},
                              {QStringLiteral("reference"), f.reference}});
    o.insert(QStringLiteral("errorsLast24h"), fs);
    o.insert(QStringLiteral("errorCountLast24h"), int(recentFailures.size()));
    QJsonObject budget;
    budget.insert(QStringLiteral("requestsInWindow"),
                  requestsInWindow ? QJsonValue(*requestsInWindow) : QJsonValue());
    budget.insert(QStringLiteral("allowedInWindow"), requestBudget);
    budget.insert(QStringLiteral("windowMs"), double(budgetWindowMs));
    budget.insert(QStringLiteral("limited"), budgetLimited);
    o.insert(QStringLiteral("requestBudget"), budget);
    o.insert(QStringLiteral("circuit"),
             QJsonObject{{QStringLiteral("state"),
                          circuitState.isEmpty() ? QJsonValue() : QJsonValue(circuitState)},
                         {QStringLiteral("retryInMs"), double(circuitRetryInMs)}});
    o.insert(QStringLiteral("nextRetry"), timeOrNull(nextRetryUtc));
    return o;
}

} // namespace routiq
