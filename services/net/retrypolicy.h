#pragma once

#include <QByteArray>
#include <QDateTime>

#include <functional>
#include <optional>

namespace routiq {

// When to try a failed PMS request again, and how long to wait first: exponential backoff with
// jitter for server errors, timeouts and network errors; the server's own reset time for 429.
class RetryPolicy
{
public:
    struct Config
    {
        int maxAttempts = 4;         // attempts in total for 5xx / timeout / network errors
        int maxRateLimitRetries = 3; // extra attempts after a 429
        qint64 baseDelayMs = 1'000;  // first backoff (before jitter)
        qint64 maxDelayMs = 30'000;  // backoff cap
        qint64 maxRateLimitWaitMs = 5 * 60'000; // a longer reset is reported, not waited for
    };

    // Returns a value in [0, 1). Tests inject a fixed source; the default uses the system RNG.
    using JitterSource = std::function<double()>;

    RetryPolicy();
    explicit RetryPolicy(Config config, JitterSource jitter = {});

    const Config &config() const { return m_config; }

    // Whether a request that failed with a retryable error may be tried again after
    // `attemptsMade` attempts.
    bool mayRetry(int attemptsMade) const { return attemptsMade < m_config.maxAttempts; }

    // Wait before attempt `attemptsMade + 1`: base * 2^(attemptsMade-1), capped, then scaled
    // by a jitter factor in [0.5, 1.0) so clients that failed together do not retry together.
    qint64 backoffMs(int attemptsMade) const;

    // When the server allows the next request after a 429: X-RateLimit-Reset (UNIX seconds),
    // else Retry-After (seconds or an HTTP date), else nothing (use backoff).
    static std::optional<QDateTime> rateLimitReset(const QByteArray &xRateLimitReset,
                                                   const QByteArray &retryAfter,
                                                   const QDateTime &nowUtc);

    static bool isRetryableStatus(int httpStatus) { return httpStatus >= 500 && httpStatus < 600; }

private:
    Config m_config;
    JitterSource m_jitter;
};

} // namespace routiq
