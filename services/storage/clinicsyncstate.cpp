#include "clinicsyncstate.h"

#include "localstart.h"
#include "upsertstatement.h"

#include <QSqlQuery>

namespace routiq {

bool ClinicSyncState::saveCheckpoint(const SyncCheckpoint &checkpoint, QSqlError *error) const
{
    UpsertStatement upsert(m_db, QStringLiteral("sync_checkpoints"), QStringLiteral("resource"),
                           {QStringLiteral("cursor"), QStringLiteral("high_water_mark"),
                            QStringLiteral("backfill_complete"), QStringLiteral("saved_at")},
                           m_scope);
    const QVariant mark = checkpoint.highWaterMark.isValid()
                              ? QVariant(checkpoint.highWaterMark.toMSecsSinceEpoch())
                              : QVariant(QMetaType(QMetaType::LongLong));
    if (!upsert.run(resourceKindName(checkpoint.kind),
                    {UpsertStatement::notNullText(checkpoint.cursor), mark,
                     int(checkpoint.backfillComplete), QDateTime::currentMSecsSinceEpoch()})) {
        *error = upsert.lastError();
        return false;
    }
    return true;
}

std::optional<SyncCheckpoint> ClinicSyncState::checkpoint(ResourceKind kind) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT cursor, high_water_mark, backfill_complete FROM "
                             "sync_checkpoints WHERE resource = ?") +
              m_scope.condition());
    q.bindValue(0, resourceKindName(kind));
    m_scope.bind(q, 1);
    if (!q.exec() || !q.next())
        return std::nullopt;
    SyncCheckpoint c;
    c.kind = kind;
    c.cursor = q.value(0).toString();
    if (!q.value(1).isNull())
        c.highWaterMark = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
    c.backfillComplete = q.value(2).toInt() != 0;
    return c;
}

QDateTime ClinicSyncState::lastSuccessfulSync() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT last_successful_sync FROM sync_state WHERE id = 1") +
              m_scope.condition());
    m_scope.bind(q, 0);
    if (!q.exec() || !q.next() || q.value(0).isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC);
}

bool ClinicSyncState::saveLastSuccessfulSync(const QDateTime &utc, QSqlError *error) const
{
    UpsertStatement upsert(m_db, QStringLiteral("sync_state"), QStringLiteral("id"),
                           {QStringLiteral("last_successful_sync")}, m_scope);
    if (!upsert.run(1, {utc.toMSecsSinceEpoch()})) {
        *error = upsert.lastError();
        return false;
    }
    return true;
}

std::optional<QSet<RecordId>> ClinicSyncState::appointmentIdsBetween(QDate from, QDate to,
                                                                     QSqlError *error) const
{
    QSet<RecordId> ids;
    if (!from.isValid() || !to.isValid() || to < from)
        return ids;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM appointments WHERE local_julian_day BETWEEN ? AND ?") +
              m_scope.condition());
    q.bindValue(0, from.toJulianDay());
    q.bindValue(1, to.toJulianDay());
    m_scope.bind(q, 2);
    if (!q.exec()) {
        *error = q.lastError();
        return std::nullopt;
    }
    while (q.next())
        ids.insert(q.value(0).toLongLong());
    return ids;
}

bool ClinicSyncState::loadLocationZones(LocalStartResolver *resolver) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const QString sql = m_scope.isWholeDatabase()
                            ? QStringLiteral("SELECT id, time_zone_id FROM locations")
                            : QStringLiteral("SELECT id, time_zone_id FROM locations WHERE "
                                             "clinic_id = ?");
    if (!q.prepare(sql))
        return false;
    m_scope.bind(q, 0);
    if (!q.exec())
        return false;
    while (q.next())
        resolver->setLocationZone(q.value(0).toLongLong(), q.value(1).toString());
    return true;
}

} // namespace routiq
