#include "storageerror.h"

namespace routiq {

int StorageError::sqliteCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? code : 0;
}

RoutiqError StorageError::fromSql(const QSqlError &error, const QString &what)
{
    const QString details = what + QStringLiteral(": ") + error.text();
    switch (sqliteCode(error)) {
    case Full:
        return RoutiqError::make(
            QStringLiteral("DISK_FULL"),
            QStringLiteral("The disk is full, so Routiq could not save the latest data. Free some "
                           "disk space; the data saved before is intact."),
            details);
    case NotADatabase:
        return RoutiqError::make(
            QStringLiteral("CACHE_WRONG_KEY"),
            QStringLiteral("The local data file cannot be read: it is not a Routiq database or "
                           "its key does not match."),
            details);
    case Corrupt:
        return RoutiqError::make(QStringLiteral("CACHE_CORRUPT"),
                                 QStringLiteral("The local data file is damaged."), details);
    case CantOpen:
        return RoutiqError::make(
            QStringLiteral("CACHE_CANNOT_OPEN"),
            QStringLiteral("Routiq cannot open its local data file. Check that the data folder "
                           "exists and that you may write to it."),
            details);
    case Busy:
    case Locked:
        return RoutiqError::make(
            QStringLiteral("CACHE_BUSY"),
            QStringLiteral("The local data file is in use by another Routiq process. Close it "
                           "and try again."),
            details);
    case ReadOnly:
        return RoutiqError::make(
            QStringLiteral("CACHE_READ_ONLY"),
            QStringLiteral("Routiq cannot write its local data file. Check the permissions of "
                           "the data folder."),
            details);
    case IoError:
        return RoutiqError::make(
            QStringLiteral("CACHE_IO_ERROR"),
            QStringLiteral("Reading or writing the local data file failed. Check the disk."),
            details);
    default:
        return RoutiqError::make(QStringLiteral("CACHE_ERROR"),
                                 QStringLiteral("Routiq's local data file reported an error."),
                                 details);
    }
}

} // namespace routiq
