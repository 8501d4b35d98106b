#include "clinicdatabase.h"

#include "cacheintegrity.h"
#include "clinicrecordwriter.h"
#include "clinicschema.h"
#include "core/logging.h"
#include "databasefile.h"
#include "patientsummarywriter.h"
#include "sqlconnection.h"
#include "storageerror.h"
#include "upsertstatement.h"

#include <QFileInfo>
#include <QSqlQuery>

namespace routiq {

std::unique_ptr<ClinicDatabase> ClinicDatabase::open(const ClinicDatabaseOptions &options,
                                                     RoutiqError *error,
                                                     RoutiqError *setAsideNotice)
{
    // A marker left by a writer that never closed: the check runs later, in the background.
    const bool unclean = CacheIntegrity::uncleanMarkerPresent(options.filePath);
    OpenedDatabase opened = DatabaseFile::openForWriting(
        options.filePath, options.key, ClinicSchema::migrator(), DatabaseFile::Unreadable::SetAside,
        DatabaseFile::IntegrityCheck::Deferred);
    if (!opened.connection) {
        if (error)
            *error = opened.error;
        return nullptr;
    }
    if (setAsideNotice)
        *setAsideNotice = opened.setAside;
    if (!CacheIntegrity::writeMarker(options.filePath))
        qCWarning(lcStorage) << "could not write the cache's open marker";
    std::unique_ptr<ClinicDatabase> db(new ClinicDatabase(
        options.filePath, std::move(opened.connection), options.defaultTimeZone));
    // A fresh file (set aside or new) has nothing to check.
    db->m_checkDue = unclean && opened.setAside.isNull();
    if (!db->loadLocationZones()) {
        if (error)
            *error = RoutiqError::make(QStringLiteral("CACHE_ERROR"),
                                       QStringLiteral("Routiq could not read its local data."),
                                       QStringLiteral("loading location zones"));
        return nullptr;
    }
    return db;
}

ClinicDatabase::ClinicDatabase(QString path, std::unique_ptr<SqlConnection> connection,
                               QTimeZone defaultZone)
    : m_path(std::move(path)), m_connection(std::move(connection)),
      m_resolver(std::move(defaultZone))
{}

ClinicDatabase::~ClinicDatabase()
{
    m_connection.reset();
    // A clean close; but a check still due keeps the marker, so the next open runs it.
    if (!m_checkDue)
        CacheIntegrity::removeMarker(m_path);
}

RoutiqError ClinicDatabase::checkIntegrity()
{
    QSqlError sqlError;
    const QString problems = CacheIntegrity::quickCheck(m_connection->database(), &sqlError);
    if (problems.isEmpty()) {
        m_checkDue = false;
        return {};
    }
    if (sqlError.isValid()) {
        const int code = StorageError::sqliteCode(sqlError);
        if (code != StorageError::Corrupt && code != StorageError::NotADatabase)
            return StorageError::fromSql(sqlError, QStringLiteral("checking"));
    }
    qCWarning(lcStorage) << "integrity check failed on" << QFileInfo(m_path).fileName();
    return CacheIntegrity::corrupt(problems);
}

QString ClinicDatabase::connectionName() const
{
    return m_connection->name();
}

bool ClinicDatabase::loadLocationZones()
{
    QSqlQuery q(m_connection->database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, time_zone_id FROM locations")))
        return false;
    while (q.next())
        m_resolver.setLocationZone(q.value(0).toLongLong(), q.value(1).toString());
    return true;
}

bool ClinicDatabase::rollbackWith(const QSqlError &sqlError, const QString &what,
                                  RoutiqError *error)
{
    // SQLite may already have rolled back (e.g. after SQLITE_FULL); a failing ROLLBACK is fine.
    m_connection->database().rollback();
    loadLocationZones(); // forget zones of locations that were not committed
    const RoutiqError mapped = StorageError::fromSql(sqlError, what);
    qCWarning(lcStorage) << "write rolled back:" << mapped.code << mapped.details;
    if (error)
        *error = mapped;
    return false;
}

bool ClinicDatabase::saveCheckpoint(const SyncCheckpoint &checkpoint, QSqlError *error)
{
    UpsertStatement upsert(m_connection->database(), QStringLiteral("sync_checkpoints"),
                           QStringLiteral("resource"),
                           {QStringLiteral("cursor"), QStringLiteral("high_water_mark"),
                            QStringLiteral("backfill_complete"), QStringLiteral("saved_at")});
    const QVariant mark = checkpoint.highWaterMark.isValid()
                              ? QVariant(checkpoint.highWaterMark.toMSecsSinceEpoch())
                              : QVariant(QMetaType(QMetaType::LongLong));
    if (!upsert.run(resourceKindName(checkpoint.kind),
                    {checkpoint.cursor, mark, int(checkpoint.backfillComplete),
                     QDateTime::currentMSecsSinceEpoch()})) {
        *error = upsert.lastError();
        return false;
    }
    return true;
}

bool ClinicDatabase::applyPage(const PmsPage &page, const SyncCheckpoint &checkpoint,
                               ChangeSet *changes, RoutiqError *error)
{
    QSqlDatabase db = m_connection->database();
    if (!db.transaction())
        return rollbackWith(db.lastError(), QStringLiteral("starting a page"), error);
    ChangeSet local;
    // Each touched patient's first/latest booking, as before the page and as after it.
    PatientSummaryWriter summaries(db);
    QList<RecordId> pageIds;
    pageIds.reserve(page.appointments.size());
    for (const Appointment &a : page.appointments) {
        pageIds.append(a.id);
        summaries.rememberPatient(a.patientId);
    }
    if (!summaries.rememberPatientsOf(pageIds))
        return rollbackWith(summaries.lastError(), QStringLiteral("storing a page"), error);
    ClinicRecordWriter writer(db, &m_resolver);
    if (!writer.write(page, &local))
        return rollbackWith(writer.lastError(), QStringLiteral("storing a page"), error);
    // Appointments placed again in a location's new zone (their instants moved).
    const QSet<RecordId> inPage(pageIds.cbegin(), pageIds.cend());
    QList<RecordId> replaced;
    for (RecordId id : std::as_const(local.upsertedAppointmentIds))
        if (!inPage.contains(id))
            replaced.append(id);
    if (!summaries.rememberPatientsOf(replaced) || !summaries.recompute())
        return rollbackWith(summaries.lastError(), QStringLiteral("storing a page"), error);
    QSqlError sqlError;
    if (!saveCheckpoint(checkpoint, &sqlError))
        return rollbackWith(sqlError, QStringLiteral("storing a checkpoint"), error);
    if (!db.commit())
        return rollbackWith(db.lastError(), QStringLiteral("committing a page"), error);
    if (changes) {
        changes->upsertedAppointmentIds += local.upsertedAppointmentIds;
        changes->localJulianDays += local.localJulianDays;
        changes->recordCount += local.recordCount;
    }
    return true;
}

bool ClinicDatabase::removeAppointments(const QList<RecordId> &ids, ChangeSet *changes,
                                        RoutiqError *error)
{
    QSqlDatabase db = m_connection->database();
    if (!db.transaction())
        return rollbackWith(db.lastError(), QStringLiteral("starting a removal"), error);
    ChangeSet local;
    PatientSummaryWriter summaries(db);
    if (!summaries.rememberPatientsOf(ids))
        return rollbackWith(summaries.lastError(), QStringLiteral("removing appointments"), error);
    ClinicRecordWriter writer(db, &m_resolver);
    if (!writer.removeAppointments(ids, &local) || !summaries.recompute())
        return rollbackWith(writer.lastError().isValid() ? writer.lastError()
                                                         : summaries.lastError(),
                            QStringLiteral("removing appointments"), error);
    if (!db.commit())
        return rollbackWith(db.lastError(), QStringLiteral("committing a removal"), error);
    if (changes) {
        changes->deletedAppointmentIds += local.deletedAppointmentIds;
        changes->localJulianDays += local.localJulianDays;
        changes->recordCount += local.recordCount;
    }
    return true;
}

std::optional<QSet<RecordId>> ClinicDatabase::appointmentIdsBetween(QDate from, QDate to,
                                                                    RoutiqError *error) const
{
    QSet<RecordId> ids;
    if (!from.isValid() || !to.isValid() || to < from)
        return ids;
    QSqlQuery q(m_connection->database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM appointments WHERE local_julian_day BETWEEN ? AND ?"));
    q.addBindValue(from.toJulianDay());
    q.addBindValue(to.toJulianDay());
    if (!q.exec()) {
        if (error)
            *error =
                StorageError::fromSql(q.lastError(), QStringLiteral("reading a reconcile window"));
        return std::nullopt;
    }
    while (q.next())
        ids.insert(q.value(0).toLongLong());
    return ids;
}

std::optional<SyncCheckpoint> ClinicDatabase::checkpoint(ResourceKind kind) const
{
    QSqlQuery q(m_connection->database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT cursor, high_water_mark, backfill_complete FROM "
                             "sync_checkpoints WHERE resource = ?"));
    q.addBindValue(resourceKindName(kind));
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

QDateTime ClinicDatabase::lastSuccessfulSync() const
{
    QSqlQuery q(m_connection->database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT last_successful_sync FROM sync_state WHERE id = 1")) ||
        !q.next() || q.value(0).isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC);
}

bool ClinicDatabase::setLastSuccessfulSync(const QDateTime &utc, RoutiqError *error)
{
    QSqlDatabase db = m_connection->database();
    if (!db.transaction())
        return rollbackWith(db.lastError(), QStringLiteral("saving the sync time"), error);
    UpsertStatement upsert(db, QStringLiteral("sync_state"), QStringLiteral("id"),
                           {QStringLiteral("last_successful_sync")});
    if (!upsert.run(1, {utc.toMSecsSinceEpoch()}))
        return rollbackWith(upsert.lastError(), QStringLiteral("saving the sync time"), error);
    if (!db.commit())
        return rollbackWith(db.lastError(), QStringLiteral("saving the sync time"), error);
    return true;
}

int ClinicDatabase::purgePatientNames(const QDateTime &cutoffUtc, RoutiqError *error)
{
    QSqlDatabase db = m_connection->database();
    // Blanking must not leave the old names behind for anyone holding the key: secure_delete
    // zeroes the freed bytes of the rewritten rows (explicitly, not only where the library was
    // built with it on), and the checkpoint below moves the new pages into the file and empties
    // the WAL, which would otherwise keep the old page images.
    QSqlQuery secure(db);
    if (!secure.exec(QStringLiteral("PRAGMA secure_delete = ON")) || !secure.next() ||
        secure.value(0).toInt() != 1) {
        rollbackWith(secure.lastError(), QStringLiteral("turning on secure_delete"), error);
        return -1;
    }
    secure.finish();
    if (!db.transaction()) {
        rollbackWith(db.lastError(), QStringLiteral("purging patient names"), error);
        return -1;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "UPDATE patients SET first_name = NULL, last_name = NULL, birth_year = NULL, phone = NULL "
        "WHERE (first_name IS NOT NULL OR last_name IS NOT NULL OR birth_year IS NOT NULL OR "
        "phone IS NOT NULL) AND NOT "
        "EXISTS (SELECT 1 FROM appointments a WHERE "
        "a.patient_id = patients.id AND a.starts_at >= ?)"));
    q.addBindValue(cutoffUtc.toMSecsSinceEpoch());
    if (!q.exec()) {
        rollbackWith(q.lastError(), QStringLiteral("purging patient names"), error);
        return -1;
    }
    const int purged = q.numRowsAffected();
    if (!db.commit()) {
        rollbackWith(db.lastError(), QStringLiteral("purging patient names"), error);
        return -1;
    }
    if (purged > 0) {
        // Busy (a reader still on an old snapshot) is not an error: the names are gone from
        // the database, and the next checkpoint takes the old pages out of the WAL.
        QSqlQuery checkpoint(db);
        if (!checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) ||
            !checkpoint.next() || checkpoint.value(0).toInt() != 0)
            qCInfo(lcStorage) << "retention: the WAL could not be emptied now (readers)";
    }
    qCInfo(lcStorage) << "retention purged the names of" << purged << "patients";
    return purged;
}

int ClinicDatabase::applyPatientNameRetention(int years, const Clock &clock, RoutiqError *error)
{
    if (years <= 0)
        return 0;
    return purgePatientNames(clock.nowUtc().addYears(-years), error);
}

bool ClinicDatabase::removeFiles(const QString &filePath, RoutiqError *error)
{
    CacheIntegrity::removeMarker(filePath);
    return DatabaseFile::removeFiles(filePath, error) &&
           DatabaseFile::removeSetAsideCopies(filePath, error);
}

} // namespace routiq
