#include "referencedata.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace routiq {

namespace {
bool run(QSqlQuery &query, const QString &sql, const ClinicScope &scope, RoutiqError *error)
{
    if (query.prepare(sql) && (scope.bind(query, 0), query.exec()))
        return true;
    if (error)
        *error = RoutiqError::make(QStringLiteral("CACHE_READ_FAILED"),
                                   QStringLiteral("The clinic's cache could not be read."),
                                   query.lastError().text());
    return false;
}
} // namespace

QList<Location> ReferenceData::locations(const QString &connectionName, RoutiqError *error,
                                         const ClinicScope &scope)
{
    QSqlQuery query(QSqlDatabase::database(connectionName, false));
    QList<Location> out;
    if (!run(query,
             QStringLiteral("SELECT id, name, time_zone_id, archived FROM locations WHERE 1 = 1") +
                 scope.condition() + QStringLiteral(" ORDER BY id"),
             scope, error))
        return out;
    while (query.next()) {
        Location l;
        l.id = query.value(0).toLongLong();
        l.name = query.value(1).toString();
        l.timeZoneId = query.value(2).toString();
        l.archived = query.value(3).toBool();
        out.append(l);
    }
    return out;
}

QDateTime ReferenceData::lastSuccessfulSync(const QString &connectionName, const ClinicScope &scope,
                                            RoutiqError *error)
{
    QSqlQuery query(QSqlDatabase::database(connectionName, false));
    if (!run(query,
             QStringLiteral("SELECT last_successful_sync FROM sync_state WHERE id = 1") +
                 scope.condition(),
             scope, error) ||
        !query.next() || query.value(0).isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(query.value(0).toLongLong(), Qt::UTC);
}

QList<Practitioner> ReferenceData::practitioners(const QString &connectionName, RoutiqError *error,
                                                 const ClinicScope &scope)
{
    QSqlQuery query(QSqlDatabase::database(connectionName, false));
    QList<Practitioner> out;
    if (!run(query,
             QStringLiteral("SELECT id, display_name, active FROM practitioners WHERE 1 = 1") +
                 scope.condition() + QStringLiteral(" ORDER BY display_name, id"),
             scope, error))
        return out;
    while (query.next()) {
        Practitioner p;
        p.id = query.value(0).toLongLong();
        p.displayName = query.value(1).toString();
        p.active = query.value(2).toBool();
        out.append(p);
    }
    return out;
}

} // namespace routiq
