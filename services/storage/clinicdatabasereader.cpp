#include "clinicdatabasereader.h"

#include "appointmentfactrow.h"
#include "appointmentlistreader.h"
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
    QSqlError sqlError;
    const QList<AppointmentListRow> rows = AppointmentListReader::read(
        m_connection->database(), ClinicScope(), query, query.withPatientNames, &sqlError);
    if (sqlError.isValid() && error)
        *error = StorageError::fromSql(sqlError, QStringLiteral("listing appointments"));
    return rows;
}

} // namespace routiq
