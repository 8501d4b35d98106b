#include "cacheintegrity.h"

#include "clinicschema.h"
#include "databasefile.h"
#include "sqlconnection.h"
#include "storageerror.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStringList>

namespace routiq {

QString CacheIntegrity::markerPath(const QString &databasePath)
{
    return databasePath + QStringLiteral(".open");
}

bool CacheIntegrity::uncleanMarkerPresent(const QString &databasePath)
{
    return QFileInfo::exists(markerPath(databasePath));
}

bool CacheIntegrity::writeMarker(const QString &databasePath)
{
    QFile marker(markerPath(databasePath));
    if (marker.exists())
        return true;
    if (!marker.open(QIODevice::WriteOnly))
        return false;
    marker.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

void CacheIntegrity::removeMarker(const QString &databasePath)
{
    QFile::remove(markerPath(databasePath));
}

QString CacheIntegrity::quickCheck(const QSqlDatabase &db, QSqlError *sqlError)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("PRAGMA quick_check"))) {
        *sqlError = q.lastError();
        return q.lastError().text();
    }
    QStringList problems;
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    if (q.lastError().isValid()) {
        *sqlError = q.lastError();
        return q.lastError().text();
    }
    return problems.join(QStringLiteral("; ")).left(500);
}

RoutiqError CacheIntegrity::corrupt(const QString &details)
{
    return RoutiqError::make(QStringLiteral("CACHE_CORRUPT"),
                             QStringLiteral("The local data file is damaged."), details);
}

bool CacheIntegrity::isCorruption(const RoutiqError &error)
{
    return error.is(ErrorCode::CacheCorrupt) || error.is(ErrorCode::CacheWrongKey);
}

RoutiqError CacheIntegrity::checkFile(const QString &databasePath, const DatabaseKey &key)
{
    OpenedDatabase opened =
        DatabaseFile::openForReading(databasePath, key, ClinicSchema::migrator());
    if (!opened.connection)
        return opened.error;
    QSqlError sqlError;
    const QString problems = quickCheck(opened.connection->database(), &sqlError);
    if (problems.isEmpty())
        return {};
    if (sqlError.isValid()) {
        const int code = StorageError::sqliteCode(sqlError);
        if (code != StorageError::Corrupt && code != StorageError::NotADatabase)
            return StorageError::fromSql(sqlError, QStringLiteral("checking"));
    }
    return corrupt(problems);
}

RoutiqError CacheIntegrity::setAsideNotice(const QString &asidePath)
{
    return RoutiqError::make(
        QStringLiteral("CACHE_SET_ASIDE"),
        QStringLiteral("The local data was unreadable, so Routiq set it aside and starts "
                       "again with an empty copy; it will be downloaded again."),
        asidePath);
}

} // namespace routiq
