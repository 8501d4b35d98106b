#include "databasefile.h"

#include "cacheintegrity.h"
#include "core/logging.h"
#include "schemamigrator.h"
#include "sqlciphersupport.h"
#include "storageerror.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

namespace routiq {

namespace {

const char *const kCompanions[] = {"-wal", "-shm", "-journal"};

std::unique_ptr<SqlConnection> connect(const QString &path, const DatabaseKey &key,
                                       const QString &options, QSqlError *sqlError)
{
    auto connection =
        std::make_unique<SqlConnection>(SqlConnection::uniqueName(QStringLiteral("routiq-db")));
    QSqlDatabase db = QSqlDatabase::addDatabase(SqlCipherSupport::driverName(), connection->name());
    db.setDatabaseName(path);
    db.setPassword(key.toHex());
    db.setConnectOptions(options);
    const bool ok = db.open();
    db.setPassword(QString());
    if (!ok) {
        *sqlError = db.lastError();
        return nullptr;
    }
    return connection;
}

QString pragmaValue(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0).toString();
}

bool isUnreadable(const QSqlError &error)
{
    const int code = StorageError::sqliteCode(error);
    return code == StorageError::NotADatabase || code == StorageError::Corrupt;
}

RoutiqError refusedUnreadable(const QString &path, const QString &reason)
{
    return RoutiqError::make(
        QStringLiteral("DATABASE_UNREADABLE"),
        QStringLiteral("Routiq cannot read its database file: it is damaged or its key does not "
                       "match. The file was left untouched."),
        QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), reason));
}

} // namespace

QStringList DatabaseFile::existingFiles(const QString &path)
{
    QStringList files;
    if (QFileInfo::exists(path))
        files << path;
    for (const char *suffix : kCompanions) {
        const QString companion = path + QLatin1String(suffix);
        if (QFileInfo::exists(companion))
            files << companion;
    }
    return files;
}

QString DatabaseFile::setAside(const QString &path)
{
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QString target = path + QStringLiteral(".unreadable-") + stamp;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = path + QStringLiteral(".unreadable-") + stamp + u'-' + QString::number(n);
    // Companions first: a -wal left behind would be replayed into the fresh database.
    for (const char *suffix : kCompanions) {
        const QString companion = path + QLatin1String(suffix);
        if (QFileInfo::exists(companion) &&
            !QFile::rename(companion, target + QLatin1String(suffix)))
            return {};
    }
    if (QFileInfo::exists(path) && !QFile::rename(path, target))
        return {};
    qCWarning(lcStorage) << "set aside unreadable database" << QFileInfo(path).fileName() << "as"
                         << QFileInfo(target).fileName();
    return target;
}

bool DatabaseFile::removeFiles(const QString &path, RoutiqError *error)
{
    for (const QString &file : existingFiles(path)) {
        if (!QFile::remove(file)) {
            if (error)
                *error = RoutiqError::make(
                    QStringLiteral("CACHE_REMOVE_FAILED"),
                    QStringLiteral("Routiq could not delete a local data file. Check the "
                                   "permissions of the data folder."),
                    QFileInfo(file).fileName());
            return false;
        }
    }
    return true;
}

bool DatabaseFile::removeSetAsideCopies(const QString &path, RoutiqError *error)
{
    const QFileInfo info(path);
    const QDir dir = info.absoluteDir();
    const QStringList copies = dir.entryList({info.fileName() + QStringLiteral(".unreadable-*")},
                                             QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : copies) {
        if (!QFile::remove(dir.filePath(name))) {
            if (error)
                *error = RoutiqError::make(
                    QStringLiteral("CACHE_REMOVE_FAILED"),
                    QStringLiteral("Routiq could not delete a local data file. Check the "
                                   "permissions of the data folder."),
                    name);
            return false;
        }
    }
    return true;
}

OpenedDatabase DatabaseFile::openForWriting(const QString &path, const DatabaseKey &key,
                                            const SchemaMigrator &migrator, Unreadable policy,
                                            IntegrityCheck check)
{
    OpenedDatabase result;
    if (const RoutiqError missing = SqlCipherSupport::ensureDriverAvailable(); !missing.isNull()) {
        result.error = missing;
        return result;
    }
    if (!key.isValid()) {
        result.error = RoutiqError::make(QStringLiteral("CACHE_KEY_INVALID"),
                                         QStringLiteral("The database key is missing or invalid."));
        return result;
    }
    const QString folder = QFileInfo(path).absolutePath();
    if (!QFileInfo::exists(folder) && QDir().mkpath(folder)) {
        // Only the user may list or open the encrypted files.
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ExeOwner);
    }
    const QString options = QStringLiteral("QSQLCIPHER_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs);

    int version = 0;
    for (int attempt = 0; attempt < 2; ++attempt) {
        QString reason;
        QSqlError sqlError;
        const QFileInfo info(path);
        if (info.exists() && info.size() == 0) {
            reason = QStringLiteral("empty file");
        } else {
            result.connection = connect(path, key, options, &sqlError);
            if (!result.connection) {
                if (!isUnreadable(sqlError)) {
                    result.error = StorageError::fromSql(sqlError, QStringLiteral("opening"));
                    return result;
                }
                reason = sqlError.text();
            } else if (check == IntegrityCheck::OnOpen) {
                reason = CacheIntegrity::quickCheck(result.connection->database(), &sqlError);
                if (!reason.isEmpty() && sqlError.isValid() && !isUnreadable(sqlError)) {
                    result.error = StorageError::fromSql(sqlError, QStringLiteral("checking"));
                    result.connection.reset();
                    return result;
                }
            }
        }
        if (reason.isEmpty() && result.connection) {
            // Without quick_check, damage shows first where the open reads: the schema. Such a
            // file is set aside like one the check refused.
            RoutiqError versionError;
            version = SchemaMigrator::currentVersion(result.connection->database(), &versionError);
            if (version < 0) {
                if (!CacheIntegrity::isCorruption(versionError)) {
                    result.error = versionError;
                    result.connection.reset();
                    return result;
                }
                reason = versionError.details;
            }
        }
        if (reason.isEmpty())
            break;
        result.connection.reset();
        if (policy == Unreadable::Refuse || attempt > 0) {
            result.error = refusedUnreadable(path, reason);
            return result;
        }
        const QString asidePath = setAside(path);
        if (asidePath.isEmpty()) {
            result.error = refusedUnreadable(path, reason + QStringLiteral(" (rename failed)"));
            return result;
        }
        result.setAside = CacheIntegrity::setAsideNotice(asidePath);
    }

    QSqlDatabase db = result.connection->database();
    if (RoutiqError newer = migrator.checkNotNewer(version); !newer.isNull()) {
        result.error = newer;
        result.connection.reset();
        return result;
    }
    const QString journal = pragmaValue(db, QStringLiteral("PRAGMA journal_mode = WAL"));
    QSqlQuery sync(db);
    const bool syncOk = sync.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    const QString syncMode = pragmaValue(db, QStringLiteral("PRAGMA synchronous"));
    if (journal.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0 || !syncOk ||
        syncMode != QLatin1String("1")) {
        result.error = RoutiqError::make(
            QStringLiteral("CACHE_WAL_UNAVAILABLE"),
            QStringLiteral("Routiq could not switch its database to safe write-ahead logging. "
                           "Check that the data folder is on a local disk."),
            QStringLiteral("journal_mode=%1 synchronous=%2").arg(journal, syncMode));
        result.connection.reset();
        return result;
    }
    if (!migrator.migrate(db, &result.error)) {
        result.connection.reset();
        return result;
    }
    return result;
}

OpenedDatabase DatabaseFile::openForReading(const QString &path, const DatabaseKey &key,
                                            const SchemaMigrator &migrator)
{
    OpenedDatabase result;
    if (const RoutiqError missing = SqlCipherSupport::ensureDriverAvailable(); !missing.isNull()) {
        result.error = missing;
        return result;
    }
    QSqlError sqlError;
    result.connection = connect(
        path, key,
        QStringLiteral("QSQLCIPHER_NO_CREATE;QSQLCIPHER_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs),
        &sqlError);
    if (!result.connection) {
        result.error = StorageError::fromSql(sqlError, QStringLiteral("opening for reading"));
        return result;
    }
    const int version =
        SchemaMigrator::currentVersion(result.connection->database(), &result.error);
    if (version < 0) {
        result.connection.reset();
        return result;
    }
    if (version != migrator.latestVersion()) {
        result.error = version > migrator.latestVersion()
                           ? migrator.checkNotNewer(version)
                           : RoutiqError::make(QStringLiteral("CACHE_NOT_READY"),
                                               QStringLiteral("The local data is not ready yet."),
                                               QStringLiteral("schema version %1").arg(version));
        result.connection.reset();
    }
    return result;
}

} // namespace routiq
