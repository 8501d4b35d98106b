#include "httppmsadapter.h"

#include "net/transportsecurity.h"

#include <QCoreApplication>
#include <QTimer>

namespace routiq {

namespace {

// The user message of <PREFIX>_BAD_RESPONSE: where a clinic can look when it persists.
QString badResponseMessage(PmsKind kind)
{
    switch (kind) {
    case PmsKind::Cliniko:
        return QCoreApplication::translate(
            "RoutiqError", "Cliniko sent an answer Routiq cannot read. Routiq will try again "
                           "at the next sync; if this persists, check status.cliniko.com or "
                           "contact Routiq support.");
    case PmsKind::Nookal:
        return QCoreApplication::translate(
            "RoutiqError", "Nookal sent an answer Routiq cannot read. Routiq will try again "
                           "at the next sync; if this persists, contact Routiq support.");
    }
    return {};
}

} // namespace

HttpPmsAdapter::HttpPmsAdapter(PmsKind kind, const Clock &clock, const PmsHttpClient::Config &http,
                               const RateLimiter::Config &rateLimit,
                               const CircuitBreaker::Config &circuitBreaker, SharedPolicy shared,
                               QObject *parent)
    : PmsAdapter(parent), m_clock(clock), m_kind(kind), m_service(serviceFor(kind))
{
    qRegisterMetaType<routiq::PmsPage>();
    qRegisterMetaType<routiq::RoutiqError>();
    m_http = PmsHttpClient::forService(clock, m_service, http, rateLimit, circuitBreaker,
                                       std::move(shared.limiter), std::move(shared.breaker), this,
                                       std::move(shared.jitter));
    connect(m_http, &PmsHttpClient::finished, this,
            [this](const HttpResult &result) { onHttpFinished(result); });
}

HttpPmsAdapter::~HttpPmsAdapter() = default;

PmsHttpClient::Service HttpPmsAdapter::serviceFor(PmsKind kind)
{
    switch (kind) {
    case PmsKind::Cliniko:
        return {QStringLiteral("Cliniko"), QStringLiteral("CLINIKO")};
    case PmsKind::Nookal:
        return {QStringLiteral("Nookal"), QStringLiteral("NOOKAL")};
    }
    return {};
}

QString HttpPmsAdapter::pmsCode(ErrorCode code, PmsKind kind)
{
    return errorCodeName(code, serviceFor(kind).errorCodePrefix);
}

QUrl HttpPmsAdapter::checkedBaseUrl(QUrl base, PmsKind kind, RoutiqError *error)
{
    const PmsHttpClient::Service service = serviceFor(kind);
    const QString refusal = TransportSecurity::refusalReason(base);
    if (!refusal.isEmpty()) {
        *error = RoutiqError::make(
            errorCodeName(ErrorCode::PmsInsecureUrl, service.errorCodePrefix),
            QCoreApplication::translate("RoutiqError", "Routiq refused the %1 address: %2")
                .arg(service.name, refusal),
            QStringLiteral("scheme %1, host %2").arg(base.scheme(), base.host()));
        return {};
    }
    QString path = base.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    base.setPath(path);
    return base;
}

bool HttpPmsAdapter::requireApiKey(const QString &apiKey, PmsKind kind, RoutiqError *error)
{
    if (!apiKey.trimmed().isEmpty())
        return true;
    const PmsHttpClient::Service service = serviceFor(kind);
    *error =
        RoutiqError::make(errorCodeName(ErrorCode::PmsConfigInvalid, service.errorCodePrefix),
                          QCoreApplication::translate(
                              "RoutiqError", "No %1 API key is set for this clinic. Add one in "
                                             "the connection settings.")
                              .arg(service.name));
    return false;
}

bool HttpPmsAdapter::failedOnConfig()
{
    if (m_configError.isNull())
        return false;
    failLater(m_configError);
    return true;
}

QString HttpPmsAdapter::apiVersion() const
{
    switch (m_kind) {
    case PmsKind::Cliniko:
        return QStringLiteral("cliniko-v1");
    case PmsKind::Nookal:
        return QStringLiteral("nookal-v2");
    }
    return {};
}

void HttpPmsAdapter::fetchPage(const PageRequest &request)
{
    abort();
    m_request = request;
    if (failedOnConfig())
        return;
    startPage(m_request);
}

void HttpPmsAdapter::abort()
{
    ++m_generation;
    resetStage();
    m_http->abort();
}

void HttpPmsAdapter::fail(RoutiqError error)
{
    resetStage();
    emit failed(error);
}

void HttpPmsAdapter::failLater(RoutiqError error)
{
    const quint64 generation = m_generation;
    QTimer::singleShot(0, this, [this, generation, error] {
        if (generation == m_generation)
            fail(error);
    });
}

RoutiqError HttpPmsAdapter::badResponse(const QString &problem, int httpStatus) const
{
    RoutiqError e =
        RoutiqError::make(errorCodeName(ErrorCode::PmsBadResponse, m_service.errorCodePrefix),
                          badResponseMessage(m_kind),
                          QStringLiteral("%1; HTTP %2, host %3, %4")
                              .arg(problem)
                              .arg(httpStatus)
                              .arg(m_baseUrl.host(), resourceKindName(m_request.kind)));
    e.timestamp = m_clock.nowUtc();
    return e;
}

QUrl HttpPmsAdapter::endpoint(const QString &path) const
{
    QUrl url = m_baseUrl;
    url.setPath(m_baseUrl.path() + path);
    return url;
}

void noteUpdated(QDateTime *max, const QDateTime &updated)
{
    if (updated.isValid() && (!max->isValid() || updated > *max))
        *max = updated;
}

} // namespace routiq
