#pragma once

#include "api/apiauth.h"
#include "api/apicall.h"
#include "api/apisettings.h"
#include "api/metricsbodycache.h"
#include "domain/databasekey.h"
#include "domain/ids.h"
#include "security/actinguser.h"
#include "session/metricsanswer.h"

#include <QHash>
#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

namespace routiq {

class AccessPolicy;
class AppContext;
class AuditedAccess;
class AuditLog;
class Clock;

// The REST API's answers, on the thread that owns the app database and the services (the
// server thread hands each request over and waits). Routes, checks the token and the account
// on every request, applies the same access rules (and audit entries) as the CLI, and builds
// each body with the CLI's own formatters (ClinicListJson, MetricsAnswer, NoShowAnswer), so a
// body equals `routiq-cli ... --format json` for the same request.
class ApiBackend : public QObject
{
    Q_OBJECT
public:
    struct Services
    {
        AppContext *app = nullptr;
        AccountService *accounts = nullptr;
        AuditLog *audit = nullptr;
        const AuditedAccess *access = nullptr;
        const Clock *clock = nullptr;
    };
    // `keys`: every clinic's cache key, fetched from the vault before serving.
    ApiBackend(Services services, QHash<ClinicId, DatabaseKey> keys, ApiSettings settings,
               QObject *parent = nullptr);
    ~ApiBackend() override;

    ApiReply handle(const ApiCall &call);

    // Every route served, as "METHOD /path/{param}" (the WebSocket as "WS ..."): docs/openapi.json
    // lists exactly these (a test compares them and calls each).
    static QStringList routes();

    // The live channel: who a token belongs to (now), and the figures a subscription shows
    // (the GET /metrics body, or an error reply).
    std::optional<ActingUser> liveUser(const QByteArray &authorization, const QByteArray &bareToken,
                                       RoutiqError *error);
    ApiReply liveFigures(qint64 userId, const QString &username, const ClinicId &clinic,
                         const QUrlQuery &query);
    // The files whose change means new figures (the cache and its WAL).
    QStringList cacheFiles(const ClinicId &clinic) const;

    ApiAuth &auth() { return *m_auth; }
    // The live channel's subscribers now (set by the hub, any thread; shown by /health).
    void setLiveConnections(int count) { m_liveConnections = count; }

private:
    ApiReply route(const ApiCall &call);
    ApiReply health(const ApiCall &call);
    ApiReply clinics(const ActingUser &user);
    ApiReply metrics(const ActingUser &user, const ClinicId &clinic, const QUrlQuery &query);
    ApiReply refresh(const ActingUser &user, const ClinicId &clinic);
    ApiReply noShow(const ActingUser &user, const ClinicId &clinic, const QUrlQuery &query);
    ApiReply practiceInsights(const ActingUser &user, const ClinicId &clinic, const QString &kind,
                              const QUrlQuery &query);
    ApiReply error(const RoutiqError &error, const QDateTime &lastUpdated = {}) const;
    static ApiReply json(const QJsonDocument &doc, int status = 200);
    RoutiqError viewAggregates(const ActingUser &user, const ClinicId &clinic);
    std::optional<QList<MetricsAnswer::Target>> targets(const ActingUser &user,
                                                        const ClinicId &clinic, RoutiqError *error);
    QDateTime lastSync(const ClinicId &clinic) const;
    bool withinRate(qint64 userId);

    Services m_services;
    QHash<ClinicId, DatabaseKey> m_keys;
    ApiSettings m_settings;
    std::unique_ptr<ApiAuth> m_auth;
    struct Window
    {
        qint64 startMs = 0;
        int count = 0;
    };
    QHash<qint64, Window> m_rate; // per account: requests in the current minute
    std::atomic_int m_liveConnections = 0;
    MetricsBodyCache m_bodies; // GET /metrics answers, until their clinics' cache files change
};

} // namespace routiq
