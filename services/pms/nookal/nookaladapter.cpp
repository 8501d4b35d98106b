#include "nookaladapter.h"

#include "core/logging.h"
#include "nookalcursor.h"
#include "nookalrecordparser.h"
#include "pms/recordreaders.h"

#include <QCoreApplication>

#include <algorithm>

namespace routiq {

namespace {

const ResourceKindNames kMethods{u"getLocations", u"getPractitioners", u"getAppointmentTypes",
                                 u"getPatients", u"getAppointments"};
// "services" is Nookal's name for appointment types.
const ResourceKindNames kResultsKeys{u"locations", u"practitioners", u"services", u"patients",
                                     u"appointments"};

QString methodFor(ResourceKind kind)
{
    return nameFor(kind, kMethods);
}

QString resultsKey(ResourceKind kind)
{
    return nameFor(kind, kResultsKeys);
}

QByteArray formEncode(const QList<std::pair<QString, QString>> &params)
{
    QByteArray body;
    for (const auto &[name, value] : params) {
        if (!body.isEmpty())
            body += '&';
        // toPercentEncoding leaves only unreserved characters: '+' and ' ' are escaped, so a
        // form decoder reads them back exactly.
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

const QString kDateFormat = QStringLiteral("yyyy-MM-dd");

} // namespace

NookalAdapter::NookalAdapter(NookalConfig config, const Clock &clock, QObject *parent,
                             SharedPolicy shared)
    : HttpPmsAdapter(PmsKind::Nookal, clock, config, std::move(shared), parent),
      m_config(std::move(config))
{
    resolveBase([this](RoutiqError *error) { return resolveBaseUrl(m_config, error); });
    const QTimeZone fallback(m_config.timeZoneOverride.toLatin1());
    if (!m_config.timeZoneOverride.isEmpty() && fallback.isValid())
        m_clinicZone = fallback;
}

QUrl NookalAdapter::resolveBaseUrl(const NookalConfig &config, RoutiqError *error)
{
    if (!requireApiKey(config.apiKey, PmsKind::Nookal, error))
        return {};
    QUrl base =
        config.baseUrlOverride.isEmpty() ? NookalConfig::defaultBaseUrl() : config.baseUrlOverride;
    return checkedBaseUrl(std::move(base), PmsKind::Nookal, error);
}

RoutiqError NookalAdapter::failureError(const QString &errorCode, const QString &errorMessage)
{
    const QString code = errorCode.trimmed().toUpper();
    const QString message = errorMessage.toLower();
    const bool keyProblem = code.startsWith(QLatin1String("L000")) ||
                            message.contains(QLatin1String("api_key")) ||
                            message.contains(QLatin1String("api key")) ||
                            message.contains(QLatin1String("invalid key"));
    // Nookal's own message is technical (no record data); cut it short all the same.
    const QString details =
        QStringLiteral("Nookal error %1: %2")
            .arg(code.isEmpty() ? QStringLiteral("(no code)") : code, errorMessage.left(160));
    if (keyProblem)
        return RoutiqError::make(
            pmsCode(ErrorCode::PmsAuthRejected, PmsKind::Nookal),
            QCoreApplication::translate(
                "RoutiqError", "Nookal rejected the API key. Check the key in this clinic's "
                               "connection settings, or generate a new one in Nookal (Setup > "
                               "Connections > API Keys) with every location ticked."),
            details);
    return RoutiqError::make(pmsCode(ErrorCode::PmsApiError, PmsKind::Nookal),
                             QCoreApplication::translate(
                                 "RoutiqError", "Nookal could not answer Routiq's request. Routiq "
                                                "will try again at the next sync."),
                             details);
}

QTimeZone NookalAdapter::zoneForLocation(RecordId locationId) const
{
    return m_zones.value(locationId, m_clinicZone);
}

QString NookalAdapter::lastModifiedFor(ResourceKind kind, const QDateTime &updatedSince) const
{
    if (!updatedSince.isValid())
        return {};
    QList<QTimeZone> zones;
    if (kind == ResourceKind::Appointments)
        zones = m_zones.values();
    if (zones.isEmpty())
        zones.append(m_clinicZone);
    QString earliest;
    for (const QTimeZone &zone : std::as_const(zones)) {
        // The fixed-width "YYYY-MM-DD HH:MM:SS" form sorts like time.
        const QString text = NookalJson::format(NookalJson::fromUtc(updatedSince, zone));
        if (earliest.isEmpty() || text < earliest)
            earliest = text;
    }
    return earliest;
}

void NookalAdapter::learnZones(const QList<Location> &locations)
{
    RecordId lowest = 0;
    for (auto it = m_zones.cbegin(); it != m_zones.cend(); ++it)
        lowest = lowest == 0 ? it.key() : std::min(lowest, it.key());
    for (const Location &l : locations) {
        const QTimeZone zone(l.timeZoneId.toLatin1());
        if (l.timeZoneId.isEmpty() || !zone.isValid()) {
            qCWarning(lcPms) << "nookal location" << l.id << "has no usable time zone";
            m_zones.remove(l.id);
            continue;
        }
        m_zones.insert(l.id, zone);
        if (lowest == 0 || l.id <= lowest) {
            lowest = l.id;
            m_clinicZone = zone;
        }
    }
}

void NookalAdapter::startPage(const PageRequest &request)
{
    m_page = 1;
    m_windowFrom = request.windowFrom;
    m_windowTo = request.windowTo;
    if (!request.cursor.isEmpty()) {
        const auto cursor = NookalCursor::decode(request.cursor);
        if (!cursor) {
            failLater(badResponse(QStringLiteral("a saved position this adapter did not make"), 0));
            return;
        }
        m_page = cursor->page;
        if (!m_windowFrom.isValid()) {
            m_windowFrom = cursor->windowFrom;
            m_windowTo = cursor->windowTo;
        }
    }
    if (m_windowFrom.isValid() != m_windowTo.isValid() ||
        (m_windowFrom.isValid() && request.kind != ResourceKind::Appointments)) {
        failLater(badResponse(QStringLiteral("a date window for something other than "
                                             "appointments"),
                              0));
        return;
    }
    // Patients' and appointments' wall-clock times need the location zones first.
    const bool needsZones =
        request.kind == ResourceKind::Patients || request.kind == ResourceKind::Appointments;
    if (needsZones && !m_zonesKnown) {
        sendZones(1);
        return;
    }
    sendPage();
}

void NookalAdapter::verifyKey()
{
    abort();
    if (failedOnConfig())
        return;
    m_stage = Stage::Verify;
    post(QStringLiteral("verify"), {});
}

void NookalAdapter::sendZones(int page)
{
    m_stage = Stage::Zones;
    m_zonesPage = page;
    post(methodFor(ResourceKind::Locations),
         {{QStringLiteral("page"), QString::number(page)},
          {QStringLiteral("page_length"), QString::number(m_config.pageLength)}});
}

void NookalAdapter::sendPage()
{
    m_stage = Stage::Page;
    const ResourceKind kind = request().kind;
    QList<std::pair<QString, QString>> params{
        {QStringLiteral("page"), QString::number(m_page)},
        {QStringLiteral("page_length"), QString::number(m_config.pageLength)}};
    if (kind == ResourceKind::Practitioners)
        params.append({QStringLiteral("include_inactive_practitioners"), QStringLiteral("1")});
    if (kind == ResourceKind::Appointments && m_windowFrom.isValid()) {
        params.append({QStringLiteral("date_from"), m_windowFrom.toString(kDateFormat)});
        params.append({QStringLiteral("date_to"), m_windowTo.toString(kDateFormat)});
    } else if (kind == ResourceKind::Appointments || kind == ResourceKind::Patients) {
        // Reference data carries no modification time: it is small and always read whole.
        const QString since = lastModifiedFor(kind, request().updatedSince);
        if (!since.isEmpty())
            params.append({QStringLiteral("last_modified"), since});
    }
    qCDebug(lcPms) << "nookal" << methodFor(kind) << "page" << m_page;
    post(methodFor(kind), params);
}

void NookalAdapter::post(const QString &method, const QList<std::pair<QString, QString>> &params)
{
    const QUrl url = endpoint(QLatin1Char('/') + method);
    QList<std::pair<QString, QString>> all{{QStringLiteral("api_key"), m_config.apiKey.trimmed()}};
    all += params;
    httpClient()->post(url,
                       {{QByteArrayLiteral("Content-Type"),
                         QByteArrayLiteral("application/x-www-form-urlencoded; charset=UTF-8")},
                        {QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")},
                        {QByteArrayLiteral("User-Agent"), QByteArrayLiteral("Routiq")}},
                       formEncode(all));
}

std::optional<NookalJson::Envelope> NookalAdapter::envelopeOf(const HttpResult &result)
{
    if (!result.ok) {
        if (result.httpStatus == 404) // an unknown method answers with Nookal's HTML 404 page
            fail(badResponse(QStringLiteral("a 404 page (unknown method)"), 404));
        else
            fail(result.error);
        return std::nullopt;
    }
    QString problem;
    auto envelope = NookalJson::parseEnvelope(result.body, result.contentType, &problem);
    if (!envelope) {
        fail(badResponse(problem, result.httpStatus));
        return std::nullopt;
    }
    if (envelope->failure) {
        RoutiqError error = failureError(envelope->errorCode, envelope->errorMessage);
        error.timestamp = clock().nowUtc();
        fail(error);
        return std::nullopt;
    }
    return envelope;
}

void NookalAdapter::onHttpFinished(const HttpResult &result)
{
    const Stage stage = m_stage;
    if (stage == Stage::Idle)
        return;
    const auto envelope = envelopeOf(result);
    if (!envelope)
        return;
    switch (stage) {
    case Stage::Idle:
        return;
    case Stage::Verify:
        m_stage = Stage::Idle;
        emit keyVerified();
        return;
    case Stage::Zones:
        handleZones(*envelope);
        return;
    case Stage::Page:
        handlePage(*envelope);
        return;
    }
}

void NookalAdapter::handleZones(const NookalJson::Envelope &envelope)
{
    const auto rows = NookalJson::collection(envelope.results.value(QLatin1String("locations")));
    if (!envelope.hasResults || !rows) {
        fail(badResponse(QStringLiteral("locations that are not a list"), 200));
        return;
    }
    QList<Location> locations;
    for (const QJsonObject &o : *rows) {
        Location l;
        QString problem;
        if (!NookalRecordParser::parseLocation(o, &l, &problem)) {
            fail(badResponse(problem, 200));
            return;
        }
        locations.append(l);
    }
    learnZones(locations);
    if (envelope.nextPage && *envelope.nextPage > m_zonesPage) {
        sendZones(*envelope.nextPage);
        return;
    }
    m_zonesKnown = true;
    sendPage();
}

void NookalAdapter::handlePage(const NookalJson::Envelope &envelope)
{
    const ResourceKind kind = request().kind;
    const auto rows = NookalJson::collection(envelope.results.value(resultsKey(kind)));
    if (!envelope.hasResults) {
        fail(badResponse(QStringLiteral("a success envelope without data.results"), 200));
        return;
    }
    if (!rows) {
        fail(badResponse(QStringLiteral("%1 that are not a list").arg(resultsKey(kind)), 200));
        return;
    }
    PmsPage page;
    page.kind = kind;
    page.totalEntries = envelope.totalItems;
    QString problem;
    if (!readRecords(&page, *rows, readers(), &problem)) {
        fail(badResponse(problem, 200));
        return;
    }
    if (kind == ResourceKind::Locations) {
        learnZones(page.locations);
        if (!envelope.nextPage)
            m_zonesKnown = true;
    }
    if (envelope.nextPage) {
        if (*envelope.nextPage <= m_page) {
            fail(badResponse(QStringLiteral("a next page that does not move forward"), 200));
            return;
        }
        NookalCursor next;
        next.page = *envelope.nextPage;
        next.windowFrom = m_windowFrom;
        next.windowTo = m_windowTo;
        page.nextCursor = next.encode();
    }
    m_stage = Stage::Idle;
    emit pageReady(page);
}

RecordReaders NookalAdapter::readers() const
{
    RecordReaders r;
    r.location = &NookalRecordParser::parseLocation;
    r.practitioner = &NookalRecordParser::parsePractitioner;
    r.appointmentType = &NookalRecordParser::parseAppointmentType;
    r.patient = [this](const QJsonObject &o, Patient *p, QString *problem) {
        return NookalRecordParser::parsePatient(o, m_clinicZone, p, problem);
    };
    r.appointment = [this](const QJsonObject &o, Appointment *a, QString *problem) {
        const QTimeZone zone = zoneForLocation(NookalRecordParser::appointmentLocationId(o));
        return NookalRecordParser::parseAppointment(o, zone, a, problem);
    };
    r.referenceTimes = false;
    r.skipUnplaceableAppointments = true;
    return r;
}

} // namespace routiq
