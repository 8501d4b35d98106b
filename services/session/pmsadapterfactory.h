#pragma once

#include "domain/clinicconnection.h"
#include "net/httppolicyregistry.h"
#include "net/ratelimiter.h"
#include "sync/syncworker.h"

#include <optional>

namespace routiq {

// Builds the adapter for a clinic connection's PMS. The returned factory runs in the sync
// worker's thread, so the adapter and its network manager are created there.
class PmsAdapterFactory
{
public:
    // `rateLimit` replaces the PMS's default request budget (the demo's local simulator has
    // none); leave it empty for every real PMS. With a `registry` (it must outlive the adapter),
    // connections using the same API key share one token bucket and a host one circuit breaker.
    static SyncWorker::AdapterFactory
    forConnection(const ClinicConnection &connection, const QString &apiKey, const Clock *clock,
                  std::optional<RateLimiter::Config> rateLimit = std::nullopt,
                  HttpPolicyRegistry *registry = nullptr);
    // The circuit breaker the adapter of this connection shares in `registry` (the Sync health
    // window shows its state); null when the base URL is unusable.
    static std::shared_ptr<CircuitBreaker> breakerFor(const ClinicConnection &connection,
                                                      const QString &apiKey,
                                                      HttpPolicyRegistry *registry);
    // Checks a connection's settings before anything is stored: a known PMS, an API key, a base
    // URL override that is https (or http on loopback only). Null error when fine.
    static RoutiqError validate(const ClinicConnection &connection, const QString &apiKey);
};

} // namespace routiq
