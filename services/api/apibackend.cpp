#include "apibackend.h"

#include "api/apierror.h"
#include "api/cachefilestate.h"
#include "api/metricsgroups.h"
#include "core/clock.h"
#include "insights/clinicreader.h"
#include "insights/practiceinsightsjson.h"
#include "security/accesspolicy.h"
#include "security/accountservice.h"
#include "security/auditedaccess.h"
#include "security/auditlog.h"
#include "security/permission.h"
#include "session/appcontext.h"
#include "session/cliniclistjson.h"
#include "session/insightsettingsservice.h"
#include "session/noshowanswer.h"
#include "session/practiceinsightsanswer.h"
#include "storage/appdatabase.h"
#include "storage/clinicdatabasereader.h"
#include "storage/referencedata.h"
#include "sync/refreshrequest.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace routiq {

namespace {

RoutiqError notFound()
{
    return ApiError::make("NOT_FOUND", QStringLiteral("There is no such endpoint."));
}

} // namespace

ApiBackend::ApiBackend(Services services, QHash<ClinicId, DatabaseKey> keys, ApiSettings settings,
                       QObject *parent)
    : QObject(parent), m_services(services), m_keys(std::move(keys)), m_settings(settings),
      m_auth(std::make_unique<ApiAuth>(
          services.accounts, services.audit, services.clock, services.app->auditKey(),
          RefreshTokenStore(services.app->appDatabase().database()), settings))
{}

ApiBackend::~ApiBackend() = default;

ApiReply ApiBackend::json(const QJsonDocument &doc, int status)
{
    ApiReply reply;
    reply.status = status;
    // Indented, as the CLI prints it: the same bytes for the same request.
    reply.body = doc.toJson(QJsonDocument::Indented);
    return reply;
}

ApiReply ApiBackend::error(const RoutiqError &e, const QDateTime &lastUpdated) const
{
    ApiReply reply;
    reply.status = ApiError::httpStatus(ApiError::apiCode(e.code));
    reply.body = ApiError::body(e, lastUpdated, m_services.clock->nowUtc());
    if (reply.status == 401)
        reply.headers.append(qMakePair(QByteArray("WWW-Authenticate"), QByteArray("Bearer")));
    return reply;
}

QStringList ApiBackend::routes()
{
    return {QStringLiteral("GET /display"),
            QStringLiteral("GET /api/v1/health"),
            QStringLiteral("POST /api/v1/auth/token"),
            QStringLiteral("GET /api/v1/clinics"),
            QStringLiteral("GET /api/v1/clinics/{clinicId}/metrics"),
            QStringLiteral("GET /api/v1/clinics/{clinicId}/metrics/stream"),
            QStringLiteral("POST /api/v1/clinics/{clinicId}/metrics/refresh"),
            QStringLiteral("GET /api/v1/clinics/{clinicId}/insights/no-show"),
            QStringLiteral("GET /api/v1/clinics/{clinicId}/insights/lapsed"),
            QStringLiteral("GET /api/v1/clinics/{clinicId}/insights/forward"),
            QStringLiteral("WS /ws/clinics/{clinicId}/metrics")};
}

ApiReply ApiBackend::handle(const ApiCall &call)
{
    if (call.declaredBodyBytes > m_settings.maxBodyBytes ||
        call.body.size() > m_settings.maxBodyBytes)
        return error(ApiError::make("PAYLOAD_TOO_LARGE",
                                    QStringLiteral("The request body is larger than allowed.")));
    return route(call);
}

bool ApiBackend::withinRate(qint64 userId)
{
    const qint64 now = m_services.clock->nowMSecs();
    Window &w = m_rate[userId];
    if (now - w.startMs >= 60000) {
        w.startMs = now;
        w.count = 0;
    }
    return ++w.count <= m_settings.requestsPerMinute;
}

ApiReply ApiBackend::route(const ApiCall &call)
{
    const QString &path = call.path;
    if (path == QLatin1String("/display")) {
        // The wall display (static; it signs in with the refresh token in its URL fragment,
        // which browsers never send to the server).
        QFile page(QStringLiteral(":/api/display.html"));
        if (call.method != "GET" || !page.open(QIODevice::ReadOnly))
            return error(notFound());
        ApiReply reply;
        reply.contentType = "text/html; charset=utf-8";
        reply.body = page.readAll();
        reply.headers.append(
            qMakePair(QByteArray("Content-Security-Policy"),
                      QByteArray("default-src 'self'; script-src 'unsafe-inline'; style-src "
                                 "'unsafe-inline'; connect-src 'self' ws: wss:")));
        return reply;
    }
    if (path == QLatin1String("/api/v1/health")) {
        if (call.method != "GET")
            return error(ApiError::make("METHOD_NOT_ALLOWED", QStringLiteral("Use GET.")));
        return health(call);
    }
    if (path == QLatin1String("/api/v1/auth/token")) {
        if (call.method != "POST")
            return error(ApiError::make("METHOD_NOT_ALLOWED", QStringLiteral("Use POST.")));
        QJsonParseError parseError;
        const QJsonDocument body = QJsonDocument::fromJson(call.body, &parseError);
        if (!body.isObject())
            return error(
                ApiError::make("BAD_REQUEST", QStringLiteral("The body must be a JSON object.")));
        RoutiqError e;
        const auto answer = m_auth->token(body.object(), &e);
        if (!answer)
            return error(e);
        ApiReply reply = json(QJsonDocument(*answer));
        reply.headers.append(qMakePair(QByteArray("Cache-Control"), QByteArray("no-store")));
        return reply;
    }
    if (!path.startsWith(QLatin1String("/api/v1/")))
        return error(notFound());

    RoutiqError e;
    const auto user = m_auth->check(call.authorization, &e);
    if (!user)
        return error(e);
    if (!withinRate(user->userId))
        return error(
            ApiError::make("RATE_LIMITED", QStringLiteral("Too many requests: wait a minute.")));

    static const QRegularExpression clinicRoute(
        QStringLiteral("^/api/v1/clinics/([A-Za-z0-9_.-]+)/"
                       "(metrics|insights/no-show|insights/lapsed|insights/forward)$"));
    if (path == QLatin1String("/api/v1/clinics")) {
        if (call.method != "GET")
            return error(ApiError::make("METHOD_NOT_ALLOWED", QStringLiteral("Use GET.")));
        return clinics(*user);
    }
    static const QRegularExpression refreshRoute(
        QStringLiteral("^/api/v1/clinics/([A-Za-z0-9_.-]+)/metrics/refresh$"));
    if (const QRegularExpressionMatch r = refreshRoute.match(path); r.hasMatch()) {
        if (call.method != "POST")
            return error(ApiError::make("METHOD_NOT_ALLOWED", QStringLiteral("Use POST.")));
        return refresh(*user, r.captured(1));
    }
    const QRegularExpressionMatch m = clinicRoute.match(path);
    if (!m.hasMatch())
        return error(notFound());
    if (call.method != "GET")
        return error(ApiError::make("METHOD_NOT_ALLOWED", QStringLiteral("Use GET.")));
    if (m.captured(2) == QLatin1String("metrics"))
        return metrics(*user, m.captured(1), call.query);
    if (m.captured(2) == QLatin1String("insights/no-show"))
        return noShow(*user, m.captured(1), call.query);
    return practiceInsights(*user, m.captured(1), m.captured(2).mid(9), call.query);
}

QDateTime ApiBackend::lastSync(const ClinicId &clinic) const
{
    const QString path = m_services.app->clinicDatabasePath(clinic);
    if (!m_keys.contains(clinic) || !QFileInfo::exists(path))
        return {};
    RoutiqError e;
    auto reader = ClinicDatabaseReader::open(path, m_keys.value(clinic), &e);
    if (!reader)
        return {};
    return ReferenceData::lastSuccessfulSync(reader->connectionName());
}

ApiReply ApiBackend::health(const ApiCall &call)
{
    // Without a token: each clinic's state and data age, by position, never its id or name.
    RoutiqError ignored;
    const auto user =
        call.authorization.isEmpty() ? std::nullopt : m_auth->check(call.authorization, &ignored);
    const QDateTime now = m_services.clock->nowUtc();
    QJsonArray list;
    for (const ClinicConnection &c : m_services.app->appDatabase().clinicConnections()) {
        if (user && !m_services.access->policy()->allows(*user, Permission::ViewAggregates, c.id))
            continue;
        const QDateTime synced = lastSync(c.id);
        QJsonObject o{
            {QStringLiteral("state"),
             synced.isValid() ? QStringLiteral("cached") : QStringLiteral("not_synced")},
            {QStringLiteral("lastUpdated"),
             synced.isValid() ? QJsonValue(synced.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("dataAgeMinutes"),
             synced.isValid() ? QJsonValue(double(synced.secsTo(now) / 60)) : QJsonValue()}};
        if (user) {
            o.insert(QStringLiteral("clinicId"), c.id);
            o.insert(QStringLiteral("name"), c.name);
        }
        list.append(o);
    }
    return json(
        QJsonDocument(QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                                  {QStringLiteral("liveConnections"), m_liveConnections.load()},
                                  {QStringLiteral("clinics"), list}}));
}

ApiReply ApiBackend::clinics(const ActingUser &user)
{
    RoutiqError e;
    QList<ClinicConnection> list = m_services.app->appDatabase().clinicConnections(&e);
    if (!e.isNull())
        return error(e);
    // As `clinic list --json`: staff and read-only accounts see only their assigned clinics.
    list.removeIf([&](const ClinicConnection &c) {
        return !m_services.access->policy()->allows(user, Permission::ViewAggregates, c.id);
    });
    return json(QJsonDocument(ClinicListJson::toJson(list)));
}

RoutiqError ApiBackend::viewAggregates(const ActingUser &user, const ClinicId &clinic)
{
    // As ActingUserLogin::viewAggregates: a refusal leaves a trace in the audit log.
    RoutiqError denied = m_services.access->policy()->viewAggregates(user, clinic);
    if (!denied.isNull())
        m_services.audit->record(
            user, AuditAction::AccessDenied, clinic,
            QStringLiteral("permission=%1").arg(permissionName(Permission::ViewAggregates)));
    return denied;
}

std::optional<QList<MetricsAnswer::Target>>
ApiBackend::targets(const ActingUser &user, const ClinicId &clinic, RoutiqError *e)
{
    QList<ClinicConnection> connections;
    if (clinic == QLatin1String("all")) {
        QList<ClinicId> ids;
        const QList<ClinicConnection> all = m_services.app->appDatabase().clinicConnections();
        for (const ClinicConnection &c : all)
            ids.append(c.id);
        const QList<ClinicId> visible = m_services.access->policy()->visibleClinics(user, ids);
        for (const ClinicConnection &c : all)
            if (visible.contains(c.id))
                connections.append(c);
        if (connections.isEmpty()) {
            *e = RoutiqError::make(QStringLiteral("NO_CLINIC"),
                                   QStringLiteral("There is no clinic this account may see."));
            return std::nullopt;
        }
    } else {
        if (*e = viewAggregates(user, clinic); !e->isNull())
            return std::nullopt;
        const auto connection = m_services.app->appDatabase().clinicConnection(clinic);
        if (!connection) {
            *e = ApiError::make("NOT_FOUND",
                                QStringLiteral("There is no clinic with the id '%1'.").arg(clinic));
            return std::nullopt;
        }
        connections.append(*connection);
    }
    QList<MetricsAnswer::Target> list;
    for (const ClinicConnection &c : connections) {
        if (!m_keys.contains(c.id)) {
            *e = ApiError::make("SERVICE_UNAVAILABLE",
                                QStringLiteral("This clinic was added after the server started: "
                                               "restart 'routiq-cli serve'."));
            return std::nullopt;
        }
        list.append({c, m_services.app->clinicDatabasePath(c.id), m_keys.value(c.id)});
    }
    return list;
}

ApiReply ApiBackend::metrics(const ActingUser &user, const ClinicId &clinic, const QUrlQuery &query)
{
    auto value = [&query](const char *key) {
        return query.queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
    };
    auto has = [&query](const char *key) {
        return query.hasQueryItem(QLatin1String(key));
    };
    RoutiqError e;
    auto parsed = MetricsAnswer::parse(clinic, value("period"), has("period"), value("startDate"),
                                       value("endDate"), value("locationId"),
                                       value("practitionerId"), value("by"), has("by"), &e);
    if (!parsed)
        return error(e);
    std::optional<QStringList> groups;
    if (has("metrics")) {
        groups = MetricsGroups::parse(value("metrics"), &e);
        if (!groups)
            return error(e);
    }
    // Checked at every request, cached or not: the token, the account, its clinics.
    const auto list = targets(user, clinic, &e);
    if (!list)
        return error(e);
    const QDateTime now = m_services.clock->nowUtc();
    if (MetricsAnswer::isRollup(*parsed) && !MetricsAnswer::resolveRollupDates(&*parsed, now, &e))
        return error(e);
    // The files' state before computing: a write during the computation invalidates the entry.
    QList<ClinicId> ids;
    QByteArray signature;
    for (const MetricsAnswer::Target &t : *list) {
        ids.append(t.connection.id);
        signature += CacheFileState::signature(cacheFiles(t.connection.id)) + '|';
    }
    const QString key = MetricsBodyCache::key(ids, *parsed, groups, now);
    ApiReply reply;
    if (auto cached = m_bodies.find(key, signature)) {
        reply.body = std::move(*cached);
        reply.headers.append(qMakePair(QByteArray("X-Routiq-Cache"), QByteArray("hit")));
        return reply;
    }
    const auto body = MetricsAnswer::answer(*list, *parsed, now, &e);
    if (!body)
        return error(e, list->size() == 1 ? lastSync(list->first().connection.id) : QDateTime());
    reply = json(QJsonDocument(groups ? MetricsGroups::select(*body, *groups) : *body));
    m_bodies.insert(key, signature, reply.body);
    reply.headers.append(qMakePair(QByteArray("X-Routiq-Cache"), QByteArray("miss")));
    return reply;
}

ApiReply ApiBackend::refresh(const ActingUser &user, const ClinicId &clinic)
{
    // Any account that may see the clinic's figures may ask (a wall display's read-only account
    // is the main user); the cost to the PMS budget is bounded per clinic, not per account:
    // at most one early poll per api/refreshMinSecs, however many ask.
    if (clinic == QLatin1String("all"))
        return error(ApiError::make("BAD_REQUEST",
                                    QStringLiteral("Refresh one clinic at a time: POST "
                                                   "/api/v1/clinics/{clinicId}/metrics/refresh.")));
    if (const RoutiqError denied = viewAggregates(user, clinic); !denied.isNull())
        return error(denied);
    if (!m_services.app->appDatabase().clinicConnection(clinic))
        return error(ApiError::make(
            "NOT_FOUND", QStringLiteral("There is no clinic with the id '%1'.").arg(clinic)));
    const QString file = RefreshRequest::fileFor(m_services.app->clinicDatabasePath(clinic));
    const QDateTime now = m_services.clock->nowUtc();
    const RefreshRequest::Decision decision =
        RefreshRequest::schedule(RefreshRequest::scheduledAt(file), now, m_settings.refreshMinSecs);
    if (!decision.coalesced) {
        RoutiqError e;
        if (!RefreshRequest::write(file, decision.scheduledAt, &e))
            return error(e);
        m_services.audit->record(
            user, AuditAction::ApiRefreshRequested, clinic,
            QStringLiteral("scheduled_at=%1").arg(decision.scheduledAt.toString(Qt::ISODate)));
    }
    const QDateTime synced = lastSync(clinic);
    const QJsonObject answer{
        {QStringLiteral("clinic_id"), clinic},
        {QStringLiteral("requested_at"), now.toString(Qt::ISODate)},
        {QStringLiteral("scheduled_at"), decision.scheduledAt.toString(Qt::ISODate)},
        {QStringLiteral("coalesced"), decision.coalesced},
        {QStringLiteral("min_interval_secs"), double(m_settings.refreshMinSecs)},
        {QStringLiteral("last_updated"),
         synced.isValid() ? QJsonValue(synced.toString(Qt::ISODate)) : QJsonValue()}};
    return json(QJsonDocument(QJsonObject{{QStringLiteral("refresh"), answer}}), 202);
}

ApiReply ApiBackend::noShow(const ActingUser &user, const ClinicId &clinic, const QUrlQuery &query)
{
    int days = 14;
    if (query.hasQueryItem(QStringLiteral("days"))) {
        bool ok = false;
        days = query.queryItemValue(QStringLiteral("days")).toInt(&ok);
        if (!ok || days < 1 || days > 90)
            return error(ApiError::make(
                "BAD_REQUEST", QStringLiteral("--days is a whole number of days from 1 to 90.")));
    }
    const auto connection = m_services.app->appDatabase().clinicConnection(clinic);
    if (!connection)
        return error(ApiError::make(
            "NOT_FOUND", QStringLiteral("There is no clinic with the id '%1'.").arg(clinic)));
    // Patient-level: checked and audited before anything of the cache is read, as the CLI.
    if (const RoutiqError denied = m_services.access->viewPatientLevel(
            user, clinic, QStringLiteral("no-show risk, next %1 days").arg(days));
        !denied.isNull())
        return error(denied);
    if (!m_keys.contains(clinic))
        return error(ApiError::make("SERVICE_UNAVAILABLE",
                                    QStringLiteral("This clinic was added after the server "
                                                   "started: restart 'routiq-cli serve'.")));
    RoutiqError e;
    const auto result =
        NoShowAnswer::compute(m_services.app->clinicDatabasePath(clinic), m_keys.value(clinic),
                              *connection, days, m_services.clock, &e);
    if (!result)
        return error(e);
    return json(QJsonDocument(NoShowAnswer::toJson(result->snapshot)));
}

ApiReply ApiBackend::practiceInsights(const ActingUser &user, const ClinicId &clinic,
                                      const QString &kind, const QUrlQuery &query)
{
    auto value = [&query](const char *key) {
        return query.queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
    };
    auto number = [&](const char *key, int fallback, bool *ok) {
        if (!query.hasQueryItem(QLatin1String(key)))
            return fallback;
        bool good = false;
        const int n = value(key).toInt(&good);
        *ok = *ok && good;
        return n;
    };
    auto id = [&](const char *key, bool *ok) -> std::optional<RecordId> {
        if (value(key).isEmpty())
            return std::nullopt;
        bool good = false;
        const qlonglong n = value(key).toLongLong(&good);
        *ok = *ok && good;
        return good ? std::optional<RecordId>(n) : std::nullopt;
    };
    const bool lapsedKind = kind == QLatin1String("lapsed");
    const bool count = value("count") == QLatin1String("true");
    LapsedQuery lapsed;
    ForwardQuery forward;
    bool ok = true, idsOk = true;
    QString reason;
    if (lapsedKind) {
        lapsed.minDays = number("minDays", lapsed.minDays, &ok);
        lapsed.maxDays = number("maxDays", lapsed.maxDays, &ok);
        lapsed.locationId = id("locationId", &idsOk);
        lapsed.practitionerId = id("practitionerId", &idsOk);
        if (!ok)
            reason = QStringLiteral("minDays and maxDays are whole numbers.");
        else if (!LapsedPatientsFinder::validate(lapsed, &reason) && reason.isEmpty())
            reason = QStringLiteral("Bad lapsed-patient range.");
    } else {
        forward.weeks = number("weeks", forward.weeks, &ok);
        forward.locationId = id("locationId", &idsOk);
        if ((!ok || !ForwardBookingsCalculator::validate(forward, &reason)) && reason.isEmpty())
            reason = QStringLiteral("weeks is a whole number.");
    }
    if (!idsOk)
        reason = QStringLiteral("Location and practitioner ids are whole numbers.");
    if (!reason.isEmpty())
        return error(ApiError::make("BAD_REQUEST", reason));
    const auto connection = m_services.app->appDatabase().clinicConnection(clinic);
    // Checked (and for the patient-level list, audited) before anything of the cache is read.
    RoutiqError denied;
    if (lapsedKind && !count)
        denied = m_services.access->viewPatientLevel(
            user, clinic,
            QStringLiteral("lapsed patients %1-%2 days location %3 practitioner %4")
                .arg(lapsed.minDays)
                .arg(lapsed.maxDays)
                .arg(lapsed.locationId ? QString::number(*lapsed.locationId)
                                       : QStringLiteral("all"),
                     lapsed.practitionerId ? QString::number(*lapsed.practitionerId)
                                           : QStringLiteral("all")));
    else
        denied = viewAggregates(user, clinic);
    if (!denied.isNull())
        return error(denied);
    if (!connection)
        return error(ApiError::make(
            "NOT_FOUND", QStringLiteral("There is no clinic with the id '%1'.").arg(clinic)));
    if (!m_keys.contains(clinic))
        return error(ApiError::make("SERVICE_UNAVAILABLE",
                                    QStringLiteral("This clinic was added after the server "
                                                   "started: restart 'routiq-cli serve'.")));
    RoutiqError e;
    const auto reader = PracticeInsightsAnswer::openCache(
        m_services.app->clinicDatabasePath(clinic), m_keys.value(clinic), *connection,
        lapsedKind ? lapsed.locationId : forward.locationId,
        lapsedKind ? lapsed.practitionerId : std::nullopt, true, &e);
    if (!reader)
        return error(e);
    const InsightSettingsService settings(
        InsightSettingsStore(m_services.app->appDatabase().database()), m_services.access,
        m_services.clock);
    if (!lapsedKind) {
        const auto result = PracticeInsightsAnswer::forward(*reader, *connection, forward,
                                                            &settings, user, m_services.clock, &e);
        if (!result)
            return error(e);
        return json(QJsonDocument(PracticeInsightsJson::forward(
            *result, PracticeInsightsAnswer::practitionerNames(*reader))));
    }
    const auto list =
        PracticeInsightsAnswer::lapsed(*reader, *connection, lapsed, m_services.clock, &e);
    if (!list)
        return error(e);
    if (count)
        return json(QJsonDocument(PracticeInsightsJson::lapsedCount(*list)));
    const auto details =
        PracticeInsightsAnswer::lapsedDetails(*reader, *connection, *list, &settings, user, &e);
    if (!details)
        return error(e);
    return json(
        QJsonDocument(PracticeInsightsJson::lapsed(*list, &details->contacts, &details->notes)));
}

std::optional<ActingUser> ApiBackend::liveUser(const QByteArray &authorization,
                                               const QByteArray &bareToken, RoutiqError *e)
{
    return authorization.isEmpty() ? m_auth->checkToken(bareToken, e)
                                   : m_auth->check(authorization, e);
}

ApiReply ApiBackend::liveFigures(qint64 userId, const QString &username, const ClinicId &clinic,
                                 const QUrlQuery &query)
{
    ActingUser stale;
    stale.userId = userId;
    stale.username = username;
    RoutiqError e;
    const auto user = m_services.accounts->reload(stale, &e);
    if (!user)
        return error(ApiError::make("UNAUTHORIZED", e.message));
    return metrics(*user, clinic, query);
}

QStringList ApiBackend::cacheFiles(const ClinicId &clinic) const
{
    const QString path = m_services.app->clinicDatabasePath(clinic);
    return {path, path + QStringLiteral("-wal")};
}

} // namespace routiq
