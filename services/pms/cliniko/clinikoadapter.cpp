#include "clinikoadapter.h"

#include "clinikojsonparser.h"
#include "core/logging.h"
#include "net/transportsecurity.h"
#include "pms/recordreaders.h"
#include "railstimezones.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrlQuery>

namespace routiq {

namespace {

const ResourceKindNames kListPaths{u"/businesses", u"/practitioners", u"/appointment_types",
                                   u"/patients", u"/individual_appointments"};
const ResourceKindNames kListKeys{u"businesses", u"practitioners", u"appointment_types",
                                  u"patients", u"individual_appointments"};

QString utcIso(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QLatin1Char('Z');
}

} // namespace

ClinikoAdapter::ClinikoAdapter(ClinikoConfig config, const Clock &clock, QObject *parent,
                               SharedPolicy shared)
    : HttpPmsAdapter(PmsKind::Cliniko, clock, config, std::move(shared), parent),
      m_config(std::move(config))
{
    resolveBase([this](RoutiqError *error) { return resolveBaseUrl(m_config, error); });
}

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
                *problem = QCoreApplication::translate(
                    "RoutiqError", "The Cliniko API key does not end with a region such "
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
    if (!requireApiKey(config.apiKey, PmsKind::Cliniko, error))
        return {};
    static const QRegularExpression email(QStringLiteral("^[^@\\s()]+@[^@\\s()]+\\.[^@\\s()]+$"));
    if (!email.match(config.contactEmail.trimmed()).hasMatch()) {
        // Cliniko may block requests whose User-Agent lacks a valid contact email.
        *error = RoutiqError::make(
            pmsCode(ErrorCode::PmsConfigInvalid, PmsKind::Cliniko),
            QCoreApplication::translate("RoutiqError", "Cliniko requires a contact email in every "
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
            *error = RoutiqError::make(pmsCode(ErrorCode::PmsConfigInvalid, PmsKind::Cliniko),
                                       problem, QStringLiteral("unrecognised shard suffix"));
            return {};
        }
    }
    return checkedBaseUrl(std::move(base), PmsKind::Cliniko, error);
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
    QUrl url = endpoint(path);
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
    return listUrl(nameFor(kind, kListPaths), updatedSince, includeHidden);
}

bool ClinikoAdapter::isInactivePractitionersUrl(const QUrl &url) const
{
    return url.path().endsWith(QLatin1String("/practitioners/inactive"));
}

void ClinikoAdapter::startPage(const PageRequest &request)
{
    m_page = PmsPage{};
    m_page.kind = request.kind;
    m_pendingZoneLabels.clear();
    QUrl url;
    if (request.cursor.isEmpty()) {
        url = firstPageUrl(request.kind, request.updatedSince);
    } else {
        url = QUrl(request.cursor);
        if (!url.isValid() || !TransportSecurity::isSameOrigin(url, baseUrl()) ||
            !url.path().startsWith(baseUrl().path())) {
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
    qCDebug(lcPms) << "cliniko GET" << url.path() << "for" << resourceKindName(request().kind);
    httpClient()->get(url, headers());
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
    const ResourceKind kind = request().kind;
    QString problem;
    const auto list = ClinikoJsonParser::parseList(result.body, result.contentType,
                                                   nameFor(kind, kListKeys), &problem);
    if (!list) {
        fail(badResponse(problem, result.httpStatus));
        return;
    }
    PmsPage &page = m_page;
    page.totalEntries = list->totalEntries;
    const bool inactiveList = isInactivePractitionersUrl(m_currentUrl);
    QList<QJsonObject> rows;
    for (const QJsonValue &value : list->records)
        rows.append(value.toObject());
    if (!readRecords(&page, rows, readers(inactiveList), &problem)) {
        fail(badResponse(problem, result.httpStatus));
        return;
    }

    if (!list->nextUrl.isEmpty()) {
        const QUrl next(list->nextUrl);
        if (!next.isValid() || !TransportSecurity::isSameOrigin(next, baseUrl())) {
            fail(badResponse(QStringLiteral("a next-page link to another server"),
                             result.httpStatus));
            return;
        }
        page.nextCursor = next.toString(QUrl::FullyEncoded);
    } else if (kind == ResourceKind::Practitioners && !inactiveList) {
        // Old appointments point at practitioners who left: read /practitioners/inactive next.
        page.nextCursor =
            listUrl(QStringLiteral("/practitioners/inactive"), request().updatedSince, false)
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

RecordReaders ClinikoAdapter::readers(bool inactiveList)
{
    RecordReaders r;
    r.location = [this](const QJsonObject &o, Location *l, QString *problem) {
        if (!ClinikoJsonParser::parseLocation(o, l, problem))
            return false;
        m_pendingZoneLabels.append(ClinikoJsonParser::businessTimeZoneLabel(o));
        return true;
    };
    r.practitioner = [inactiveList](const QJsonObject &o, Practitioner *p, QString *problem) {
        return ClinikoJsonParser::parsePractitioner(o, inactiveList, p, problem);
    };
    r.appointmentType = &ClinikoJsonParser::parseAppointmentType;
    r.patient = &ClinikoJsonParser::parsePatient;
    r.appointment = &ClinikoJsonParser::parseAppointment;
    return r;
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
        httpClient()->get(endpoint(QStringLiteral("/settings")), headers());
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
    const ErrorCode code = result.error.typedCode();
    const bool unreachable = code == ErrorCode::PmsApiUnavailable ||
                             code == ErrorCode::PmsHostNotFound ||
                             code == ErrorCode::PmsTlsFailed || code == ErrorCode::PmsProxyFailed;
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

} // namespace routiq
