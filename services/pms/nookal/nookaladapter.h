#pragma once

#include "core/clock.h"
#include "nookalconfig.h"
#include "nookaljson.h"
#include "pms/httppmsadapter.h"
#include "pms/recordreaders.h"

#include <QHash>
#include <QTimeZone>

namespace routiq {

// PmsAdapter for Nookal v2 ("nookal-v2"): POSTs form-encoded requests with the api_key to
// {base}/{method}, reads the success/failure envelope leniently, pages by page number (the
// cursor), converts each appointment's wall clock with its location's zone (learned from
// getLocations), sends last_modified as wall-clock time for increments and serves date-window
// reads for reconciling deleted rows. HTTP set-up, failures and URL checks come from
// HttpPmsAdapter.
class NookalAdapter : public HttpPmsAdapter
{
    Q_OBJECT
public:
    // `shared`: the limiter / breaker shared between connections with the same key / host
    // (null = the adapter's own from the config) and the backoff jitter.
    NookalAdapter(NookalConfig config, const Clock &clock, QObject *parent = nullptr,
                  SharedPolicy shared = {});

    bool needsWindowReconcile() const override { return true; }

    // Checks the key with Nookal's `verify` method: emits keyVerified() or failed().
    void verifyKey();

    // The base URL this adapter uses, or the configuration problem (NOOKAL_CONFIG_INVALID or
    // NOOKAL_INSECURE_URL) that stops it.
    static QUrl resolveBaseUrl(const NookalConfig &config, RoutiqError *error);
    // Maps a failure envelope to a typed error: key problems -> NOOKAL_AUTH_REJECTED, anything
    // else -> NOOKAL_API_ERROR.
    static RoutiqError failureError(const QString &errorCode, const QString &errorMessage);

    // The wall-clock text sent as last_modified for `updatedSince` (the earliest reading over
    // the known location zones, so no zone misses a change).
    QString lastModifiedFor(ResourceKind kind, const QDateTime &updatedSince) const;

    // The zones learned from getLocations (location id -> zone) and the clinic zone (the
    // lowest-id location's, else the override, else UTC).
    QTimeZone zoneForLocation(RecordId locationId) const;
    QTimeZone clinicZone() const { return m_clinicZone; }

signals:
    void keyVerified();

private:
    enum class Stage
    {
        Idle,
        Zones,
        Page,
        Verify
    };

    void sendPage();
    void sendZones(int page);
    void post(const QString &method, const QList<std::pair<QString, QString>> &params);
    void startPage(const PageRequest &request) override;
    void onHttpFinished(const HttpResult &result) override;
    void resetStage() override { m_stage = Stage::Idle; }
    std::optional<NookalJson::Envelope> envelopeOf(const HttpResult &result);
    void handlePage(const NookalJson::Envelope &envelope);
    void handleZones(const NookalJson::Envelope &envelope);
    void learnZones(const QList<Location> &locations);
    RecordReaders readers() const;

    NookalConfig m_config;

    Stage m_stage = Stage::Idle;
    int m_page = 1;
    QDate m_windowFrom, m_windowTo;
    int m_zonesPage = 1;

    bool m_zonesKnown = false;
    QHash<RecordId, QTimeZone> m_zones; // location id -> its zone (valid ones only)
    QTimeZone m_clinicZone = QTimeZone::utc();
};

} // namespace routiq
