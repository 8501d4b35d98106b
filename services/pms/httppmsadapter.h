#pragma once

#include "core/clock.h"
#include "domain/pmskind.h"
#include "net/circuitbreaker.h"
#include "net/pmshttpclient.h"
#include "net/ratelimiter.h"
#include "pmsadapter.h"

#include <QUrl>

#include <memory>

namespace routiq {

// The half every HTTP PMS adapter shares, so the Cliniko and Nookal adapters keep only their
// protocol: the PmsHttpClient set-up (shared or own limiter and breaker), the generation guard
// that drops answers of an aborted request, the typed failure helpers (fail, failLater,
// badResponse) and the base-URL checks (https, or http only to loopback; no trailing '/').
class HttpPmsAdapter : public PmsAdapter
{
    Q_OBJECT
public:
    // What connections may share: `limiter` (one budget per API key) and `breaker` (one per
    // origin; HttpPolicyRegistry); null = the adapter's own from its config. `jitter` feeds the
    // retry backoff (tests pin it).
    struct SharedPolicy
    {
        std::shared_ptr<RateLimiter> limiter;
        std::shared_ptr<CircuitBreaker> breaker;
        RetryPolicy::JitterSource jitter;
    };
    ~HttpPmsAdapter() override;

    // The PMS's API version from the adapter table ("cliniko-v1", "nookal-v2").
    QString apiVersion() const override;
    // Cancels what is in flight, remembers `request`, fails later on a configuration problem,
    // else hands over to the protocol's startPage().
    void fetchPage(const PageRequest &request) final;
    // Cancels the request in flight; an answer or a failLater still pending is dropped.
    void abort() override;

    QUrl baseUrl() const { return m_baseUrl; }
    PmsHttpClient *httpClient() const { return m_http; }

    // The PMS's name in messages and its error-code prefix ("Cliniko", "CLINIKO").
    static PmsHttpClient::Service serviceFor(PmsKind kind);
    // The wire code of `code` for `kind` (PmsAuthRejected, Nookal: "NOOKAL_AUTH_REJECTED").
    static QString pmsCode(ErrorCode code, PmsKind kind);
    // `base` checked and tidied for `kind`: TransportSecurity's refusal becomes
    // <PREFIX>_INSECURE_URL in *error (and an invalid URL); trailing slashes are dropped.
    static QUrl checkedBaseUrl(QUrl base, PmsKind kind, RoutiqError *error);
    // False, with <PREFIX>_CONFIG_INVALID in *error, for a connection with no API key.
    static bool requireApiKey(const QString &apiKey, PmsKind kind, RoutiqError *error);

protected:
    // `config` is the PMS's config (ClinikoConfig, NookalConfig): its http, rateLimit and
    // circuitBreaker build the client when `shared` does not give a limiter / breaker.
    template <typename Config>
    HttpPmsAdapter(PmsKind kind, const Clock &clock, const Config &config, SharedPolicy shared,
                   QObject *parent)
        : HttpPmsAdapter(kind, clock, config.http, config.rateLimit, config.circuitBreaker,
                         std::move(shared), parent)
    {}
    HttpPmsAdapter(PmsKind kind, const Clock &clock, const PmsHttpClient::Config &http,
                   const RateLimiter::Config &rateLimit,
                   const CircuitBreaker::Config &circuitBreaker, SharedPolicy shared,
                   QObject *parent);

    // Set once by the subclass constructor: `resolve(&error)` gives the base URL, or an invalid
    // one and why (then every request fails with that error).
    template <typename Resolve>
    void resolveBase(Resolve resolve)
    {
        RoutiqError error;
        m_baseUrl = resolve(&error);
        m_configError = error;
    }
    // When the configuration stops every request: answers `failed` later and returns true.
    bool failedOnConfig();

    // The protocol's first request for `request` (the configuration is known to be good).
    virtual void startPage(const PageRequest &request) = 0;
    // One HTTP answer for the request in flight (never after abort()).
    virtual void onHttpFinished(const HttpResult &result) = 0;
    // Back to no request in flight (the subclass's stage).
    virtual void resetStage() = 0;

    void fail(RoutiqError error);
    // fail() on the next event-loop turn, unless abort() or a new request came first: the
    // contract says `failed` never comes synchronously.
    void failLater(RoutiqError error);
    // <PREFIX>_BAD_RESPONSE for an answer the adapter cannot read, with what and where.
    RoutiqError badResponse(const QString &problem, int httpStatus) const;
    // The page asked for last (fetchPage).
    const PageRequest &request() const { return m_request; }
    // base URL + `path` (which starts with '/').
    QUrl endpoint(const QString &path) const;

    const Clock &clock() const { return m_clock; }

private:
    const Clock &m_clock;
    PmsKind m_kind;
    PmsHttpClient::Service m_service;
    QUrl m_baseUrl;
    RoutiqError m_configError;
    PmsHttpClient *m_http = nullptr;
    quint64 m_generation = 0;
    PageRequest m_request;
};

// Raises `*max` to `updated` when that is newer (a page's maxUpdatedAt).
void noteUpdated(QDateTime *max, const QDateTime &updated);

} // namespace routiq
