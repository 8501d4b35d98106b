#include "clinicdatabase.h"

#include "cacheintegrity.h"
#include "clinicpagewriter.h"
#include "clinicschema.h"
#include "clinicsyncstate.h"
#include "core/logging.h"
#include "databasefile.h"
#include "sqlconnection.h"
#include "storageerror.h"

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
    return ClinicSyncState(m_connection->database()).loadLocationZones(&m_resolver);
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

bool ClinicDatabase::applyPage(const PmsPage &page, const SyncCheckpoint &checkpoint,
                               ChangeSet *changes, RoutiqError *error)
{
    QSqlDatabase db = m_connection->database();
    if (!db.transaction())
        return rollbackWith(db.lastError(), QStringLiteral("starting a page"), error);
    ChangeSet local;
    ClinicPageWriter writer(db, &m_resolver);
    if (!writer.writePage(page, checkpoint, &local))
        return rollbackWith(writer.lastError(), writer.step(), error);
    if (!db.commit())
        return rollbackWith(db.lastError(), QStringLiteral("committing a page"), error);
    if (changes)
        changes->merge(local);
    return true;
}

bool ClinicDatabase::removeAppointments(const QList<RecordId> &ids, ChangeSet *changes,
                                        RoutiqError *error)
{
    QSqlDatabase db = m_connection->database();
    if (!db.transaction())
        return rollbackWith(db.lastError(), QStringLiteral("starting a removal"), error);
    ChangeSet local;
    ClinicPageWriter writer(db, &m_resolver);
    if (!writer.removeAppointments(ids, &local))
        return rollbackWith(writer.lastError(), writer.step(), error);
    if (!db.commit())
        return rollbackWith(db.lastError(), QStringLiteral("committing a removal"), error);
    if (changes)
        changes->merge(local);
    return true;
}

std::optional<QSet<RecordId>> ClinicDatabase::appointmentIdsBetween(QDate from, QDate to,
                                                                    RoutiqError *error) const
{
    QSqlError sqlError;
    auto ids = ClinicSyncState(m_connection->database()).appointmentIdsBetween(from, to, &sqlError);
    if (!ids && error)
        *error = StorageError::fromSql(sqlError, QStringLiteral("reading a reconcile window"));
    return ids;
}

std::optional<SyncCheckpoint> ClinicDatabase::checkpoint(ResourceKind kind) const
{
    return ClinicSyncState(m_connection->database()).checkpoint(kind);
}

QDateTime ClinicDatabase::lastSuccessfulSync() const
{
    return ClinicSyncState(m_connection->database()).lastSuccessfulSync();
}

bool ClinicDatabase::setLastSuccessfulSync(const QDateTime &utc, RoutiqError *error)
{
    QSqlDatabase db = m_connection->database();
    if (!db.transaction())
        return rollbackWith(db.lastError(), QStringLiteral("saving the sync time"), error);
    QSqlError sqlError;
    if (!ClinicSyncState(db).saveLastSuccessfulSync(utc, &sqlError))
        return rollbackWith(sqlError, QStringLiteral("saving the sync time"), error);
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
