#include "serverclinicmetrics.h"

#include "metrics/appointmentindex.h"
#include "metrics/changeddays.h"
#include "metrics/metricscalculator.h"
#include "metrics/practitionerbreakdown.h"
#include "metrics/rangeresolver.h"
#include "metrics/todatecomparison.h"
#include "serverconnection.h"
#include "servererror.h"
#include "serverfactreader.h"
#include "session/cliniczone.h"
#include "storage/clinicscope.h"
#include "storage/clinicsyncstate.h"
#include "storage/referencedata.h"

#include <QSqlQuery>

#include <algorithm>

namespace routiq {

namespace {
RoutiqError badRequest(const QString &message)
{
    return RoutiqError::make(QStringLiteral("BAD_REQUEST"), message);
}
} // namespace

std::unique_ptr<ServerClinicMetrics>
ServerClinicMetrics::open(const ServerConnInfo &server, const ClinicId &clinic, RoutiqError *error)
{
    auto facts = ServerFactReader::open(server, clinic, error);
    if (!facts)
        return nullptr;
    auto connection = ServerConnection::open(server, error);
    if (!connection)
        return nullptr;
    QSqlQuery known(connection->database());
    known.prepare(QStringLiteral("SELECT 1 FROM clinics WHERE id = ?"));
    known.addBindValue(clinic);
    if (!known.exec()) {
        *error = ServerError::fromSql(known.lastError(), QStringLiteral("reading the clinics"));
        return nullptr;
    }
    if (!known.next()) {
        *error =
            badRequest(QStringLiteral("The server has no clinic with the id '%1'.").arg(clinic));
        return nullptr;
    }
    return std::unique_ptr<ServerClinicMetrics>(
        new ServerClinicMetrics(std::move(connection), std::move(facts), clinic));
}

ServerClinicMetrics::ServerClinicMetrics(std::unique_ptr<ServerConnection> connection,
                                         std::unique_ptr<ServerFactReader> facts, ClinicId clinic)
    : m_connection(std::move(connection)), m_facts(std::move(facts)), m_clinic(std::move(clinic))
{}

ServerClinicMetrics::~ServerClinicMetrics() = default;

std::optional<QList<Location>> ServerClinicMetrics::locations(RoutiqError *error) const
{
    const QList<Location> out =
        ReferenceData::locations(m_connection->name(), error, ClinicScope::clinic(m_clinic));
    ServerError::fromCacheRead(error, m_connection->name());
    if (!error->isNull())
        return std::nullopt;
    return out;
}

std::optional<QList<RecordId>> ServerClinicMetrics::practitionerIds(RoutiqError *error) const
{
    const auto names = practitionerNames(error);
    if (!names)
        return std::nullopt;
    return names->keys();
}

std::optional<ServerClinicMetrics::Prepared>
ServerClinicMetrics::prepare(const MetricsRequest &request, const QDateTime &nowUtc,
                             RoutiqError *error)
{
    const auto places = locations(error);
    if (!places)
        return std::nullopt;
    if (request.locationId && std::none_of(places->begin(), places->end(), [&](const Location &l) {
            return l.id == *request.locationId;
        })) {
        *error = badRequest(QStringLiteral("Clinic '%1' has no location %2.")
                                .arg(m_clinic)
                                .arg(*request.locationId));
        return std::nullopt;
    }
    if (request.practitionerId) {
        const auto ids = practitionerIds(error);
        if (!ids)
            return std::nullopt;
        if (!ids->contains(*request.practitionerId)) {
            *error = badRequest(QStringLiteral("Clinic '%1' has no practitioner %2.")
                                    .arg(m_clinic)
                                    .arg(*request.practitionerId));
            return std::nullopt;
        }
    }
    Prepared p;
    p.lastUpdated = ClinicSyncState(m_connection->database(), ClinicScope::clinic(m_clinic))
                        .lastSuccessfulSync();
    if (!p.lastUpdated.isValid()) {
        *error = RoutiqError::make(QStringLiteral("CACHE_EMPTY"),
                                   QStringLiteral("Clinic '%1' has not finished its first sync on "
                                                  "the server yet: is its agent running?")
                                       .arg(m_clinic));
        return std::nullopt;
    }
    ClinicConnection connection;
    connection.id = m_clinic;
    const QTimeZone zone = ClinicZone::forToday(*places, request.locationId, connection);
    p.today = nowUtc.toTimeZone(zone).date();
    const std::optional<ResolvedRange> range = RangeResolver::resolve(request, p.today, error);
    if (!range)
        return std::nullopt;
    p.range = *range;
    if (!m_loaded) {
        RoutiqError readError;
        m_index.reset(m_facts->loadFacts(&readError));
        if (!readError.isNull()) {
            *error = readError;
            return std::nullopt;
        }
        m_loaded = true;
    }
    return p;
}

std::optional<MetricsSnapshot> ServerClinicMetrics::compute(const MetricsRequest &request,
                                                            const QDateTime &nowUtc,
                                                            RoutiqError *error)
{
    const auto p = prepare(request, nowUtc, error);
    if (!p)
        return std::nullopt;
    const MetricsCalculator calculator(m_index);
    const MetricsFilter filter = MetricsFilter::fromRequest(request);
    MetricsSnapshot s;
    s.request = request;
    s.range = p->range;
    s.current = calculator.compute(p->range, filter);
    s.previous = calculator.computePrevious(p->range, filter);
    s.toDate = ToDateComparison::compute(calculator, p->range, filter, p->today);
    s.lastUpdated = p->lastUpdated;
    s.generation = 1;
    return s;
}

std::optional<PractitionerTable>
ServerClinicMetrics::practitionerTable(const MetricsRequest &request, const QDateTime &nowUtc,
                                       RoutiqError *error)
{
    MetricsRequest r = request;
    r.practitionerId.reset();
    const auto p = prepare(r, nowUtc, error);
    if (!p)
        return std::nullopt;
    PractitionerTable table;
    table.request = r;
    table.range = p->range;
    table.rows = PractitionerBreakdown::compute(m_index, p->range, r.locationId);
    table.lastUpdated = p->lastUpdated;
    return table;
}

std::optional<QHash<RecordId, QString>>
ServerClinicMetrics::practitionerNames(RoutiqError *error) const
{
    const auto people =
        ReferenceData::practitioners(m_connection->name(), error, ClinicScope::clinic(m_clinic));
    ServerError::fromCacheRead(error, m_connection->name());
    if (!error->isNull())
        return std::nullopt;
    QHash<RecordId, QString> names;
    for (const Practitioner &p : people)
        names.insert(p.id, p.displayName);
    return names;
}

bool ServerClinicMetrics::apply(const QList<QDate> &dates, RoutiqError *error)
{
    if (!m_loaded)
        return true; // the next compute() reads everything anyway
    const auto changed = ChangedDays::read(*m_facts, m_index, dates, error);
    if (!changed) {
        m_loaded = false;
        return false;
    }
    m_index.apply(changed->upserted, changed->deleted);
    return true;
}

} // namespace routiq
