#include "retrypolicy.h"

#include <QLocale>
#include <QRandomGenerator>

#include <algorithm>

namespace routiq {

RetryPolicy::RetryPolicy() : RetryPolicy(Config{}) {}

RetryPolicy::RetryPolicy(Config config, JitterSource jitter)
    : m_config(config), m_jitter(std::move(jitter))
{
    if (!m_jitter)
        m_jitter = [] {
            return QRandomGenerator::global()->generateDouble();
        };
}

qint64 RetryPolicy::backoffMs(int attemptsMade) const
{
    const int exponent = std::clamp(attemptsMade - 1, 0, 30);
    qint64 delay = m_config.baseDelayMs;
    for (int i = 0; i < exponent && delay < m_config.maxDelayMs; ++i)
        delay *= 2;
    delay = std::min(delay, m_config.maxDelayMs);
    const double jitter = std::clamp(m_jitter(), 0.0, 0.999999);
    return qint64(double(delay) * (0.5 + 0.5 * jitter));
}

std::optional<QDateTime> RetryPolicy::rateLimitReset(const QByteArray &xRateLimitReset,
                                                     const QByteArray &retryAfter,
                                                     const QDateTime &nowUtc)
{
    bool ok = false;
    const qint64 resetSecs = xRateLimitReset.trimmed().toLongLong(&ok);
    if (ok && resetSecs > 0)
        return QDateTime::fromSecsSinceEpoch(resetSecs, Qt::UTC);

    const QByteArray after = retryAfter.trimmed();
    if (after.isEmpty())
        return std::nullopt;
    const qint64 seconds = after.toLongLong(&ok);
    if (ok && seconds >= 0)
        return nowUtc.addSecs(seconds);
    // HTTP date, e.g. "Wed, 21 Oct 2015 07:28:00 GMT".
    QDateTime date = QLocale::c().toDateTime(QString::fromLatin1(after).left(25),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    if (date.isValid()) {
        date.setTimeSpec(Qt::UTC);
        return date;
    }
    return std::nullopt;
}

} // namespace routiq
