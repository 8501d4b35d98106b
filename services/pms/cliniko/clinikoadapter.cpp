#include "clinikoadapter.h"

#include "clinikojsonparser.h"
#include "core/logging.h"
#include "net/transportsecurity.h"
#include "railstimezones.h"

#include <QRegularExpression>
#include <QTimer>
#include <QUrlQuery>

namespace routiq {

namespace {

QString listPath(ResourceKind kind)
{
    switch (kind) {
    case ResourceKind::Locations:
        return QStringLiteral("/businesses");
    case ResourceKind::Practitioners:
        return QStringLiteral("/practitioners");
    case ResourceKind::AppointmentTypes:
        return QStringLiteral("/appointment_types");
    case ResourceKind::Patients:
        return QStringLiteral("/patients");
    case ResourceKind::Appointments:
        return QStringLiteral("/individual_appointments");
    }
    return {};
}

QString listKey(ResourceKind kind)
{
    switch (kind) {
    case ResourceKind::Locations:
        return QStringLiteral("businesses");
    case ResourceKind::Practitioners:
        return QStringLiteral("practitioners");
    case ResourceKind::AppointmentTypes:
        return QStringLiteral("appointment_types");
    case ResourceKind::Patients:
        return QStringLiteral("patients");
    case ResourceKind::Appointments:
        return QStringLiteral("individual_appointments");
    }
    return {};
}

QString utcIso(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QLatin1Char('Z');
}

void noteUpdated(QDateTime *max, const QDateTime &updated)
{
    if (updated.isValid() && (!max->isValid() || updated > *max))
        *max = updated;
}

} // namespace

ClinikoAdapter::ClinikoAdapter(ClinikoConfig config, const Clock &clock, QObject *parent,
                               std::shared_ptr<RateLimiter> limiter,
                               std::shared_ptr<CircuitBreaker> breaker,
                               RetryPolicy::JitterSource jitter)
    : PmsAdapter(parent), m_config(std::move(config)), m_clock(clock)
{
    qRegisterMetaType<routiq::PmsPage>();
    qRegisterMetaType<routiq::RoutiqError>();
    m_baseUrl = resolveBaseUrl(m_config, &m_configError);
    m_http =
        PmsHttpClient::forService(clock, {QStringLiteral("Cliniko"), QStringLiteral("CLINIKO")},
                                  m_config.http, m_config.rateLimit, m_config.circuitBreaker,
                                  std::move(limiter), std::move(breaker), this, std::move(jitter));
    connect(m_http, &PmsHttpClient::finished, this, &ClinikoAdapter::onHttpFinished);
}

ClinikoAdapter::~ClinikoAdapter() = default;

QUrl ClinikoAdapter::baseUrlForApiKey(const QString &apiKey, QString *problem)
{
    static const QRegularExpression shardPattern(QStringLiteral("^[a-z]{2}\\d{1,2}$"));
    const QString key = apiKey.trimmed();
    QString shard = QStringLiteral("au1");
    const qsizetype dash = key.lastIndexOf(QLatin1Char('-'));
    if (dash >= 0) {
        const QString suffix = key.mid(dash + 1).toLower();
        if (!shardPattern.match(suffix).hasMatch()) {
            if (problem)
                *problem = QStringLiteral("The Cliniko API key does not end with a region such "
                                          "as \"-au2\" or \"-uk1\"; copy the whole key from "
                                          "Cliniko.");
            return {};
        }
        shard = suffix;
    }
    return QUrl(QStringLiteral("https://api.%1.cliniko.com/v1").arg(shard));
}

QUrl ClinikoAdapter::resolveBaseUrl(const ClinikoConfig &config, RoutiqError *error)
{
    if (config.apiKey.trimmed().isEmpty()) {
        *error = RoutiqError::make(QStringLiteral("CLINIKO_CONFIG_INVALID"),
                                   QStringLiteral("No Cliniko API key is set for this clinic. "
                                                  "Add one in the connection settings."));
        return {};
    }
    static const QRegularExpression email(QStringLiteral("^[^@\\s()]+@[^@\\s()]+\\.[^@\\s()]+$"));
    if (!email.match(config.contactEmail.trimmed()).hasMatch()) {
        // Cliniko may block requests whose User-Agent lacks a valid contact email.
        *error = RoutiqError::make(QStringLiteral("CLINIKO_CONFIG_INVALID"),
                                   QStringLiteral("Cliniko requires a contact email in every "
                                                  "request. Set the contact email in the "
                                                  "connection settings."),
                                   QStringLiteral("User-Agent contact email missing or invalid"));
        return {};
    }
    QUrl base = config.baseUrlOverride;
    if (base.isEmpty()) {
        QString problem;
        base = baseUrlForApiKey(config.apiKey, &problem);
        if (!base.isValid()) {
            *error = RoutiqError::make(QStringLiteral("CLINIKO_CONFIG_INVALID"), problem,
                                       QStringLiteral("unrecognised shard suffix"));
            return {};
        }
    }
    const QString refusal = TransportSecurity::refusalReason(base);
    if (!refusal.isEmpty()) {
        *error =
            RoutiqError::make(QStringLiteral("CLINIKO_INSECURE_URL"),
                              QStringLiteral("Routiq refused the Cliniko address: %1").arg(refusal),
                              QStringLiteral("scheme %1, host %2").arg(base.scheme(), base.host()));
        return {};
    }
    QString path = base.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    base.setPath(path);
    return base;
}

PmsHttpClient::Headers ClinikoAdapter::headers() const
{
    const QByteArray credentials = (m_config.apiKey.trimmed() + QLatin1Char(':')).toUtf8();
    return {
        {QByteArrayLiteral("Authorization"), QByteArrayLiteral("Basic ") + credentials.toBase64()},
        {QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")},
        {QByteArrayLiteral("User-Agent"), m_config.userAgent()},
    };
}

QUrl ClinikoAdapter::listUrl(const QString &path, const QDateTime &updatedSince,
                             bool includeHidden) const
{
    QUrl url = m_baseUrl;
    url.setPath(m_baseUrl.path() + path);
    // Built by hand: q[] is sent encoded (q%5B%5D) as Cliniko's docs ask, one per filter.
    QStringList items{QStringLiteral("per_page=%1").arg(m_config.perPage),
                      QStringLiteral("sort=updated_at")};
    const auto addFilter = [&items](const QString &filter) {
        items << QStringLiteral("q%5B%5D=") + QString::fromLatin1(QUrl::toPercentEncoding(filter));
    };
    if (updatedSince.isValid())
        addFilter(QStringLiteral("updated_at:>") + utcIso(updatedSince));
    if (includeHidden) {
        if (path == QLatin1String("/individual_appointments"))
            addFilter(QStringLiteral("cancelled_at:*"));
        addFilter(QStringLiteral("archived_at:*"));
    }
    url.setQuery(items.join(QLatin1Char('&')), QUrl::StrictMode);
    return url;
}

QUrl ClinikoAdapter::firstPageUrl(ResourceKind kind, const QDateTime &updatedSince) const
{
    const bool includeHidden = kind != ResourceKind::Practitioners;
    return listUrl(listPath(kind), updatedSince, includeHidden);
}

bool ClinikoAdapter::isInactivePractitionersUrl(const QUrl &url) const
{
    return url.path().endsWith(QLatin1String("/practitioners/inactive"));
}

void ClinikoAdapter::fetchPage(const PageRequest &request)
{
    abort();
    m_request = request;
    m_page = PmsPage{};
    m_page.kind = request.kind;
    m_pendingZoneLabels.clear();
    if (!m_configError.isNull()) {
        failLater(m_configError);
        return;
    }
    QUrl url;
    if (request.cursor.isEmpty()) {
        url = firstPageUrl(request.kind, request.updatedSince);
    } else {
        url = QUrl(request.cursor);
        if (!url.isValid() || !TransportSecurity::isSameOrigin(url, m_baseUrl) ||
            !url.path().startsWith(m_baseUrl.path())) {
            // A cursor from another base URL (the connection was edited): never send the key
            // there; the caller starts the resource afresh.
            failLater(badResponse(QStringLiteral("a saved position that belongs to another "
                                                 "server address"),
                                  0));
            return;
        }
    }
    sendList(url);
}

void ClinikoAdapter::sendList(const QUrl &url)
{
    m_stage = Stage::List;
    m_currentUrl = url;
    qCDebug(lcPms) << "cliniko GET" << url.path() << "for" << resourceKindName(m_request.kind);
    m_http->get(url, headers());
}

void ClinikoAdapter::abort()
{
    ++m_generation;
    m_stage = Stage::Idle;
    m_http->abort();
}

void ClinikoAdapter::onHttpFinished(const HttpResult &result)
{
    switch (m_stage) {
    case Stage::Idle:
        return;
    case Stage::List:
        handleList(result);
        return;
    case Stage::Settings:
        handleSettings(result);
        return;
    }
}

void ClinikoAdapter::handleList(const HttpResult &result)
{
    if (!result.ok) {
        fail(result.error);
        return;
    }
    const ResourceKind kind = m_request.kind;
    QString problem;
    const auto list =
        ClinikoJsonParser::parseList(result.body, result.contentType, listKey(kind), &problem);
    if (!list) {
        fail(badResponse(problem, result.httpStatus));
        return;
    }
    PmsPage &page = m_page;
    page.totalEntries = list->totalEntries;
    const bool inactiveList = isInactivePractitionersUrl(m_currentUrl);
    for (const QJsonValue &value : list->records) {
        const QJsonObject o = value.toObject();
        bool parsed = false;
        switch (kind) {
        case ResourceKind::Locations: {
            Location l;
            parsed = ClinikoJsonParser::parseLocation(o, &l, &problem);
            if (parsed) {
                noteUpdated(&page.maxUpdatedAt, l.updatedAt);
                page.locations.append(l);
                m_pendingZoneLabels.append(ClinikoJsonParser::businessTimeZoneLabel(o));
            }
            break;
        }
        case ResourceKind::Practitioners: {
            Practitioner p;
            parsed = ClinikoJsonParser::parsePractitioner(o, inactiveList, &p, &problem);
            if (parsed) {
                noteUpdated(&page.maxUpdatedAt, p.updatedAt);
                page.practitioners.append(p);
            }
            break;
        }
        case ResourceKind::AppointmentTypes: {
            AppointmentType t;
            parsed = ClinikoJsonParser::parseAppointmentType(o, &t, &problem);
            if (parsed) {
                noteUpdated(&page.maxUpdatedAt, t.updatedAt);
                page.appointmentTypes.append(t);
            }
            break;
        }
        case ResourceKind::Patients: {
            Patient p;
            parsed = ClinikoJsonParser::parsePatient(o, &p, &problem);
            if (parsed) {
                noteUpdated(&page.maxUpdatedAt, p.updatedAt);
                page.patients.append(p);
            }
            break;
        }
        case ResourceKind::Appointments: {
            Appointment a;
            parsed = ClinikoJsonParser::parseAppointment(o, &a, &problem);
            if (parsed) {
                noteUpdated(&page.maxUpdatedAt, a.updatedAt);
                page.appointments.append(a);
            }
            break;
        }
        }
        if (!parsed) {
            fail(badResponse(problem, result.httpStatus));
            return;
        }
    }

    if (!list->nextUrl.isEmpty()) {
        const QUrl next(list->nextUrl);
        if (!next.isValid() || !TransportSecurity::isSameOrigin(next, m_baseUrl)) {
            fail(badResponse(QStringLiteral("a next-page link to another server"),
                             result.httpStatus));
            return;
        }
        page.nextCursor = next.toString(QUrl::FullyEncoded);
    } else if (kind == ResourceKind::Practitioners && !inactiveList) {
        // Old appointments point at practitioners who left: read /practitioners/inactive next.
        page.nextCursor =
            listUrl(QStringLiteral("/practitioners/inactive"), m_request.updatedSince, false)
                .toString(QUrl::FullyEncoded);
    }

    if (kind == ResourceKind::Locations) {
        emitLocations();
        return;
    }
    m_stage = Stage::Idle;
    const PmsPage done = page;
    emit pageReady(done);
}

void ClinikoAdapter::emitLocations()
{
    bool needAccountZone = false;
    for (qsizetype i = 0; i < m_page.locations.size(); ++i) {
        Location &l = m_page.locations[i];
        if (l.timeZoneId.isEmpty())
            l.timeZoneId = RailsTimeZones::toIana(m_pendingZoneLabels.value(i));
        if (l.timeZoneId.isEmpty())
            needAccountZone = true;
    }
    if (needAccountZone && !m_accountZone) {
        m_stage = Stage::Settings;
        QUrl url = m_baseUrl;
        url.setPath(m_baseUrl.path() + QStringLiteral("/settings"));
        m_http->get(url, headers());
        return;
    }
    for (Location &l : m_page.locations) {
        if (l.timeZoneId.isEmpty())
            l.timeZoneId = m_accountZone.value_or(QString());
        if (l.timeZoneId.isEmpty())
            l.timeZoneId = m_config.timeZoneOverride;
        if (l.timeZoneId.isEmpty())
            qCWarning(lcPms) << "business" << l.id << "has no time zone; local dates use UTC";
    }
    m_stage = Stage::Idle;
    const PmsPage done = m_page;
    emit pageReady(done);
}

void ClinikoAdapter::handleSettings(const HttpResult &result)
{
    const bool unreachable = result.error.code == QLatin1String("CLINIKO_API_UNAVAILABLE") ||
                             result.error.code == QLatin1String("CLINIKO_HOST_NOT_FOUND") ||
                             result.error.code == QLatin1String("CLINIKO_TLS_FAILED") ||
                             result.error.code == QLatin1String("CLINIKO_PROXY_FAILED");
    if (!result.ok && unreachable) {
        fail(result.error); // try the whole page again later rather than guess a zone
        return;
    }
    QString zone;
    if (result.ok) {
        QString problem;
        const auto settings =
            ClinikoJsonParser::parseObject(result.body, result.contentType, &problem);
        if (settings) {
            const QString label = ClinikoJsonParser::text(settings->value(QLatin1String("account"))
                                                              .toObject()
                                                              .value(QLatin1String("time_zone")));
            zone = RailsTimeZones::toIana(label);
            if (zone.isEmpty())
                qCWarning(lcPms) << "unknown Cliniko account time zone label" << label;
        }
    } else {
        // The key's user may lack settings access (403): fall back to the override.
        qCInfo(lcPms) << "cliniko settings unavailable:" << result.error.code;
    }
    m_accountZone = zone;
    emitLocations();
}

void ClinikoAdapter::fail(RoutiqError error)
{
    m_stage = Stage::Idle;
    emit failed(error);
}

void ClinikoAdapter::failLater(RoutiqError error)
{
    const quint64 generation = m_generation;
    QTimer::singleShot(0, this, [this, generation, error] {
        if (generation == m_generation)
            fail(error);
    });
}

RoutiqError ClinikoAdapter::badResponse(const QString &problem, int httpStatus) const
{
    RoutiqError e = RoutiqError::make(
        QStringLiteral("CLINIKO_BAD_RESPONSE"),
        QStringLiteral("Cliniko sent an answer Routiq cannot read. Routiq will try again at the "
                       "next sync; if this persists, check status.cliniko.com or contact "
                       "Routiq support."),
        QStringLiteral("%1; HTTP %2, host %3, %4")
            .arg(problem)
            .arg(httpStatus)
            .arg(m_baseUrl.host(), resourceKindName(m_request.kind)));
    e.timestamp = m_clock.nowUtc();
    return e;
}

} // namespace routiq
