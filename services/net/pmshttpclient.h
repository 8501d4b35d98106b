#pragma once

#include "circuitbreaker.h"
#include "core/clock.h"
#include "httpresult.h"
#include "ratelimiter.h"
#include "retrypolicy.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace routiq {

class CircuitBreaker;
class RateLimiter;

// Runs one PMS request at a time through the shared HTTP policy: the credential's token bucket,
// the host's circuit breaker, a transfer timeout, retries with backoff and 429 handling, and the
// loopback-only rule for plain http. Lives in the sync worker's thread; its network manager is
// created there on first use. Every wait reads the injected Clock, re-checked every clockPollMs.
class PmsHttpClient : public QObject
{
    Q_OBJECT
public:
    struct Config
    {
        QString serviceName = QStringLiteral("Cliniko");     // used in user messages
        QString errorCodePrefix = QStringLiteral("CLINIKO"); // CLINIKO_AUTH_REJECTED, ...
        int transferTimeoutMs = 30'000;
        qint64 clockPollMs = 1'000; // longest single QTimer wait before the Clock is re-read
        // Largest answer accepted, checked from Content-Length and again while reading (a
        // chunked or lying server): a broken or hostile server cannot fill the memory. The
        // biggest real page (100 appointments) is well under 1 MiB.
        qint64 maxResponseBytes = 32 * 1024 * 1024;
        RetryPolicy::Config retry;
    };
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    // `limiter` and `breaker` may be null (no limit / no breaker). `jitter` feeds the backoff.
    PmsHttpClient(const Clock &clock, Config config, std::shared_ptr<RateLimiter> limiter,
                  std::shared_ptr<CircuitBreaker> breaker, QObject *parent = nullptr,
                  RetryPolicy::JitterSource jitter = {});
    ~PmsHttpClient() override;

    // How a PMS adapter builds its client: the shared `limiter` and `breaker` when given (one
    // budget per API key, one breaker per origin: HttpPolicyRegistry), else its own from
    // `rateLimit` and `breakerConfig`. `service` names the PMS in messages and error codes.
    struct Service
    {
        QString name;            // "Cliniko"
        QString errorCodePrefix; // "CLINIKO"
    };
    static PmsHttpClient *forService(const Clock &clock, const Service &service, Config config,
                                     const RateLimiter::Config &rateLimit,
                                     const CircuitBreaker::Config &breakerConfig,
                                     std::shared_ptr<RateLimiter> limiter,
                                     std::shared_ptr<CircuitBreaker> breaker, QObject *parent,
                                     RetryPolicy::JitterSource jitter);

    // Starts a request; exactly one `finished` follows (never synchronously), unless abort().
    void get(const QUrl &url, const Headers &headers);
    void post(const QUrl &url, const Headers &headers, const QByteArray &body);
    void abort();
    bool isBusy() const { return m_busy; }

    const Config &config() const { return m_config; }
    CircuitBreaker *circuitBreaker() const { return m_breaker.get(); }
    RateLimiter *rateLimiter() const { return m_limiter.get(); }

signals:
    void finished(const routiq::HttpResult &result);
    // A 429 or a retryable failure was answered: nothing is sent before this instant (on the
    // injected clock). Lets tests know the reply was handled before they move the clock.
    void waitingUntil(qint64 notBeforeMSecs);

private:
    void start(const QUrl &url, const Headers &headers, const QByteArray &verb,
               const QByteArray &body);
    void proceed();
    void send();
    void onReplyFinished();
    void onMetaDataChanged();
    void onReadyRead();
    void failTooLarge(qint64 bytes);
    void retryOrFail(RoutiqError error, bool retryable);
    void waitUntil(qint64 notBeforeMs);
    void finishOk();
    void finishWith(RoutiqError error);
    RoutiqError makeError(ErrorCode code, const QString &message, const QString &details) const;
    QString hostDetails() const;

    const Clock &m_clock;
    const Config m_config;
    RetryPolicy m_retry;
    std::shared_ptr<RateLimiter> m_limiter;
    std::shared_ptr<CircuitBreaker> m_breaker;
    QNetworkAccessManager *m_nam = nullptr;
    QTimer *m_waitTimer = nullptr;
    QPointer<QNetworkReply> m_reply;

    // The request in progress.
    bool m_busy = false;
    quint64 m_generation = 0;
    QUrl m_url;
    Headers m_headers;
    QByteArray m_verb;
    QByteArray m_body;
    QByteArray m_received; // the answer so far, read as it arrives to enforce the size cap
    int m_attempts = 0;
    int m_rateLimitRetries = 0;
    qint64 m_notBeforeMs = 0;
    HttpResult m_result;
};

} // namespace routiq
