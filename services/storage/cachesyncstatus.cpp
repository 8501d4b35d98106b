#include "cachesyncstatus.h"

#include "clinicschema.h"
#include "databasefile.h"
#include "schemamigrator.h"
#include "sqlconnection.h"
#include "storageerror.h"

#include <QSqlQuery>

namespace routiq {

namespace {
QDateTime utcOrInvalid(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}
} // namespace

std::optional<CacheSyncStatus> CacheSyncStatus::read(const QString &filePath,
                                                     const DatabaseKey &key, RoutiqError *error)
{
    OpenedDatabase opened = DatabaseFile::openForReading(filePath, key, ClinicSchema::migrator());
    if (!opened.connection) {
        if (error)
            *error = opened.error;
        return std::nullopt;
    }
    const QSqlDatabase db = opened.connection->database();
    CacheSyncStatus status;
    status.schemaVersion = SchemaMigrator::currentVersion(db, error);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT resource, saved_at, high_water_mark, backfill_complete "
                               "FROM sync_checkpoints ORDER BY resource"))) {
        if (error)
            *error = StorageError::fromSql(q.lastError(), QStringLiteral("reading checkpoints"));
        return std::nullopt;
    }
    while (q.next())
        status.checkpoints.append({q.value(0).toString(), utcOrInvalid(q.value(1)),
                                   utcOrInvalid(q.value(2)), q.value(3).toInt() != 0});
    QSqlQuery s(db);
    s.setForwardOnly(true);
    if (s.exec(QStringLiteral("SELECT last_successful_sync FROM sync_state WHERE id = 1")) &&
        s.next())
        status.lastSuccessfulSyncUtc = utcOrInvalid(s.value(0));
    return status;
}

} // namespace routiq
