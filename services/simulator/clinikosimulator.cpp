#include "clinikosimulator.h"

#include "clinikojsonwriter.h"
#include "clinikolistquery.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>

#include <algorithm>
#include <cmath>
#include <vector>

namespace routiq {

namespace {

SimulatorReply message(int status, const QString &text)
{
    return SimulatorReply::json(QJsonObject{{QStringLiteral("message"), text}}, status);
}

} // namespace

ClinikoSimulator::ClinikoSimulator(SimulatedClinic clinic, Options options, QObject *parent)
    : SimulatorCore(std::move(clinic), options.activitySeed, QStringLiteral("Cliniko"),
                    QStringLiteral("/v1"), parent),
      SimulatorState(std::move(options))
{}

// --- explicit changes ---------------------------------------------------------------------

bool ClinikoSimulator::cancelAppointment(RecordId id, int reason, const QString &note)
{
    return changedIf(m_clinic.cancelAppointment(id, reason, note, now()), id);
}

bool ClinikoSimulator::rescheduleAppointment(RecordId id, const QDateTime &newStartUtc)
{
    return changedIf(m_clinic.rescheduleAppointment(id, newStartUtc, now()), id);
}

bool ClinikoSimulator::editAppointmentNotes(RecordId id, const QString &notes)
{
    return changedIf(m_clinic.editAppointmentNotes(id, notes, now()), id);
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

// --- limits ---------------------------------------------------------------------------

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

// --- HTTP ---------------------------------------------------------------------------------

ClinikoSimulator::Reply ClinikoSimulator::answer(const QHttpServerRequest &request, QString *what)
{
    const Reply reply = underFault({}, [&] {
        Reply r = checkAccess(request);
        return r.status == 200 ? route(request) : r;
    });
    *what = request.url().path();
    logRequest(
        RequestRecord{*what, request.url().query(QUrl::FullyDecoded), reply.status, elapsedMs()});
    return reply;
}

std::optional<ClinikoSimulator::Reply> ClinikoSimulator::faultReply(const SimulatorFault &fault)
{
    switch (fault.kind) {
    case SimulatorFault::Kind::ServerError:
        return message(503, QStringLiteral("Service temporarily unavailable"));
    case SimulatorFault::Kind::HtmlPage:
        return Reply::raw(200,
                          QByteArrayLiteral("<!DOCTYPE html><html><head><title>Cliniko is down for "
                                            "maintenance</title></head><body><h1>Back soon"
                                            "</h1></body></html>"),
                          QByteArrayLiteral("text/html; charset=utf-8"));
    case SimulatorFault::Kind::MalformedJson:
        return Reply::raw(200, QByteArrayLiteral("{\"individual_appointments\": [ {\"id\": ,}"),
                          QByteArrayLiteral("application/json; charset=utf-8"));
    case SimulatorFault::Kind::Unauthorized:
        return message(401, QStringLiteral("Unauthorized"));
    case SimulatorFault::Kind::RateLimited: {
        Reply r = message(429, QStringLiteral("Too many requests"));
        if (fault.retryAfterSecs >= 0)
            r.headers.append(
                {QByteArrayLiteral("Retry-After"), QByteArray::number(fault.retryAfterSecs)});
        else
            r.headers.append({QByteArrayLiteral("X-RateLimit-Reset"),
                              QByteArray::number(resetTime(fault).toSecsSinceEpoch())});
        return r;
    }
    case SimulatorFault::Kind::Slow:
    case SimulatorFault::Kind::TruncatedJson: // applied by SimulatorCore
    case SimulatorFault::Kind::EmptyList:
    case SimulatorFault::Kind::ShortList: // Nookal's reconcile faults; Cliniko's feed keeps
        break;                            // deleted rows
    }
    return std::nullopt;
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
        return message(401, QStringLiteral("Unauthorized"));

    static const QRegularExpression userAgent(QStringLiteral("^.+\\(.*\\S+@\\S+\\.\\S+.*\\)\\s*$"));
    if (m_options.requireUserAgent &&
        !userAgent.match(QString::fromUtf8(request.value(QByteArrayLiteral("User-Agent"))))
             .hasMatch()) {
        return message(403, QStringLiteral("Requests must include a User-Agent with your "
                                           "application name and a contact email."));
    }

    if (m_options.rateLimitEnabled) {
        std::deque<qint64> &window = m_rateWindows[key];
        const qint64 nowMs = elapsedMs();
        while (!window.empty() && window.front() <= nowMs - m_options.rateLimitWindowMs)
            window.pop_front();
        if (int(window.size()) >= m_options.rateLimitRequests) {
            const qint64 waitMs = window.front() + m_options.rateLimitWindowMs - nowMs;
            const qint64 resetSecs =
                qint64(std::ceil(double(QDateTime::currentMSecsSinceEpoch() + waitMs) / 1000.0));
            Reply r = message(429, QStringLiteral("Too many requests"));
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
        return message(400, error);

    // Paging through one query re-sorts nothing: the matching order is kept until the data
    // or the query (ignoring the page) changes.
    QUrlQuery withoutPage(query);
    withoutPage.removeAllQueryItems(QStringLiteral("page"));
    const QString cacheKey = path + QLatin1Char('?') + withoutPage.toString(QUrl::FullyDecoded);
    if (cacheKey != m_orderKey || dataVersion() != m_orderVersion) {
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
        m_orderVersion = dataVersion();
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
        return message(405, QStringLiteral("Method not allowed"));
    QString path = request.url().path();
    const QString prefix = baseUrl().path();
    if (!path.startsWith(prefix + QLatin1Char('/')))
        return message(404, QStringLiteral("Not Found"));
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
    return message(404, QStringLiteral("Not Found"));
}

} // namespace routiq
