#include "clinikosimulator.h"

#include "clinikojsonwriter.h"
#include "clinikolistquery.h"
#include "core/logging.h"
#include "simulatorhttpserver.h"

#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <cmath>
#include <vector>

namespace routiq {

struct ClinikoSimulator::Reply
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = QByteArrayLiteral("application/json; charset=utf-8");
    QList<QPair<QByteArray, QByteArray>> headers;
    int delayMs = 0;

    static Reply json(const QJsonObject &o, int status = 200)
    {
        return Reply{status, QJsonDocument(o).toJson(QJsonDocument::Compact), {}, {}, 0}.withType();
    }
    static Reply message(int status, const QString &text)
    {
        return json(QJsonObject{{QStringLiteral("message"), text}}, status);
    }
    Reply withType()
    {
        contentType = QByteArrayLiteral("application/json; charset=utf-8");
        return *this;
    }
};

ClinikoSimulator::ClinikoSimulator(SimulatedClinic clinic, QObject *parent)
    : ClinikoSimulator(std::move(clinic), Options{}, parent)
{}

ClinikoSimulator::ClinikoSimulator(SimulatedClinic clinic, Options options, QObject *parent)
    : QObject(parent), m_clinic(std::move(clinic)), m_options(std::move(options)),
      m_activity(m_options.activitySeed), m_liveTimer(new QTimer(this))
{
    m_uptime.start();
    connect(m_liveTimer, &QTimer::timeout, this, [this] { tick(m_changesPerTick); });
}

ClinikoSimulator::~ClinikoSimulator() = default;

bool ClinikoSimulator::start(quint16 port)
{
    m_server = std::make_unique<SimulatorHttpServer>(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            handle(request, std::move(responder));
        });
    m_port = m_server->listen(QHostAddress::LocalHost, port);
    if (m_port == 0) {
        qCWarning(lcSimulator) << "simulator could not listen on port" << port;
        m_server.reset();
        return false;
    }
    qCInfo(lcSimulator) << "Cliniko simulator listening on" << baseUrl().toString();
    return true;
}

QUrl ClinikoSimulator::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(m_port));
}

QDateTime ClinikoSimulator::now() const
{
    const QDateTime t = m_fixedNow.isValid() ? m_fixedNow : QDateTime::currentDateTimeUtc();
    return QDateTime::fromSecsSinceEpoch(t.toSecsSinceEpoch(), Qt::UTC);
}

void ClinikoSimulator::setFixedNow(const QDateTime &utc)
{
    m_fixedNow = utc.isValid() ? utc.toUTC() : QDateTime();
}

// --- live activity and explicit changes ---------------------------------------------------

void ClinikoSimulator::changed(QList<RecordId> ids)
{
    ++m_dataVersion;
    emit dataChanged(ids);
}

QList<RecordId> ClinikoSimulator::tick(int count)
{
    const QList<RecordId> ids = m_activity.apply(m_clinic, now(), count);
    changed(ids);
    return ids;
}

void ClinikoSimulator::startLiveActivity(int intervalMs, int changesPerTick)
{
    m_changesPerTick = changesPerTick;
    m_liveTimer->start(intervalMs);
}

void ClinikoSimulator::stopLiveActivity()
{
    m_liveTimer->stop();
}

RecordId ClinikoSimulator::addAppointment(RecordId patientId, RecordId practitionerId,
                                          RecordId businessId, RecordId appointmentTypeId,
                                          const QDateTime &startsAtUtc)
{
    const RecordId id = m_clinic.addAppointment(patientId, practitionerId, businessId,
                                                appointmentTypeId, startsAtUtc, now());
    if (id)
        changed({id});
    return id;
}

#define ROUTIQ_SIM_CHANGE(call, id)                                                                \
    do {                                                                                           \
        if (!(call))                                                                               \
            return false;                                                                          \
        changed({id});                                                                             \
        return true;                                                                               \
    } while (false)

bool ClinikoSimulator::cancelAppointment(RecordId id, int reason, const QString &note)
{
    ROUTIQ_SIM_CHANGE(m_clinic.cancelAppointment(id, reason, note, now()), id);
}

bool ClinikoSimulator::archiveAppointment(RecordId id)
{
    ROUTIQ_SIM_CHANGE(m_clinic.archiveAppointment(id, now()), id);
}

bool ClinikoSimulator::markDidNotArrive(RecordId id)
{
    ROUTIQ_SIM_CHANGE(m_clinic.markDidNotArrive(id, now()), id);
}

bool ClinikoSimulator::markArrived(RecordId id)
{
    ROUTIQ_SIM_CHANGE(m_clinic.markArrived(id, now()), id);
}

bool ClinikoSimulator::rescheduleAppointment(RecordId id, const QDateTime &newStartUtc)
{
    ROUTIQ_SIM_CHANGE(m_clinic.rescheduleAppointment(id, newStartUtc, now()), id);
}

bool ClinikoSimulator::editAppointmentNotes(RecordId id, const QString &notes)
{
    ROUTIQ_SIM_CHANGE(m_clinic.editAppointmentNotes(id, notes, now()), id);
}

bool ClinikoSimulator::archivePatient(RecordId id)
{
    if (!m_clinic.archivePatient(id, now()))
        return false;
    changed({});
    return true;
}

bool ClinikoSimulator::deactivatePractitioner(RecordId id)
{
    if (!m_clinic.deactivatePractitioner(id, now()))
        return false;
    changed({});
    return true;
}

#undef ROUTIQ_SIM_CHANGE

// --- faults and limits --------------------------------------------------------------------

void ClinikoSimulator::injectFault(const SimulatorFault &fault, int count)
{
    for (int i = 0; i < count; ++i)
        m_faults.append(fault);
}

void ClinikoSimulator::injectFault(SimulatorFault::Kind kind, int count)
{
    SimulatorFault fault;
    fault.kind = kind;
    injectFault(fault, count);
}

void ClinikoSimulator::clearFaults()
{
    m_faults.clear();
}

void ClinikoSimulator::setRateLimit(int requests, qint64 windowMs)
{
    m_options.rateLimitRequests = requests;
    m_options.rateLimitWindowMs = windowMs;
    m_rateWindows.clear();
}

void ClinikoSimulator::setRateLimitEnabled(bool enabled)
{
    m_options.rateLimitEnabled = enabled;
    m_rateWindows.clear();
}

int ClinikoSimulator::countStatus(int status) const
{
    return int(std::count_if(m_requests.cbegin(), m_requests.cend(),
                             [status](const RequestRecord &r) { return r.status == status; }));
}

// --- HTTP ---------------------------------------------------------------------------------

void ClinikoSimulator::handle(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    const Reply reply = respond(request);
    m_requests.append(RequestRecord{request.url().path(), request.url().query(QUrl::FullyDecoded),
                                    reply.status, m_uptime.elapsed()});
    emit requestServed(request.url().path(), reply.status);

    auto response = std::make_shared<QHttpServerResponse>(
        reply.contentType, reply.body, QHttpServerResponse::StatusCode(reply.status));
    for (const auto &[name, value] : reply.headers)
        response->addHeader(name, value);
    // Answers go out in several writes; without this, Nagle's algorithm and delayed ACKs on
    // loopback add ~40 ms to some replies.
    if (QTcpSocket *socket = responder.socket())
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    if (reply.delayMs <= 0) {
        response->write(std::move(responder));
        return;
    }
    auto pending = std::make_shared<QHttpServerResponder>(std::move(responder));
    const QPointer<QTcpSocket> socket = pending->socket();
    QTimer::singleShot(reply.delayMs, this, [pending, response, socket] {
        if (socket && socket->state() == QAbstractSocket::ConnectedState)
            response->write(std::move(*pending));
    });
}

ClinikoSimulator::Reply ClinikoSimulator::respond(const QHttpServerRequest &request)
{
    int delayMs = 0;
    bool truncate = false;
    if (!m_faults.isEmpty()) {
        const SimulatorFault fault = m_faults.takeFirst();
        switch (fault.kind) {
        case SimulatorFault::Kind::ServerError:
            return Reply::message(503, QStringLiteral("Service temporarily unavailable"));
        case SimulatorFault::Kind::HtmlPage:
            return Reply{200,
                         QByteArrayLiteral("<!DOCTYPE html><html><head><title>Cliniko is down for "
                                           "maintenance</title></head><body><h1>Back soon"
                                           "</h1></body></html>"),
                         QByteArrayLiteral("text/html; charset=utf-8"),
                         {},
                         0};
        case SimulatorFault::Kind::MalformedJson:
            return Reply{200,
                         QByteArrayLiteral("{\"individual_appointments\": [ {\"id\": ,}"),
                         QByteArrayLiteral("application/json; charset=utf-8"),
                         {},
                         0};
        case SimulatorFault::Kind::Unauthorized:
            return Reply::message(401, QStringLiteral("Unauthorized"));
        case SimulatorFault::Kind::RateLimited: {
            const QDateTime reset = fault.resetAt.isValid() ? fault.resetAt : now().addSecs(60);
            Reply r = Reply::message(429, QStringLiteral("Too many requests"));
            if (fault.retryAfterSecs >= 0)
                r.headers.append(
                    {QByteArrayLiteral("Retry-After"), QByteArray::number(fault.retryAfterSecs)});
            else
                r.headers.append({QByteArrayLiteral("X-RateLimit-Reset"),
                                  QByteArray::number(reset.toSecsSinceEpoch())});
            return r;
        }
        case SimulatorFault::Kind::Slow:
            delayMs = fault.delayMs;
            break;
        case SimulatorFault::Kind::TruncatedJson:
            truncate = true;
            break;
        case SimulatorFault::Kind::EmptyList:
        case SimulatorFault::Kind::ShortList:
            break; // Nookal's reconcile faults; Cliniko's feed keeps deleted rows
        }
    }
    Reply reply = checkAccess(request);
    if (reply.status == 200)
        reply = route(request);
    reply.delayMs = delayMs;
    if (truncate)
        reply.body.truncate(reply.body.size() / 2);
    return reply;
}

ClinikoSimulator::Reply ClinikoSimulator::checkAccess(const QHttpServerRequest &request)
{
    const QByteArray auth = request.value(QByteArrayLiteral("Authorization"));
    QString key;
    if (auth.startsWith("Basic ")) {
        const QByteArray decoded = QByteArray::fromBase64(auth.mid(6).trimmed());
        key = QString::fromUtf8(decoded.left(decoded.indexOf(':')));
    }
    if (key.isEmpty() || key != m_options.apiKey)
        return Reply::message(401, QStringLiteral("Unauthorized"));

    static const QRegularExpression userAgent(QStringLiteral("^.+\\(.*\\S+@\\S+\\.\\S+.*\\)\\s*$"));
    if (m_options.requireUserAgent &&
        !userAgent.match(QString::fromUtf8(request.value(QByteArrayLiteral("User-Agent"))))
             .hasMatch()) {
        return Reply::message(403, QStringLiteral("Requests must include a User-Agent with your "
                                                  "application name and a contact email."));
    }

    if (m_options.rateLimitEnabled) {
        std::deque<qint64> &window = m_rateWindows[key];
        const qint64 nowMs = m_uptime.elapsed();
        while (!window.empty() && window.front() <= nowMs - m_options.rateLimitWindowMs)
            window.pop_front();
        if (int(window.size()) >= m_options.rateLimitRequests) {
            const qint64 waitMs = window.front() + m_options.rateLimitWindowMs - nowMs;
            const qint64 resetSecs =
                qint64(std::ceil(double(QDateTime::currentMSecsSinceEpoch() + waitMs) / 1000.0));
            Reply r = Reply::message(429, QStringLiteral("Too many requests"));
            r.headers.append(
                {QByteArrayLiteral("X-RateLimit-Reset"), QByteArray::number(resetSecs)});
            return r;
        }
        window.push_back(nowMs);
    }
    return Reply{};
}

template <typename Rows, typename Visible, typename Render>
ClinikoSimulator::Reply ClinikoSimulator::list(const QHttpServerRequest &request,
                                               const QString &path, const QString &key,
                                               const Rows &rows, const QStringList &searchable,
                                               Visible visible, Render render) const
{
    QString error;
    const QUrlQuery query(request.url());
    const auto q = ClinikoListQuery::parse(query, searchable, &error);
    if (!q)
        return Reply::message(400, error);

    // Paging through one query re-sorts nothing: the matching order is kept until the data
    // or the query (ignoring the page) changes.
    QUrlQuery withoutPage(query);
    withoutPage.removeAllQueryItems(QStringLiteral("page"));
    const QString cacheKey = path + QLatin1Char('?') + withoutPage.toString(QUrl::FullyDecoded);
    if (cacheKey != m_orderKey || m_dataVersion != m_orderVersion) {
        struct Hit
        {
            qint64 sortKey;
            RecordId id;
            qsizetype index;
        };
        std::vector<Hit> hits;
        hits.reserve(size_t(rows.size()));
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const auto &row = rows[i];
            if (!visible(row, *q) || !q->matches(row))
                continue;
            const QDateTime t = row.timestamp(q->sortField);
            hits.push_back(Hit{t.isValid() ? t.toMSecsSinceEpoch() : 0, row.id, i});
        }
        std::sort(hits.begin(), hits.end(), [&q](const Hit &a, const Hit &b) {
            if (a.sortKey != b.sortKey)
                return q->descending ? a.sortKey > b.sortKey : a.sortKey < b.sortKey;
            return a.id < b.id;
        });
        m_order.clear();
        m_order.reserve(hits.size());
        for (const Hit &h : hits)
            m_order.push_back(h.index);
        m_orderKey = cacheKey;
        m_orderVersion = m_dataVersion;
    }

    const qsizetype total = qsizetype(m_order.size());
    const qsizetype first = qsizetype(q->page - 1) * q->perPage;
    QJsonArray records;
    for (qsizetype i = first; i < std::min(total, first + q->perPage); ++i)
        records.append(render(rows[m_order[size_t(i)]]));

    const auto pageUrl = [&](int page) {
        QUrlQuery copy(query);
        copy.removeAllQueryItems(QStringLiteral("page"));
        copy.addQueryItem(QStringLiteral("page"), QString::number(page));
        QUrl url = baseUrl();
        url.setPath(baseUrl().path() + path);
        url.setQuery(copy);
        return url.toString(QUrl::FullyEncoded);
    };
    QJsonObject links{{QStringLiteral("self"), pageUrl(q->page)}};
    if (first + q->perPage < total)
        links.insert(QStringLiteral("next"), pageUrl(q->page + 1));
    if (q->page > 1)
        links.insert(QStringLiteral("previous"), pageUrl(q->page - 1));
    return Reply::json(QJsonObject{{key, records},
                                   {QStringLiteral("total_entries"), int(total)},
                                   {QStringLiteral("links"), links}});
}

ClinikoSimulator::Reply ClinikoSimulator::route(const QHttpServerRequest &request)
{
    if (request.method() != QHttpServerRequest::Method::Get)
        return Reply::message(405, QStringLiteral("Method not allowed"));
    QString path = request.url().path();
    const QString prefix = baseUrl().path();
    if (!path.startsWith(prefix + QLatin1Char('/')))
        return Reply::message(404, QStringLiteral("Not Found"));
    path = path.mid(prefix.size());
    while (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        path.chop(1);

    const ClinikoJsonWriter writer(baseUrl().toString(), m_options.advancedTimeZones);
    const QStringList basic{QStringLiteral("created_at"), QStringLiteral("updated_at")};
    const auto hideArchived = [](const auto &row, const ClinikoListQuery &q) {
        return q.includes(QStringLiteral("archived_at")) || !row.archivedAt.isValid();
    };

    if (path == u"/businesses")
        return list(request, path, QStringLiteral("businesses"), m_clinic.businesses, basic,
                    hideArchived, [&](const SimBusiness &b) { return writer.business(b); });
    if (path == u"/practitioners" || path == u"/practitioners/inactive") {
        const bool wantActive = path == u"/practitioners";
        return list(
            request, path, QStringLiteral("practitioners"), m_clinic.practitioners, basic,
            [wantActive](const SimPractitioner &p, const ClinikoListQuery &) {
                return p.active == wantActive;
            },
            [&](const SimPractitioner &p) { return writer.practitioner(p); });
    }
    if (path == u"/appointment_types")
        return list(request, path, QStringLiteral("appointment_types"), m_clinic.appointmentTypes,
                    basic, hideArchived,
                    [&](const SimAppointmentType &t) { return writer.appointmentType(t); });
    if (path == u"/patients")
        return list(request, path, QStringLiteral("patients"), m_clinic.patients, basic,
                    hideArchived, [&](const SimPatient &p) { return writer.patient(p, m_clinic); });
    if (path == u"/individual_appointments") {
        const QStringList searchable{QStringLiteral("created_at"), QStringLiteral("updated_at"),
                                     QStringLiteral("starts_at"), QStringLiteral("ends_at")};
        return list(
            request, path, QStringLiteral("individual_appointments"), m_clinic.appointments,
            searchable,
            [](const SimAppointment &a, const ClinikoListQuery &q) {
                return (q.includes(QStringLiteral("archived_at")) || !a.isArchived()) &&
                       (q.includes(QStringLiteral("cancelled_at")) || !a.isCancelled());
            },
            [&](const SimAppointment &a) { return writer.appointment(a, m_clinic); });
    }
    if (path == u"/settings")
        return Reply::json(writer.settings(m_clinic));
    if (path == u"/user")
        return Reply::json(
            QJsonObject{{QStringLiteral("id"), QStringLiteral("1")},
                        {QStringLiteral("first_name"), QStringLiteral("Front")},
                        {QStringLiteral("last_name"), QStringLiteral("Desk")},
                        {QStringLiteral("time_zone"), m_clinic.accountTimeZoneLabel}});
    if (path.startsWith(u"/individual_appointments/")) {
        bool ok = false;
        const RecordId id = path.section(QLatin1Char('/'), 2, 2).toLongLong(&ok);
        if (const SimAppointment *a = ok ? m_clinic.appointment(id) : nullptr)
            return Reply::json(writer.appointment(*a, m_clinic));
    }
    return Reply::message(404, QStringLiteral("Not Found"));
}

} // namespace routiq
