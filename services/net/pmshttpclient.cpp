#include "pmshttpclient.h"

#include "circuitbreaker.h"
#include "core/logging.h"
#include "ratelimiter.h"
#include "transportsecurity.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace routiq {

PmsHttpClient::PmsHttpClient(const Clock &clock, Config config,
                             std::shared_ptr<RateLimiter> limiter,
                             std::shared_ptr<CircuitBreaker> breaker, QObject *parent,
                             RetryPolicy::JitterSource jitter)
    : QObject(parent), m_clock(clock), m_config(std::move(config)),
      m_retry(m_config.retry, std::move(jitter)), m_limiter(std::move(limiter)),
      m_breaker(std::move(breaker)), m_waitTimer(new QTimer(this))
{
    qRegisterMetaType<routiq::HttpResult>();
    m_waitTimer->setSingleShot(true);
    connect(m_waitTimer, &QTimer::timeout, this, &PmsHttpClient::proceed);
}

PmsHttpClient *PmsHttpClient::forService(const Clock &clock, const Service &service, Config config,
                                         const RateLimiter::Config &rateLimit,
                                         const CircuitBreaker::Config &breakerConfig,
                                         std::shared_ptr<RateLimiter> limiter,
                                         std::shared_ptr<CircuitBreaker> breaker, QObject *parent,
                                         RetryPolicy::JitterSource jitter)
{
    if (!limiter)
        limiter = std::make_shared<RateLimiter>(clock, rateLimit);
    if (!breaker)
        breaker = std::make_shared<CircuitBreaker>(clock, breakerConfig);
    config.serviceName = service.name;
    config.errorCodePrefix = service.errorCodePrefix;
    return new PmsHttpClient(clock, std::move(config), std::move(limiter), std::move(breaker),
                             parent, std::move(jitter));
}

PmsHttpClient::~PmsHttpClient()
{
    abort();
}

void PmsHttpClient::get(const QUrl &url, const Headers &headers)
{
    start(url, headers, QByteArrayLiteral("GET"), {});
}

void PmsHttpClient::post(const QUrl &url, const Headers &headers, const QByteArray &body)
{
    start(url, headers, QByteArrayLiteral("POST"), body);
}

void PmsHttpClient::abort()
{
    ++m_generation;
    m_waitTimer->stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        if (m_breaker)
            m_breaker->cancelTrial();
        reply->deleteLater();
    }
    m_busy = false;
}

void PmsHttpClient::start(const QUrl &url, const Headers &headers, const QByteArray &verb,
                          const QByteArray &body)
{
    abort();
    m_busy = true;
    m_url = url;
    m_headers = headers;
    m_verb = verb;
    m_body = body;
    m_attempts = 0;
    m_rateLimitRetries = 0;
    m_notBeforeMs = 0;
    m_result = HttpResult{};
    m_result.url = url;

    const QString refusal = TransportSecurity::refusalReason(url);
    if (!refusal.isEmpty()) {
        const RoutiqError error = makeError(
            ErrorCode::PmsInsecureUrl,
            QCoreApplication::translate("RoutiqError", "Routiq refused to connect to %1: %2")
                .arg(m_config.serviceName, refusal),
            QStringLiteral("scheme %1, host %2").arg(url.scheme(), url.host()));
        const quint64 generation = m_generation;
        QMetaObject::invokeMethod(
            this,
            [this, generation, error] {
                if (generation == m_generation)
                    finishWith(error);
            },
            Qt::QueuedConnection);
        return;
    }
    // Always asynchronous, even when a token is free: callers never see re-entrant signals.
    m_waitTimer->start(0);
}

void PmsHttpClient::waitUntil(qint64 notBeforeMs)
{
    m_notBeforeMs = std::max(m_notBeforeMs, notBeforeMs);
    emit waitingUntil(m_notBeforeMs);
    m_waitTimer->start(0);
}

void PmsHttpClient::proceed()
{
    if (!m_busy)
        return;
    const qint64 now = m_clock.nowMSecs();
    if (now < m_notBeforeMs) {
        m_waitTimer->start(int(std::clamp<qint64>(m_notBeforeMs - now, 1, m_config.clockPollMs)));
        return;
    }
    if (m_limiter) {
        const qint64 waitMs = m_limiter->tryAcquire();
        if (waitMs > 0) {
            m_waitTimer->start(int(std::clamp<qint64>(waitMs, 1, m_config.clockPollMs)));
            return;
        }
    }
    if (m_breaker && !m_breaker->allowRequest()) {
        const qint64 secs = (m_breaker->msUntilHalfOpen() + 999) / 1000;
        finishWith(
            makeError(ErrorCode::PmsApiUnavailable,
                      QCoreApplication::translate(
                          "RoutiqError",
                          "%1 is not answering properly, so Routiq paused requests to it. It "
                          "will try again in %2 s; the dashboard shows the cached data meanwhile.")
                          .arg(m_config.serviceName)
                          .arg(secs),
                      QStringLiteral("circuit open, %1").arg(hostDetails())));
        return;
    }
    send();
}

void PmsHttpClient::send()
{
    if (!m_nam) {
        // Created on first use, hence in the thread this client works in.
        m_nam = new QNetworkAccessManager(this);
        m_nam->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
    }
    QNetworkRequest request(m_url);
    for (const auto &[name, value] : std::as_const(m_headers))
        request.setRawHeader(name, value);
    request.setTransferTimeout(m_config.transferTimeoutMs);
    ++m_attempts;
    m_result.attempts = m_attempts;
    m_received.clear();
    qCDebug(lcNet) << m_verb << m_url.host() << m_url.path() << "attempt" << m_attempts;
    if (m_verb == "POST")
        m_reply = m_nam->post(request, m_body);
    else
        m_reply = m_nam->get(request);
    connect(m_reply, &QNetworkReply::finished, this, &PmsHttpClient::onReplyFinished);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &PmsHttpClient::onMetaDataChanged);
    connect(m_reply, &QNetworkReply::readyRead, this, &PmsHttpClient::onReadyRead);
}

void PmsHttpClient::onMetaDataChanged()
{
    if (!m_reply)
        return;
    // Refuse before reading a byte when the server announces too much.
    bool known = false;
    const qint64 announced =
        m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
    if (known && announced > m_config.maxResponseBytes)
        failTooLarge(announced);
}

void PmsHttpClient::onReadyRead()
{
    if (!m_reply)
        return;
    // Counted as it arrives (after any decompression), since Content-Length may be missing
    // (chunked) or wrong.
    m_received += m_reply->readAll();
    if (m_received.size() > m_config.maxResponseBytes)
        failTooLarge(m_received.size());
}

void PmsHttpClient::failTooLarge(qint64 bytes)
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    m_result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
    m_received.clear();
    // The host answered, so the breaker is not the place for this; retrying would only download
    // the same answer again.
    if (m_breaker)
        m_breaker->recordSuccess();
    finishWith(
        makeError(ErrorCode::PmsResponseTooLarge,
                  QCoreApplication::translate(
                      "RoutiqError",
                      "%1 sent an answer far larger than any real page, so Routiq stopped "
                      "reading it. Please report this to Routiq support with the details below.")
                      .arg(m_config.serviceName),
                  QStringLiteral("at least %1 bytes, limit %2, %3 %4")
                      .arg(bytes)
                      .arg(m_config.maxResponseBytes)
                      .arg(hostDetails(), m_url.path())));
}

void PmsHttpClient::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError netError = reply->error();
    m_result.httpStatus = status;

    if (status >= 200 && status < 300 && netError == QNetworkReply::NoError) {
        if (m_breaker)
            m_breaker->recordSuccess();
        m_received += reply->readAll();
        if (m_received.size() > m_config.maxResponseBytes) {
            m_reply = reply; // failTooLarge owns the cleanup
            failTooLarge(m_received.size());
            return;
        }
        m_result.body = std::exchange(m_received, {});
        m_result.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        finishOk();
        return;
    }

    if (status == 429) {
        if (m_breaker)
            m_breaker->recordSuccess(); // the host answers; it only asks us to slow down
        const QDateTime now = m_clock.nowUtc();
        const auto reset = RetryPolicy::rateLimitReset(reply->rawHeader("X-RateLimit-Reset"),
                                                       reply->rawHeader("Retry-After"), now);
        const qint64 waitMs = reset ? now.msecsTo(*reset) : m_retry.backoffMs(m_attempts);
        const QString details = QStringLiteral("HTTP 429, %1, reset %2")
                                    .arg(hostDetails(), reset ? reset->toString(Qt::ISODate)
                                                              : QStringLiteral("not given"));
        if (m_rateLimitRetries >= m_config.retry.maxRateLimitRetries ||
            waitMs > m_config.retry.maxRateLimitWaitMs) {
            finishWith(makeError(
                ErrorCode::PmsRateLimited,
                QCoreApplication::translate(
                    "RoutiqError", "%1 asked Routiq to slow down (too many requests with this API "
                                   "key). Syncing resumes automatically; if it keeps happening, "
                                   "stop other apps that use the same %1 user's key.")
                    .arg(m_config.serviceName),
                details));
            return;
        }
        ++m_rateLimitRetries;
        qCInfo(lcNet) << "rate limited by" << m_url.host() << "- waiting" << waitMs << "ms";
        if (reset && m_limiter)
            m_limiter->blockUntil(*reset);
        waitUntil(now.toMSecsSinceEpoch() + std::max<qint64>(0, waitMs));
        return;
    }

    if (status == 401 || status == 403) {
        if (m_breaker)
            m_breaker->recordSuccess();
        finishWith(makeError(
            ErrorCode::PmsAuthRejected,
            QCoreApplication::translate(
                "RoutiqError", "%1 rejected the API key. Check the key in this clinic's connection "
                               "settings, or create a new one in %1 (My Info > Manage API keys).")
                .arg(m_config.serviceName),
            QStringLiteral("HTTP %1, %2").arg(status).arg(hostDetails())));
        return;
    }

    if (status >= 500 && status < 600) {
        retryOrFail(makeError(ErrorCode::PmsApiUnavailable,
                              QCoreApplication::translate(
                                  "RoutiqError", "%1 is having problems right now (server error). "
                                                 "Routiq will keep trying; the dashboard shows the "
                                                 "cached data meanwhile.")
                                  .arg(m_config.serviceName),
                              QStringLiteral("HTTP %1 after %2 attempt(s), %3")
                                  .arg(status)
                                  .arg(m_attempts)
                                  .arg(hostDetails())),
                    true);
        return;
    }

    if (status >= 400 && status != 407) {
        if (m_breaker)
            m_breaker->recordSuccess();
        finishWith(makeError(
            ErrorCode::PmsRequestRejected,
            QCoreApplication::translate(
                "RoutiqError", "%1 refused a request from Routiq. Please report this to Routiq "
                               "support with the details below.")
                .arg(m_config.serviceName),
            QStringLiteral("HTTP %1, %2 %3").arg(status).arg(hostDetails(), m_url.path())));
        return;
    }

    // No usable HTTP answer: timeout, refused connection, DNS, TLS, a proxy. The code tells
    // them apart (a connection test explains each in its own words); all count as offline.
    const bool tls = netError == QNetworkReply::SslHandshakeFailedError;
    const bool timeout = netError == QNetworkReply::OperationCanceledError ||
                         netError == QNetworkReply::TimeoutError;
    const bool proxy = (netError >= QNetworkReply::ProxyConnectionRefusedError &&
                        netError <= QNetworkReply::UnknownProxyError) ||
                       status == 407;
    const bool dns = netError == QNetworkReply::HostNotFoundError;
    const QString what = tls ? QStringLiteral("its security certificate could not be verified")
                         : timeout ? QStringLiteral("it did not answer in time")
                         : proxy   ? QStringLiteral("the proxy server refused or failed")
                         : dns     ? QStringLiteral("its address could not be found")
                                   : QStringLiteral("the network connection failed");
    const ErrorCode code = tls     ? ErrorCode::PmsTlsFailed
                           : proxy ? ErrorCode::PmsProxyFailed
                           : dns   ? ErrorCode::PmsHostNotFound
                                   : ErrorCode::PmsApiUnavailable;
    retryOrFail(makeError(code,
                          QCoreApplication::translate(
                              "RoutiqError", "Routiq cannot reach %1 (%2). Check the internet "
                                             "connection; the dashboard shows the cached data "
                                             "meanwhile.")
                              .arg(m_config.serviceName, what),
                          QStringLiteral("network error %1 after %2 attempt(s), %3")
                              .arg(int(netError))
                              .arg(m_attempts)
                              .arg(hostDetails())),
                !tls);
}

void PmsHttpClient::retryOrFail(RoutiqError error, bool retryable)
{
    if (m_breaker)
        m_breaker->recordFailure();
    const bool breakerOpen = m_breaker && m_breaker->state() == CircuitBreaker::State::Open;
    if (!retryable || breakerOpen || !m_retry.mayRetry(m_attempts)) {
        if (breakerOpen)
            error.details += QStringLiteral(", circuit open");
        finishWith(std::move(error));
        return;
    }
    const qint64 delay = m_retry.backoffMs(m_attempts);
    qCInfo(lcNet) << "retrying" << m_url.host() << "in" << delay << "ms";
    waitUntil(m_clock.nowMSecs() + delay);
}

void PmsHttpClient::finishOk()
{
    m_busy = false;
    m_result.ok = true;
    HttpResult result = m_result;
    emit finished(result);
}

void PmsHttpClient::finishWith(RoutiqError error)
{
    m_busy = false;
    qCWarning(lcNet) << error.code << error.details;
    HttpResult result = m_result;
    result.ok = false;
    result.body.clear();
    result.error = std::move(error);
    emit finished(result);
}

RoutiqError PmsHttpClient::makeError(ErrorCode code, const QString &message,
                                     const QString &details) const
{
    RoutiqError e =
        RoutiqError::make(errorCodeName(code, m_config.errorCodePrefix), message, details);
    e.timestamp = m_clock.nowUtc();
    return e;
}

QString PmsHttpClient::hostDetails() const
{
    return QStringLiteral("host %1").arg(m_url.host());
}

} // namespace routiq
