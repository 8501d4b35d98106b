#pragma once

#include "clinikoconfig.h"
#include "core/clock.h"
#include "pms/pmsadapter.h"

#include <QJsonArray>
#include <QUrl>

#include <memory>
#include <optional>

namespace routiq {

class PmsHttpClient;

// PmsAdapter for Cliniko REST v1 ("cliniko-v1"): builds the list queries (per_page=100,
// sort=updated_at, updated_at:> for increments, :* so cancelled and archived rows arrive),
// follows links.next as the cursor, reads practitioners from both the active and inactive lists
// and fills missing business zones from the account settings. HTTP policy via PmsHttpClient.
class ClinikoAdapter : public PmsAdapter
{
    Q_OBJECT
public:
    // `limiter`/`breaker` may be shared between connections using the same Cliniko user / host;
    // when null the adapter makes its own from the config. `jitter` feeds the retry backoff.
    ClinikoAdapter(ClinikoConfig config, const Clock &clock, QObject *parent = nullptr,
                   std::shared_ptr<RateLimiter> limiter = {},
                   std::shared_ptr<CircuitBreaker> breaker = {},
                   RetryPolicy::JitterSource jitter = {});
    ~ClinikoAdapter() override;

    QString apiVersion() const override { return QStringLiteral("cliniko-v1"); }
    void fetchPage(const PageRequest &request) override;
    void abort() override;

    // https://api.<shard>.cliniko.com/v1 from the key's suffix ("-au2"; none = au1). Returns an
    // invalid URL and a reason when the suffix is not a shard (two letters and one or two digits).
    static QUrl baseUrlForApiKey(const QString &apiKey, QString *problem = nullptr);
    // The base URL this adapter uses, or the configuration problem (an error with code
    // CLINIKO_CONFIG_INVALID or CLINIKO_INSECURE_URL) that stops it.
    static QUrl resolveBaseUrl(const ClinikoConfig &config, RoutiqError *error);

    QUrl baseUrl() const { return m_baseUrl; }
    PmsHttpClient *httpClient() const { return m_http; }

private:
    enum class Stage
    {
        Idle,
        List,
        Settings
    };

    QUrl firstPageUrl(ResourceKind kind, const QDateTime &updatedSince) const;
    QUrl listUrl(const QString &path, const QDateTime &updatedSince, bool includeHidden) const;
    void sendList(const QUrl &url);
    void onHttpFinished(const HttpResult &result);
    void handleList(const HttpResult &result);
    void handleSettings(const HttpResult &result);
    void emitLocations();
    void fail(RoutiqError error);
    void failLater(RoutiqError error);
    RoutiqError badResponse(const QString &problem, int httpStatus) const;
    PmsHttpClient::Headers headers() const;
    bool isInactivePractitionersUrl(const QUrl &url) const;

    ClinikoConfig m_config;
    const Clock &m_clock;
    QUrl m_baseUrl;
    RoutiqError m_configError;
    PmsHttpClient *m_http = nullptr;
    quint64 m_generation = 0;

    Stage m_stage = Stage::Idle;
    PageRequest m_request;
    QUrl m_currentUrl;
    PmsPage m_page;                       // built page waiting for /settings (locations)
    QList<QString> m_pendingZoneLabels;   // per location in m_page, the business' label zone
    std::optional<QString> m_accountZone; // IANA from /settings once asked ("" = unknown)
};

} // namespace routiq
