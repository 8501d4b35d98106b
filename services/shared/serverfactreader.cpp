#include "serverfactreader.h"

#include "serverconnection.h"
#include "servererror.h"
#include "sharedschema.h"
#include "storage/appointmentfactrow.h"

#include <QSqlQuery>
#include <QStringList>

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
