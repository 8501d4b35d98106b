#include "serverfactreader.h"

#include "serverconnection.h"
#include "servererror.h"
#include "sharedschema.h"
#include "storage/appointmentfactrow.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <limits>

namespace routiq {

std::unique_ptr<ServerFactReader> ServerFactReader::open(const ServerConnInfo &server,
                                                         const ClinicId &clinic, RoutiqError *error)
{
    return over(ServerConnection::open(server, error), clinic, error);
}

std::unique_ptr<ServerFactReader> ServerFactReader::open(const ServerConnInfo &server,
                                                         const ServerCredentials &credentials,
                                                         const ClinicId &clinic, RoutiqError *error)
{
    return over(ServerConnection::open(server, credentials, error), clinic, error);
}

std::unique_ptr<ServerFactReader>
ServerFactReader::over(std::unique_ptr<ServerConnection> connection, const ClinicId &clinic,
                       RoutiqError *error)
{
    if (!connection)
        return nullptr;
    if (const RoutiqError schema = SharedSchema::checkCurrent(connection->database());
        !schema.isNull()) {
        if (error)
            *error = schema;
        return nullptr;
    }
    return std::unique_ptr<ServerFactReader>(new ServerFactReader(std::move(connection), clinic));
}

ServerFactReader::ServerFactReader(std::unique_ptr<ServerConnection> connection, ClinicId clinic)
    : m_connection(std::move(connection)), m_clinic(std::move(clinic))
{}

ServerFactReader::~ServerFactReader() = default;

QList<AppointmentFact> ServerFactReader::read(const QString &condition, const QVariantList &values,
                                              RoutiqError *error) const
{
    QList<AppointmentFact> facts;
    QSqlQuery q(m_connection->database());
    q.setForwardOnly(true);
    q.prepare(AppointmentFactRow::select(AppointmentFactRow::Dialect::Postgres) +
              QStringLiteral(" WHERE clinic_id = ?") + condition);
    q.addBindValue(m_clinic);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        if (error)
            *error = ServerError::fromSql(q.lastError(), QStringLiteral("loading appointments"));
        return facts;
    }
    while (q.next())
        facts.append(AppointmentFactRow::from(q));
    if (q.lastError().isValid() && error)
        *error = ServerError::fromSql(q.lastError(), QStringLiteral("loading appointments"));
    return facts;
}

bool ServerFactReader::loadFactsInChunks(
    qsizetype chunkSize, const std::function<void(const QList<AppointmentFact> &)> &chunk,
    RoutiqError *error) const
{
    QSqlDatabase db = m_connection->database();
    const auto failed = [&](const QSqlError &sqlError) {
        if (error)
            *error = ServerError::fromSql(sqlError, QStringLiteral("loading appointments"));
        return false;
    };
    if (!db.transaction())
        return failed(db.lastError());
    bool ok = true;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        ok = q.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")) &&
             q.prepare(AppointmentFactRow::select(AppointmentFactRow::Dialect::Postgres) +
                       QStringLiteral(" WHERE clinic_id = ? AND id > ? ORDER BY id LIMIT ?"));
        QList<AppointmentFact> facts;
        facts.reserve(chunkSize);
        RecordId after = std::numeric_limits<RecordId>::min();
        while (ok) {
            q.bindValue(0, m_clinic);
            q.bindValue(1, after);
            q.bindValue(2, qint64(chunkSize));
            if (!(ok = q.exec()))
                break;
            facts.clear(); // keeps the capacity
            while (q.next())
                facts.append(AppointmentFactRow::from(q));
            ok = !q.lastError().isValid();
            if (!ok || facts.isEmpty())
                break;
            after = facts.constLast().id;
            chunk(facts);
            if (facts.size() < chunkSize)
                break;
        }
        if (!ok) {
            const QSqlError sqlError = q.lastError();
            q.finish();
            db.rollback();
            return failed(sqlError);
        }
    }
    if (!db.commit())
        return failed(db.lastError());
    return true;
}

QList<AppointmentFact> ServerFactReader::loadFacts(RoutiqError *error) const
{
    return read({}, {}, error);
}

QList<AppointmentFact> ServerFactReader::loadFacts(const QList<RecordId> &ids,
                                                   RoutiqError *error) const
{
    if (ids.isEmpty())
        return {};
    // One round trip for the whole change set, the ids as one array parameter.
    QStringList text;
    text.reserve(ids.size());
    for (RecordId id : ids)
        text << QString::number(id);
    return read(QStringLiteral(" AND id = ANY (?::bigint[])"),
                {QVariant(QString(u'{' + text.join(u',') + u'}'))}, error);
}

QList<AppointmentFact> ServerFactReader::loadFactsBetween(QDate from, QDate to,
                                                          RoutiqError *error) const
{
    return read(QStringLiteral(" AND local_julian_day BETWEEN ? AND ?"),
                {from.toJulianDay(), to.toJulianDay()}, error);
}

} // namespace routiq
