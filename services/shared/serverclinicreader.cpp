#include "serverclinicreader.h"

#include "serverconnection.h"
#include "servererror.h"
#include "serverfactreader.h"
#include "storage/appointmentlistreader.h"
#include "storage/clinicscope.h"
#include "storage/referencedata.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace routiq {

namespace {

// May this session's account see names of `clinic`? The rule of routiq_patient_list, asked
// without reading (or auditing) anything; the function itself checks again on every read.
bool mayReadNames(const QSqlDatabase &db, const ClinicId &clinic, RoutiqError *error)
{
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral(
            "SELECT pg_has_role(session_user, 'routiq_admin', 'MEMBER') OR "
            "(pg_has_role(session_user, 'routiq_staff', 'MEMBER') AND EXISTS (SELECT 1 FROM "
            "account_clinics WHERE role_name = session_user AND clinic_id = ?))")) ||
        (q.addBindValue(clinic), !q.exec()) || !q.next()) {
        *error = ServerError::fromSql(q.lastError(), QStringLiteral("reading the account"));
        return false;
    }
    return q.value(0).toBool();
}

RoutiqError accessDenied()
{
    return RoutiqError::make(
        QStringLiteral("ACCESS_DENIED"),
        QCoreApplication::translate("routiq::ServerClinicReader",
                                    "Your account may not see patient names."));
}

QString idArray(const QList<RecordId> &ids)
{
    QStringList text;
    text.reserve(ids.size());
    for (RecordId id : ids)
        text << QString::number(id);
    return u'{' + text.join(u',') + u'}';
}

} // namespace

std::unique_ptr<ServerClinicReader> ServerClinicReader::open(const ServerConnInfo &server,
                                                             const ServerCredentials &credentials,
                                                             const ClinicId &clinic,
                                                             RoutiqError *error)
{
    auto facts = ServerFactReader::open(server, credentials, clinic, error);
    if (!facts)
        return nullptr;
    RoutiqError roleError;
    const bool patientLevel = mayReadNames(facts->connection().database(), clinic, &roleError);
    if (!roleError.isNull()) {
        if (error)
            *error = roleError;
        return nullptr;
    }
    return std::unique_ptr<ServerClinicReader>(
        new ServerClinicReader(std::move(facts), clinic, patientLevel));
}

ClinicReaderOpener ServerClinicReader::opener(ServerConnInfo server, ServerCredentials credentials,
                                              ClinicId clinic)
{
    return [server = std::move(server), credentials = std::move(credentials),
            clinic = std::move(clinic)](RoutiqError *error) -> std::unique_ptr<ClinicReader> {
        return open(server, credentials, clinic, error);
    };
}

ServerClinicReader::ServerClinicReader(std::unique_ptr<ServerFactReader> facts, ClinicId clinic,
                                       bool patientLevel)
    : m_facts(std::move(facts)), m_clinic(std::move(clinic)), m_patientLevel(patientLevel)
{}

ServerClinicReader::~ServerClinicReader() = default;

QString ServerClinicReader::connection() const
{
    return m_facts->connection().name();
}

QList<AppointmentFact> ServerClinicReader::loadFacts(RoutiqError *error) const
{
    return m_facts->loadFacts(error);
}

QList<AppointmentFact> ServerClinicReader::loadFacts(const QList<RecordId> &ids,
                                                     RoutiqError *error) const
{
    return m_facts->loadFacts(ids, error);
}

QList<AppointmentFact> ServerClinicReader::loadFactsBetween(QDate from, QDate to,
                                                            RoutiqError *error) const
{
    return m_facts->loadFactsBetween(from, to, error);
}

bool ServerClinicReader::loadFactsInChunks(
    qsizetype chunkSize, const std::function<void(const QList<AppointmentFact> &)> &chunk,
    RoutiqError *error) const
{
    return m_facts->loadFactsInChunks(chunkSize, chunk, error);
}

std::optional<MetricsSnapshot> ServerClinicReader::firstSnapshot(const MetricsRequest &, QDate,
                                                                 RoutiqError *) const
{
    return std::nullopt; // the full load is the first read on the server
}

QList<Location> ServerClinicReader::locations(RoutiqError *error) const
{
    const auto out = ReferenceData::locations(connection(), error, ClinicScope::clinic(m_clinic));
    ServerError::fromCacheRead(error, connection());
    return out;
}

QList<Practitioner> ServerClinicReader::practitioners(RoutiqError *error) const
{
    const auto out =
        ReferenceData::practitioners(connection(), error, ClinicScope::clinic(m_clinic));
    ServerError::fromCacheRead(error, connection());
    return out;
}

QDateTime ServerClinicReader::lastSuccessfulSync(RoutiqError *error) const
{
    const QDateTime at =
        ReferenceData::lastSuccessfulSync(connection(), ClinicScope::clinic(m_clinic), error);
    ServerError::fromCacheRead(error, connection());
    return at;
}

QSet<RecordId> ServerClinicReader::archivedPatients(RoutiqError *error) const
{
    const auto out =
        PatientDirectory::archivedPatients(connection(), error, ClinicScope::clinic(m_clinic));
    ServerError::fromCacheRead(error, connection());
    return out;
}

QList<BookedTime> ServerClinicReader::bookedTime(QDate first, QDate last, RoutiqError *error) const
{
    const auto out =
        BookedTimeReader::read(connection(), first, last, error, ClinicScope::clinic(m_clinic));
    ServerError::fromCacheRead(error, connection());
    return out;
}

QList<AppointmentListRow> ServerClinicReader::appointments(const AppointmentListQuery &query,
                                                           bool newView, RoutiqError *error) const
{
    if (query.withPatientNames && !m_patientLevel) {
        if (newView) // the server records the refusal
            contacts({}, QStringLiteral("appointments"), true, error);
        if (error)
            *error = accessDenied();
        return {};
    }
    QSqlError sqlError;
    QList<AppointmentListRow> rows = AppointmentListReader::read(
        m_facts->connection().database(), ClinicScope::clinic(m_clinic), query, false, &sqlError);
    if (sqlError.isValid()) {
        if (error)
            *error = ServerError::fromSql(sqlError, QStringLiteral("listing appointments"));
        return {};
    }
    if (!query.withPatientNames)
        return rows;
    QList<RecordId> patients;
    for (const AppointmentListRow &r : rows)
        if (!patients.contains(r.patientId))
            patients.append(r.patientId);
    RoutiqError namesError;
    const PatientContacts names =
        contacts(patients, QStringLiteral("appointments"), newView, &namesError);
    if (!namesError.isNull()) {
        if (error)
            *error = namesError;
        return {};
    }
    for (AppointmentListRow &r : rows)
        r.patientName = names.value(r.patientId).name;
    return rows;
}

PatientContacts ServerClinicReader::contacts(const QList<RecordId> &ids, const QString &what,
                                             bool newView, RoutiqError *error) const
{
    PatientContacts out;
    QList<RecordId> ask = ids;
    if (!newView && m_patientLevel) {
        ask.clear();
        for (RecordId id : ids) {
            if (const auto it = m_seen.constFind(id); it != m_seen.constEnd())
                out.insert(id, *it);
            else
                ask.append(id);
        }
        if (ask.isEmpty())
            return out;
    }
    // Called even for a refusal or no ids: the function writes the audit entry either way.
    QSqlQuery q(m_facts->connection().database());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT patient_id, first_name, last_name, phone FROM "
                                  "routiq_patient_list(?, ?, ?::bigint[])")) ||
        (q.addBindValue(m_clinic), q.addBindValue(what), q.addBindValue(idArray(ask)), !q.exec())) {
        if (error)
            *error = ServerError::fromSql(q.lastError(), QStringLiteral("reading patient names"));
        return {};
    }
    if (!m_patientLevel) {
        if (error)
            *error = accessDenied();
        return {};
    }
    while (q.next()) {
        const PatientContact contact{
            PatientDirectory::displayName(q.value(1).toString(), q.value(2).toString()),
            q.value(3).toString()};
        out.insert(q.value(0).toLongLong(), contact);
        m_seen.insert(q.value(0).toLongLong(), contact);
    }
    return out;
}

} // namespace routiq
