#pragma once

#include "clinikoconfig.h"
#include "core/clock.h"
#include "pms/httppmsadapter.h"
#include "pms/recordreaders.h"

#include <QJsonArray>

#include <optional>

namespace routiq {

// PmsAdapter for Cliniko REST v1 ("cliniko-v1"): builds the list queries (per_page=100,
// sort=updated_at, updated_at:> for increments, :* so cancelled and archived rows arrive),
// follows links.next as the cursor, reads practitioners from both the active and inactive lists
// and fills missing business zones from the account settings. HTTP set-up, failures and URL
// checks come from HttpPmsAdapter.
class ClinikoAdapter : public HttpPmsAdapter
{
    Q_OBJECT
public:
    // `shared`: the limiter / breaker shared between connections with the same key / host
    // (null = the adapter's own from the config) and the backoff jitter.
    ClinikoAdapter(ClinikoConfig config, const Clock &clock, QObject *parent = nullptr,
                   SharedPolicy shared = {});

    // https://api.<shard>.cliniko.com/v1 from the key's suffix ("-au2"; none = au1). Returns an
    // invalid URL and a reason when the suffix is not a shard (two letters and one or two digits).
    static QUrl baseUrlForApiKey(const QString &apiKey, QString *problem = nullptr);
    // The base URL this adapter uses, or the configuration problem (an error with code
    // CLINIKO_CONFIG_INVALID or CLINIKO_INSECURE_URL) that stops it.
    static QUrl resolveBaseUrl(const ClinikoConfig &config, RoutiqError *error);

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
    void startPage(const PageRequest &request) override;
    void onHttpFinished(const HttpResult &result) override;
    void resetStage() override { m_stage = Stage::Idle; }
    void handleList(const HttpResult &result);
    void handleSettings(const HttpResult &result);
    void emitLocations();
    RecordReaders readers(bool inactiveList);
    PmsHttpClient::Headers headers() const;
    bool isInactivePractitionersUrl(const QUrl &url) const;

    ClinikoConfig m_config;

    Stage m_stage = Stage::Idle;
    QUrl m_currentUrl;
    PmsPage m_page;                       // built page waiting for /settings (locations)
    QList<QString> m_pendingZoneLabels;   // per location in m_page, the business' label zone
    std::optional<QString> m_accountZone; // IANA from /settings once asked ("" = unknown)
};

} // namespace routiq
