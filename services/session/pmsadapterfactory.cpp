#include "pmsadapterfactory.h"

#include "pms/cliniko/clinikoadapter.h"
#include "pms/nookal/nookaladapter.h"

#include <QUrl>

namespace routiq {

namespace {
// What one circuit breaker guards: a server, told apart by scheme, host and port.
QString originOf(const QUrl &url)
{
    const int port = url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
    return url.scheme() + QStringLiteral("://") + url.host() + QLatin1Char(':') +
           QString::number(port);
}

ClinikoConfig clinikoConfig(const ClinicConnection &connection, const QString &apiKey)
{
    ClinikoConfig config;
    config.apiKey = apiKey;
    if (!connection.baseUrlOverride.isEmpty())
        config.baseUrlOverride = QUrl(connection.baseUrlOverride);
    config.contactEmail = connection.contactEmail.isEmpty()
                              ? QStringLiteral("support@routiq.invalid")
                              : connection.contactEmail;
    config.timeZoneOverride = connection.timeZoneOverride;
    return config;
}
NookalConfig nookalConfig(const ClinicConnection &connection, const QString &apiKey)
{
    NookalConfig config;
    config.apiKey = apiKey;
    if (!connection.baseUrlOverride.isEmpty())
        config.baseUrlOverride = QUrl(connection.baseUrlOverride);
    config.timeZoneOverride = connection.timeZoneOverride;
    return config;
}
} // namespace

SyncWorker::AdapterFactory
PmsAdapterFactory::forConnection(const ClinicConnection &connection, const QString &apiKey,
                                 const Clock *clock, std::optional<RateLimiter::Config> rateLimit,
                                 HttpPolicyRegistry *registry)
{
    switch (connection.pmsKind) {
    case PmsKind::Cliniko: {
        ClinikoConfig config = clinikoConfig(connection, apiKey);
        if (rateLimit)
            config.rateLimit = *rateLimit;
        return [config, clock, registry]() -> std::unique_ptr<PmsAdapter> {
            if (!registry)
                return std::make_unique<ClinikoAdapter>(config, *clock);
            RoutiqError ignored; // a bad URL is reported by the adapter itself
            const QString origin = originOf(ClinikoAdapter::resolveBaseUrl(config, &ignored));
            return std::make_unique<ClinikoAdapter>(
                config, *clock, nullptr,
                HttpPmsAdapter::SharedPolicy{registry->limiterFor(config.apiKey, config.rateLimit),
                                             registry->breakerFor(origin, config.circuitBreaker),
                                             {}});
        };
    }
    case PmsKind::Nookal: {
        NookalConfig config = nookalConfig(connection, apiKey);
        if (rateLimit)
            config.rateLimit = *rateLimit;
        return [config, clock, registry]() -> std::unique_ptr<PmsAdapter> {
            if (!registry)
                return std::make_unique<NookalAdapter>(config, *clock);
            RoutiqError ignored;
            const QString origin = originOf(NookalAdapter::resolveBaseUrl(config, &ignored));
            return std::make_unique<NookalAdapter>(
                config, *clock, nullptr,
                HttpPmsAdapter::SharedPolicy{registry->limiterFor(config.apiKey, config.rateLimit),
                                             registry->breakerFor(origin, config.circuitBreaker),
                                             {}});
        };
    }
    }
    return {};
}

std::shared_ptr<CircuitBreaker> PmsAdapterFactory::breakerFor(const ClinicConnection &connection,
                                                              const QString &apiKey,
                                                              HttpPolicyRegistry *registry)
{
    RoutiqError error;
    switch (connection.pmsKind) {
    case PmsKind::Cliniko: {
        const ClinikoConfig config = clinikoConfig(connection, apiKey);
        const QUrl url = ClinikoAdapter::resolveBaseUrl(config, &error);
        return error.isNull() ? registry->breakerFor(originOf(url), config.circuitBreaker)
                              : nullptr;
    }
    case PmsKind::Nookal: {
        const NookalConfig config = nookalConfig(connection, apiKey);
        const QUrl url = NookalAdapter::resolveBaseUrl(config, &error);
        return error.isNull() ? registry->breakerFor(originOf(url), config.circuitBreaker)
                              : nullptr;
    }
    }
    return nullptr;
}

RoutiqError PmsAdapterFactory::validate(const ClinicConnection &connection, const QString &apiKey)
{
    if (apiKey.trimmed().isEmpty())
        return RoutiqError::make(QStringLiteral("API_KEY_MISSING"),
                                 QStringLiteral("The API key is empty. Create a key in the PMS "
                                                "and save it to the key file."));
    switch (connection.pmsKind) {
    case PmsKind::Cliniko: {
        RoutiqError error;
        ClinikoAdapter::resolveBaseUrl(clinikoConfig(connection, apiKey), &error);
        return error;
    }
    case PmsKind::Nookal: {
        RoutiqError error;
        NookalAdapter::resolveBaseUrl(nookalConfig(connection, apiKey), &error);
        return error;
    }
    }
    return {};
}

} // namespace routiq
