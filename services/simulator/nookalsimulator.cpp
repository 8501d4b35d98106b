#include "nookalsimulator.h"

#include "core/logging.h"
#include "nookaljsonwriter.h"
#include "simulatorhttpserver.h"

#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>

namespace routiq {

namespace {

const QString kPathPrefix = QStringLiteral("/production/v2/");

QHash<QString, QString> decodeForm(const QByteArray &form)
{
    QByteArray text = form;
    text.replace('+', "%20"); // form encoding writes spaces as '+'
    QHash<QString, QString> out;
    const QUrlQuery query(QString::fromLatin1(text));
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded))
        out.insert(name, value);
    return out;
}

QByteArray html404()
{
    return QByteArrayLiteral("<!DOCTYPE html><html><head><title>404 - Page not found | Nookal"
                             "</title></head><body><h1>Page not found</h1><p>The page you were "
                             "looking for could not be found.</p></body></html>");
}

} // namespace

struct NookalSimulator::Reply
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = QByteArrayLiteral("application/json; charset=utf-8");
    QList<QPair<QByteArray, QByteArray>> headers;
    int delayMs = 0;

    static Reply json(const QJsonObject &o, int status = 200)
    {
        return Reply{status,
                     QJsonDocument(o).toJson(QJsonDocument::Compact),
                     QByteArrayLiteral("application/json; charset=utf-8"),
                     {},
                     0};
    }
    static Reply failure(const QString &code, const QString &message)
    {
        return json(QJsonObject{
            {QStringLiteral("status"), QStringLiteral("failure")},
            {QStringLiteral("details"), QJsonObject{{QStringLiteral("errorMessage"), message},
                                                    {QStringLiteral("errorCode"), code}}}});
    }
    static Reply html(int status, const QByteArray &page)
    {
        return Reply{status, page, QByteArrayLiteral("text/html; charset=UTF-8"), {}, 0};
    }
};

NookalSimulator::NookalSimulator(SimulatedClinic clinic, QObject *parent)
    : NookalSimulator(std::move(clinic), Options{}, parent)
{}

NookalSimulator::NookalSimulator(SimulatedClinic clinic, Options options, QObject *parent)
    : QObject(parent), m_clinic(std::move(clinic)), m_options(std::move(options)),
      m_activity(m_options.activitySeed), m_liveTimer(new QTimer(this))
{
    connect(m_liveTimer, &QTimer::timeout, this, [this] { tick(m_changesPerTick); });
}

NookalSimulator::~NookalSimulator() = default;

bool NookalSimulator::start(quint16 port)
{
    m_server = std::make_unique<SimulatorHttpServer>(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            handle(request, std::move(responder));
        });
    m_port = m_server->listen(QHostAddress::LocalHost, port);
    if (m_port == 0) {
        qCWarning(lcSimulator) << "Nookal simulator could not listen on port" << port;
        m_server.reset();
        return false;
    }
    qCInfo(lcSimulator) << "Nookal simulator listening on" << baseUrl().toString();
    return true;
}

QUrl NookalSimulator::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/production/v2").arg(m_port));
}

QDateTime NookalSimulator::now() const
{
    const QDateTime t = m_fixedNow.isValid() ? m_fixedNow : QDateTime::currentDateTimeUtc();
    return QDateTime::fromSecsSinceEpoch(t.toSecsSinceEpoch(), Qt::UTC);
}

void NookalSimulator::setFixedNow(const QDateTime &utc)
{
    m_fixedNow = utc.isValid() ? utc.toUTC() : QDateTime();
}

// --- changes ------------------------------------------------------------------------------

bool NookalSimulator::changed(bool ok, RecordId id)
{
    if (ok)
        emit dataChanged({id});
    return ok;
}

RecordId NookalSimulator::addAppointment(RecordId patientId, RecordId practitionerId,
                                         RecordId locationId, RecordId appointmentTypeId,
                                         const QDateTime &startsAtUtc)
{
    const RecordId id = m_clinic.addAppointment(patientId, practitionerId, locationId,
                                                appointmentTypeId, startsAtUtc, now());
    changed(id != 0, id);
    return id;
}

RecordId NookalSimulator::addAppointmentAt(RecordId patientId, RecordId practitionerId,
                                           RecordId locationId, RecordId appointmentTypeId,
                                           const QDate &date, const QTime &time)
{
    const NookalJsonWriter writer(m_clinic, false);
    const QDateTime start(date, time, writer.zoneFor(locationId));
    return addAppointment(patientId, practitionerId, locationId, appointmentTypeId, start.toUTC());
}

bool NookalSimulator::cancelAppointment(RecordId id)
{
    return changed(m_clinic.cancelAppointment(id, 0, {}, now()), id);
}

bool NookalSimulator::markDna(RecordId id)
{
    return changed(m_clinic.markDidNotArrive(id, now()), id);
}

bool NookalSimulator::markArrived(RecordId id)
{
    return changed(m_clinic.markArrived(id, now()), id);
}

bool NookalSimulator::deleteAppointment(RecordId id)
{
    return changed(m_clinic.archiveAppointment(id, now()), id);
}

QList<RecordId> NookalSimulator::tick(int count)
{
    const QList<RecordId> ids = m_activity.apply(m_clinic, now(), count);
    emit dataChanged(ids);
    return ids;
}

void NookalSimulator::startLiveActivity(int intervalMs, int changesPerTick)
{
    m_changesPerTick = changesPerTick;
    m_liveTimer->start(intervalMs);
}

void NookalSimulator::stopLiveActivity()
{
    m_liveTimer->stop();
}

void NookalSimulator::injectFault(const SimulatorFault &fault, int count)
{
    for (int i = 0; i < count; ++i)
        m_faults.append(fault);
}

void NookalSimulator::injectFault(SimulatorFault::Kind kind, int count)
{
    SimulatorFault fault;
    fault.kind = kind;
    injectFault(fault, count);
}

// --- HTTP ---------------------------------------------------------------------------------

void NookalSimulator::handle(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    const QString path = request.url().path();
    QHash<QString, QString> params;
    const QUrlQuery query(request.url());
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded))
        params.insert(name, value);
    const bool post = request.method() == QHttpServerRequest::Method::Post;
    if (post) {
        const QHash<QString, QString> form = decodeForm(request.body());
        for (auto it = form.cbegin(); it != form.cend(); ++it)
            params.insert(it.key(), it.value());
    }
    Reply reply;
    QString method;
    if (!path.startsWith(kPathPrefix) ||
        (!post && request.method() != QHttpServerRequest::Method::Get)) {
        reply = Reply::html(404, html404());
    } else {
        method = path.mid(kPathPrefix.size());
        reply = respond(method, params);
    }
    params.remove(QStringLiteral("api_key"));
    m_requests.append(RequestRecord{
        method, post ? QByteArrayLiteral("POST") : QByteArrayLiteral("GET"), params, reply.status});
    emit requestServed(method, reply.status);

    auto response = std::make_shared<QHttpServerResponse>(
        reply.contentType, reply.body, QHttpServerResponse::StatusCode(reply.status));
    for (const auto &[name, value] : reply.headers)
        response->addHeader(name, value);
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

NookalSimulator::Reply NookalSimulator::respond(const QString &method,
                                                const QHash<QString, QString> &params)
{
    int delayMs = 0;
    bool truncate = false;
    m_listShare = ListShare::All;
    const auto due = std::find_if(m_faults.begin(), m_faults.end(), [&](const SimulatorFault &f) {
        return f.onlyWithParam.isEmpty() || params.contains(f.onlyWithParam);
    });
    if (due != m_faults.end()) {
        const SimulatorFault fault = *due;
        m_faults.erase(due);
        switch (fault.kind) {
        case SimulatorFault::Kind::ServerError:
            return Reply::html(503, QByteArrayLiteral("<html><body><h1>503 Service Unavailable"
                                                      "</h1></body></html>"));
        case SimulatorFault::Kind::HtmlPage:
            return Reply::html(200, QByteArrayLiteral("<!DOCTYPE html><html><head><title>Nookal "
                                                      "is down for maintenance</title></head>"
                                                      "<body>Back soon</body></html>"));
        case SimulatorFault::Kind::MalformedJson:
            return Reply{200,
                         QByteArrayLiteral("{\"status\":\"success\",\"data\":{\"results\":{"),
                         QByteArrayLiteral("application/json"),
                         {},
                         0};
        case SimulatorFault::Kind::Unauthorized: // Nookal answers key problems with HTTP 200
            return Reply::failure(QStringLiteral("L000_2"), QStringLiteral("Invalid api_key"));
        case SimulatorFault::Kind::RateLimited: {
            const QDateTime reset = fault.resetAt.isValid() ? fault.resetAt : now().addSecs(60);
            Reply r = Reply::json(
                QJsonObject{{QStringLiteral("status"), QStringLiteral("failure")}}, 429);
            const qint64 wait = fault.retryAfterSecs >= 0
                                    ? fault.retryAfterSecs
                                    : std::max<qint64>(0, now().secsTo(reset));
            r.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(wait)});
            return r;
        }
        case SimulatorFault::Kind::Slow:
            delayMs = fault.delayMs;
            break;
        case SimulatorFault::Kind::TruncatedJson:
            truncate = true;
            break;
        case SimulatorFault::Kind::EmptyList:
            m_listShare = ListShare::None;
            break;
        case SimulatorFault::Kind::ShortList:
            m_listShare = ListShare::Third;
            break;
        }
    }
    Reply reply;
    const QString key = params.value(QStringLiteral("api_key"));
    if (key.isEmpty())
        reply =
            Reply::failure(QStringLiteral("L000_1"), QStringLiteral("Missing variable: api_key"));
    else if (key != m_options.apiKey)
        reply = Reply::failure(QStringLiteral("L000_2"), QStringLiteral("Invalid api_key"));
    else
        reply = route(method, params);
    reply.delayMs = delayMs;
    if (truncate)
        reply.body.truncate(reply.body.size() / 2);
    return reply;
}

template <typename Rows, typename Keep, typename Render>
NookalSimulator::Reply
NookalSimulator::list(const QString &method, const QString &key, const Rows &rows,
                      const QHash<QString, QString> &params, Keep keep, Render render)
{
    bool ok = true;
    const int page = params.value(QStringLiteral("page"), QStringLiteral("1")).toInt(&ok);
    bool lengthOk = true;
    const int length = std::min(
        m_options.maxPageLength,
        params.value(QStringLiteral("page_length"), QString::number(m_options.defaultPageLength))
            .toInt(&lengthOk));
    if (!ok || !lengthOk || page < 1 || length < 1)
        return Reply::failure(QStringLiteral("L100"),
                              QStringLiteral("Invalid page or page_length"));

    QList<qsizetype> hits; // rows are kept in id order, as Nookal lists them
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (keep(rows[i]))
            hits.append(i);
    }
    qsizetype total = hits.size();
    const qsizetype first = qsizetype(page - 1) * length;
    qsizetype last = std::min(total, first + length);
    if (m_listShare != ListShare::All) { // a list cut short by a fault: it says it is complete
        last = m_listShare == ListShare::None ? first
                                              : first + std::max<qsizetype>(0, last - first) / 3;
        total = std::max(first, last);
    }
    const bool drift = m_options.typeDrift && (m_served++ % 2 == 1);
    QJsonArray array;
    QJsonObject keyed; // the other shape Nookal uses for a collection
    for (qsizetype i = first; i < last; ++i) {
        const QJsonObject o = render(rows[hits[i]]);
        array.append(o);
        keyed.insert(QString::number(i - first), o);
    }
    const qsizetype count = std::max<qsizetype>(0, last - first);
    const NookalJsonWriter writer(m_clinic, drift);
    const QJsonValue next = last < total ? writer.number(page + 1) : QJsonValue(QJsonValue::Null);
    return Reply::json(QJsonObject{
        {QStringLiteral("status"), QStringLiteral("success")},
        {QStringLiteral("data"),
         QJsonObject{{QStringLiteral("api_call"), method},
                     {QStringLiteral("results"),
                      QJsonObject{{key, drift ? QJsonValue(keyed) : QJsonValue(array)}}}}},
        {QStringLiteral("details"),
         QJsonObject{{QStringLiteral("currentItems"), writer.number(count)},
                     {QStringLiteral("totalItems"), writer.number(total)}}},
        {QStringLiteral("settings"),
         QJsonObject{{QStringLiteral("currentPage"), writer.number(page)},
                     {QStringLiteral("nextPage"), next},
                     {QStringLiteral("pageLength"), writer.number(length)}}}});
}

NookalSimulator::Reply NookalSimulator::route(const QString &method,
                                              const QHash<QString, QString> &params)
{
    const NookalJsonWriter writer(m_clinic, m_options.typeDrift && m_served % 2 == 1);
    const auto all = [](const auto &) {
        return true;
    };
    if (method == u"verify")
        return Reply::json(QJsonObject{
            {QStringLiteral("status"), QStringLiteral("success")},
            {QStringLiteral("data"), QJsonObject{{QStringLiteral("api_call"), method},
                                                 {QStringLiteral("results"), QJsonObject{}}}}});
    if (method == u"getLocations")
        return list(method, QStringLiteral("locations"), m_clinic.businesses, params, all,
                    [&](const SimBusiness &b) { return writer.location(b); });
    if (method == u"getPractitioners") {
        const bool inactiveToo =
            params.value(QStringLiteral("include_inactive_practitioners")) == u"1";
        return list(
            method, QStringLiteral("practitioners"), m_clinic.practitioners, params,
            [inactiveToo](const SimPractitioner &p) { return inactiveToo || p.active; },
            [&](const SimPractitioner &p) { return writer.practitioner(p); });
    }
    if (method == u"getAppointmentTypes")
        return list(method, QStringLiteral("services"), m_clinic.appointmentTypes, params, all,
                    [&](const SimAppointmentType &t) { return writer.service(t); });

    const QString since = params.value(QStringLiteral("last_modified"));
    if (method == u"getPatients")
        return list(
            method, QStringLiteral("patients"), m_clinic.patients, params,
            [&](const SimPatient &p) {
                return since.isEmpty() ||
                       NookalJsonWriter::wallText(p.updatedAt, writer.clinicZone()) >= since;
            },
            [&](const SimPatient &p) { return writer.patient(p); });
    if (method == u"getAppointments") {
        const QDate from = QDate::fromString(params.value(QStringLiteral("date_from")),
                                             QStringLiteral("yyyy-MM-dd"));
        const QDate to = QDate::fromString(params.value(QStringLiteral("date_to")),
                                           QStringLiteral("yyyy-MM-dd"));
        const RecordId location = params.value(QStringLiteral("location_id")).toLongLong();
        return list(
            method, QStringLiteral("appointments"), m_clinic.appointments, params,
            [&](const SimAppointment &a) {
                if (a.isArchived() || (location != 0 && a.businessId != location))
                    return false; // deleted rows vanish
                const QTimeZone zone = writer.zoneFor(a.businessId);
                if (from.isValid() || to.isValid()) {
                    const QDate day = a.startsAt.toTimeZone(zone).date();
                    if ((from.isValid() && day < from) || (to.isValid() && day > to))
                        return false;
                }
                // Fixed-width wall-clock text compares like time (a bare date too).
                return since.isEmpty() || NookalJsonWriter::wallText(a.updatedAt, zone) >= since;
            },
            [&](const SimAppointment &a) {
                QJsonObject o = writer.appointment(a);
                if (m_options.zeroDateAppointments.contains(a.id))
                    o.insert(QStringLiteral("appointmentDate"), QStringLiteral("0000-00-00"));
                return o;
            });
    }
    return Reply::html(404, html404());
}

} // namespace routiq
