#pragma once

#include "clinicsession.h"
#include "domain/clinicconnection.h"
#include "net/circuitbreaker.h"
#include "net/ratelimiter.h"
#include "sync/syncengine.h"

#include <QHash>
#include <QObject>

#include <memory>
#include <optional>
#include <vector>

namespace routiq {

class AppContext;
class AuditedAccess;
class Clock;
class HttpPolicyRegistry;

// Every open clinic connection of the app, each its own ClinicSession (sync thread, metrics
// thread, encrypted cache with its own key). Opens them from the key vault in parallel, so a
// clinic whose key is missing or whose keychain job fails is reported alone while the others
// start. Owns the sessions; the app shows them through DashboardController.
class ClinicSessions : public QObject
{
    Q_OBJECT
public:
    // `context`, `clock` and `policies` must outlive this object.
    ClinicSessions(AppContext *context, const Clock *clock, HttpPolicyRegistry *policies,
                   QObject *parent = nullptr);
    ~ClinicSessions() override;

    // Replaces each PMS's request budget (the demo's local simulators); empty for real PMSs.
    void setRateLimit(std::optional<RateLimiter::Config> rateLimit) { m_rateLimit = rateLimit; }
    void setSyncOptions(const SyncEngine::Options &options) { m_syncOptions = options; }
    // Every session opened from now on serves patient-level lists only through this guard.
    void setAccessGuard(const AuditedAccess *guard) { m_guard = guard; }

    // Fetches each connection's API key and database key, then creates and starts its session:
    // sessionOpened or openFailed per connection, then allAttempted once all have answered.
    void open(const QList<ClinicConnection> &connections);

    int pending() const { return m_pending; } // connections still waiting for their keys
    QList<ClinicSession *> sessions() const;
    ClinicSession *session(const ClinicId &id) const;
    // Stops a clinic's threads and closes its cache (before ClinicDataRemoval deletes it).
    void close(const ClinicId &id);
    void stopAll();

    // The request budget a clinic's sync draws on (shared by clinics using the same PMS user):
    // requests granted in the last window, of how many allowed. Empty before the clinic opened.
    struct BudgetUse
    {
        int used = 0;
        int allowed = 0;
        qint64 windowMs = 0;
        bool limited = true; // false: no limit applies (the demo's local simulators)
    };
    std::optional<BudgetUse> budgetUse(const ClinicId &id) const;
    // The circuit breaker of the clinic's PMS host (shared with its adapter). Empty before the
    // clinic opened or without a policy registry.
    struct CircuitUse
    {
        QString state;           // CircuitBreaker::stateName: "closed", "open", "half-open"
        qint64 msUntilRetry = 0; // an open breaker lets a trial through in this long
    };
    std::optional<CircuitUse> circuitUse(const ClinicId &id) const;

signals:
    void sessionOpened(routiq::ClinicSession *session);
    void openFailed(const routiq::ClinicConnection &connection, const routiq::RoutiqError &error);
    void allAttempted();
    // close() is about to destroy this session: whoever holds it lets go now.
    void sessionClosing(routiq::ClinicSession *session);

private:
    void openOne(const ClinicConnection &connection);
    void openWithApiKey(const ClinicConnection &connection, const QString &apiKey);
    void answered();

    AppContext *m_context;
    const Clock *m_clock;
    HttpPolicyRegistry *m_policies;
    std::optional<RateLimiter::Config> m_rateLimit;
    SyncEngine::Options m_syncOptions;
    const AuditedAccess *m_guard = nullptr;
    std::vector<std::unique_ptr<ClinicSession>> m_sessions;
    QHash<ClinicId, std::shared_ptr<RateLimiter>> m_limiters;    // with a policy registry only
    QHash<ClinicId, std::shared_ptr<CircuitBreaker>> m_breakers; // likewise
    int m_pending = 0;
};

} // namespace routiq
