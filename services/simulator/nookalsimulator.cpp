#include "nookalsimulator.h"

#include "nookaljsonwriter.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
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

SimulatorReply failure(const QString &code, const QString &message)
{
    return SimulatorReply::json(QJsonObject{
        {QStringLiteral("status"), QStringLiteral("failure")},
        {QStringLiteral("details"), QJsonObject{{QStringLiteral("errorMessage"), message},
                                                {QStringLiteral("errorCode"), code}}}});
}

SimulatorReply html(int status, const QByteArray &page)
{
    return SimulatorReply::raw(status, page, QByteArrayLiteral("text/html; charset=UTF-8"));
}

} // namespace

NookalSimulator::NookalSimulator(SimulatedClinic clinic, Options options, QObject *parent)
    : SimulatorCore(std::move(clinic), options.activitySeed, QStringLiteral("Nookal"),
                    QStringLiteral("/production/v2"), parent),
      SimulatorState(std::move(options))
{}

// --- changes ------------------------------------------------------------------------------

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
    return changedIf(m_clinic.cancelAppointment(id, 0, {}, now()), id);
}

bool NookalSimulator::markDna(RecordId id)
{
    return markDidNotArrive(id);
}

bool NookalSimulator::deleteAppointment(RecordId id)
{
    return archiveAppointment(id);
}

// --- HTTP ---------------------------------------------------------------------------------

NookalSimulator::Reply NookalSimulator::answer(const QHttpServerRequest &request, QString *what)
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
        reply = html(404, html404());
    } else {
        method = path.mid(kPathPrefix.size());
        reply = respond(method, params);
    }
    params.remove(QStringLiteral("api_key"));
    *what = method;
    logRequest(RequestRecord{method, post ? QByteArrayLiteral("POST") : QByteArrayLiteral("GET"),
                             params, reply.status});
    return reply;
}

NookalSimulator::Reply NookalSimulator::respond(const QString &method,
                                                const QHash<QString, QString> &params)
{
    m_listShare = ListShare::All;
    const auto due = [&params](const SimulatorFault &f) {
        return f.onlyWithParam.isEmpty() || params.contains(f.onlyWithParam);
    };
    return underFault(due, [&] {
        const QString key = params.value(QStringLiteral("api_key"));
        if (key.isEmpty())
            return failure(QStringLiteral("L000_1"), QStringLiteral("Missing variable: api_key"));
        if (key != m_options.apiKey)
            return failure(QStringLiteral("L000_2"), QStringLiteral("Invalid api_key"));
        return route(method, params);
    });
}

std::optional<NookalSimulator::Reply> NookalSimulator::faultReply(const SimulatorFault &fault)
{
    switch (fault.kind) {
    case SimulatorFault::Kind::ServerError:
        return html(503, QByteArrayLiteral("<html><body><h1>503 Service Unavailable"
                                           "</h1></body></html>"));
    case SimulatorFault::Kind::HtmlPage:
        return html(200, QByteArrayLiteral("<!DOCTYPE html><html><head><title>Nookal "
                                           "is down for maintenance</title></head>"
                                           "<body>Back soon</body></html>"));
    case SimulatorFault::Kind::MalformedJson:
        return Reply::raw(200, QByteArrayLiteral("{\"status\":\"success\",\"data\":{\"results\":{"),
                          QByteArrayLiteral("application/json"));
    case SimulatorFault::Kind::Unauthorized: // Nookal answers key problems with HTTP 200
        return failure(QStringLiteral("L000_2"), QStringLiteral("Invalid api_key"));
    case SimulatorFault::Kind::RateLimited: {
        Reply r =
            Reply::json(QJsonObject{{QStringLiteral("status"), QStringLiteral("failure")}}, 429);
        const qint64 wait = fault.retryAfterSecs >= 0
                                ? fault.retryAfterSecs
                                : std::max<qint64>(0, now().secsTo(resetTime(fault)));
        r.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(wait)});
        return r;
    }
    case SimulatorFault::Kind::EmptyList:
        m_listShare = ListShare::None;
        break;
    case SimulatorFault::Kind::ShortList:
        m_listShare = ListShare::Third;
        break;
    case SimulatorFault::Kind::Slow:
    case SimulatorFault::Kind::TruncatedJson: // applied by SimulatorCore
        break;
    }
    return std::nullopt;
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
        return failure(QStringLiteral("L100"), QStringLiteral("Invalid page or page_length"));

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
    return html(404, html404());
}

} // namespace routiq
