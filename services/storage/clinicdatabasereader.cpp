#include "clinicdatabasereader.h"

#include "appointmentfactrow.h"
#include "clinicschema.h"
#include "databasefile.h"
#include "sqlconnection.h"
#include "storageerror.h"

#include <QSqlQuery>

namespace routiq {

namespace {

QString factSelect()
{
    return AppointmentFactRow::select(AppointmentFactRow::Dialect::Sqlite);
}

AppointmentFact factFrom(const QSqlQuery &q)
{
    return AppointmentFactRow::from(q);
}

AppointmentStatus statusOf(bool deleted, bool cancelled, const QVariant &dna,
                           const QVariant &arrived)
{
    if (deleted)
        return AppointmentStatus::Deleted;
    if (cancelled)
        return AppointmentStatus::Cancelled;
    if (!dna.isNull() && dna.toInt() == 1)
        return AppointmentStatus::Missed;
    if (!arrived.isNull() && arrived.toInt() == 1)
        return AppointmentStatus::Attended;
    return AppointmentStatus::Booked;
}

// As the metrics count it: real elapsed time, strictly less than 24 h; a cancellation without
// a time is never late. A deleted row is not a cancellation at all.
bool isLateCancellation(const AppointmentListRow &r)
{
    constexpr qint64 msecsPerDay = 24LL * 60 * 60 * 1000;
    return r.status == AppointmentStatus::Cancelled && r.cancelledAtUtc.isValid() &&
           r.cancelledAtUtc.msecsTo(r.startsAtUtc) < msecsPerDay;
}

} // namespace

std::unique_ptr<ClinicDatabaseReader>
ClinicDatabaseReader::open(const QString &filePath, const DatabaseKey &key, RoutiqError *error)
{
    OpenedDatabase opened = DatabaseFile::openForReading(filePath, key, ClinicSchema::migrator());
    if (!opened.connection) {
        if (error)
            *error = opened.error;
        return nullptr;
    }
    return std::unique_ptr<ClinicDatabaseReader>(
        new ClinicDatabaseReader(std::move(opened.connection)));
}

ClinicDatabaseReader::ClinicDatabaseReader(std::unique_ptr<SqlConnection> connection)
    : m_connection(std::move(connection))
{}

ClinicDatabaseReader::~ClinicDatabaseReader() = default;

QString ClinicDatabaseReader::connectionName() const
{
    return m_connection->name();
}

QList<AppointmentFact> ClinicDatabaseReader::loadFacts(RoutiqError *error) const
{
    QList<AppointmentFact> facts;
    QSqlQuery q(m_connection->database());
    q.setForwardOnly(true);
    if (!q.exec(factSelect())) {
        if (error)
            *error = StorageError::fromSql(q.lastError(), QStringLiteral("loading appointments"));
        return facts;
    }
    while (q.next())
        facts.append(factFrom(q));
    if (q.lastError().isValid() && error)
        *error = StorageError::fromSql(q.lastError(), QStringLiteral("loading appointments"));
    return facts;
}

bool ClinicDatabaseReader::loadFactsInChunks(
    qsizetype chunkSize, const std::function<void(const QList<AppointmentFact> &)> &chunk,
    RoutiqError *error) const
{
    QSqlQuery q(m_connection->database());
    q.setForwardOnly(true);
    if (!q.exec(factSelect())) {
        if (error)
            *error = StorageError::fromSql(q.lastError(), QStringLiteral("loading appointments"));
        return false;
    }
    QList<AppointmentFact> facts;
    facts.reserve(chunkSize);
    while (q.next()) {
        facts.append(factFrom(q));
        if (facts.size() >= chunkSize) {
            chunk(facts);
            facts.clear(); // keeps the capacity
        }
    }
    if (q.lastError().isValid()) {
        if (error)
            *error = StorageError::fromSql(q.lastError(), QStringLiteral("loading appointments"));
        return false;
    }
    if (!facts.isEmpty())
        chunk(facts);
    return true;
}

QList<AppointmentFact> ClinicDatabaseReader::loadFacts(const QList<RecordId> &ids,
                                                       RoutiqError *error) const
{
    QList<AppointmentFact> facts;
    QSqlQuery q(m_connection->database());
    q.setForwardOnly(true);
    if (!q.prepare(factSelect() + QStringLiteral(" WHERE id = ?"))) {
        if (error)
            *error = StorageError::fromSql(q.lastError(), QStringLiteral("loading appointments"));
        return facts;
    }
    facts.reserve(ids.size());
    for (RecordId id : ids) {
        q.bindValue(0, id);
        if (!q.exec()) {
            if (error)
                *error =
                    StorageError::fromSql(q.lastError(), QStringLiteral("loading appointments"));
            return {};
        }
        if (q.next())
            facts.append(factFrom(q));
        q.finish();
    }
    return facts;
}

QList<AppointmentFact> ClinicDatabaseReader::loadFactsBetween(QDate from, QDate to,
                                                              RoutiqError *error) const
{
    QList<AppointmentFact> facts;
    QSqlQuery q(m_connection->database());
    q.setForwardOnly(true);
    q.prepare(factSelect() + QStringLiteral(" WHERE local_julian_day BETWEEN ? AND ?"));
    q.addBindValue(from.toJulianDay());
    q.addBindValue(to.toJulianDay());
    if (!q.exec()) {
        if (error)
            *error = StorageError::fromSql(q.lastError(), QStringLiteral("loading appointments"));
        return facts;
    }
    while (q.next())
        facts.append(factFrom(q));
    if (q.lastError().isValid() && error)
        *error = StorageError::fromSql(q.lastError(), QStringLiteral("loading appointments"));
    return facts;
}

QList<AppointmentListRow> ClinicDatabaseReader::appointments(const AppointmentListQuery &query,
                                                             RoutiqError *error) const
{
    QList<AppointmentListRow> rows;
    QString sql = QStringLiteral(
        "SELECT a.id, a.starts_at, a.local_julian_day, a.local_hour, a.patient_id, "
        "p.first_name, p.last_name, a.practitioner_id, pr.display_name, a.location_id, l.name, "
        "a.deleted, a.cancelled, a.did_not_arrive, a.patient_arrived, a.ends_at, a.cancelled_at "
        "FROM appointments a "
        "LEFT JOIN patients p ON p.id = a.patient_id "
        "LEFT JOIN practitioners pr ON pr.id = a.practitioner_id "
        "LEFT JOIN locations l ON l.id = a.location_id "
        "WHERE a.local_julian_day BETWEEN ? AND ?");
    if (query.locationId)
        sql += QStringLiteral(" AND a.location_id = ?");
    if (query.practitionerId)
        sql += QStringLiteral(" AND a.practitioner_id = ?");
    if (!query.includeDeleted)
        sql += QStringLiteral(" AND a.deleted = 0");
    sql += QStringLiteral(" ORDER BY a.starts_at, a.id");

    QSqlQuery q(m_connection->database());
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(query.from.toJulianDay());
    q.addBindValue(query.to.toJulianDay());
    if (query.locationId)
        q.addBindValue(*query.locationId);
    if (query.practitionerId)
        q.addBindValue(*query.practitionerId);
    if (!q.exec()) {
        if (error)
            *error = StorageError::fromSql(q.lastError(), QStringLiteral("listing appointments"));
        return rows;
    }
    while (q.next()) {
        AppointmentListRow r;
        r.id = q.value(0).toLongLong();
        r.startsAtUtc = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
        r.localDate = QDate::fromJulianDay(q.value(2).toLongLong());
        r.localHour = q.value(3).toInt();
        r.patientId = q.value(4).toLongLong();
        if (query.withPatientNames)
            r.patientName =
                QStringList{q.value(5).toString(), q.value(6).toString()}.join(u' ').trimmed();
        r.practitionerId = q.value(7).toLongLong();
        r.practitionerName = q.value(8).toString();
        r.locationId = q.value(9).toLongLong();
        r.locationName = q.value(10).toString();
        r.status =
            statusOf(q.value(11).toInt() != 0, q.value(12).toInt() != 0, q.value(13), q.value(14));
        if (!q.value(15).isNull())
            r.endsAtUtc = QDateTime::fromMSecsSinceEpoch(q.value(15).toLongLong(), Qt::UTC);
        if (!q.value(16).isNull())
            r.cancelledAtUtc = QDateTime::fromMSecsSinceEpoch(q.value(16).toLongLong(), Qt::UTC);
        r.lateCancellation = isLateCancellation(r);
        rows.append(r);
    }
    return rows;
}

} // namespace routiq
