#include "databaserekey.h"

#include "databasefile.h"
#include "sqlciphersupport.h"
#include "sqlconnection.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <cstdio>

namespace routiq {

namespace {

std::unique_ptr<SqlConnection> connect(const QString &path, const DatabaseKey &key)
{
    auto connection =
        std::make_unique<SqlConnection>(SqlConnection::uniqueName(QStringLiteral("routiq-rekey")));
    QSqlDatabase db = QSqlDatabase::addDatabase(SqlCipherSupport::driverName(), connection->name());
    db.setDatabaseName(path);
    db.setPassword(key.toHex());
    // Not QSQLCIPHER_NO_CREATE: ATTACH inherits the open flags, and must create the copy.
    // Callers only connect to files that exist.
    db.setConnectOptions(
        QStringLiteral("QSQLCIPHER_BUSY_TIMEOUT=%1").arg(DatabaseFile::kBusyTimeoutMs));
    const bool ok = db.open();
    db.setPassword(QString());
    if (!ok)
        return nullptr;
    QSqlQuery probe(db);
    if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !probe.next())
        return nullptr;
    return connection;
}

RoutiqError rekeyError(const QString &path, const QString &why)
{
    return RoutiqError::make(QStringLiteral("REKEY_FAILED"),
                             QStringLiteral("A database file could not be re-keyed; it is "
                                            "unchanged. Run 'routiq-cli rekey' again."),
                             path + QStringLiteral(": ") + why);
}

} // namespace

bool DatabaseRekey::opensWith(const QString &path, const DatabaseKey &key)
{
    return QFile::exists(path) && key.isValid() && connect(path, key) != nullptr;
}

bool DatabaseRekey::rekey(const QString &path, const DatabaseKey &oldKey, const DatabaseKey &newKey,
                          RoutiqError *error)
{
    const QString temp = path + QStringLiteral(".rekey");
    QFile::remove(temp);
    {
        auto connection = QFile::exists(path) ? connect(path, oldKey) : nullptr;
        if (!connection) {
            if (error)
                *error = rekeyError(path, QStringLiteral("the old key does not open it"));
            return false;
        }
        QSqlDatabase db = connection->database();
        QSqlQuery q(db);
        int userVersion = 0;
        if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
            userVersion = q.value(0).toInt();
        QSqlQuery attach(db);
        attach.prepare(QStringLiteral("ATTACH DATABASE ? AS rekeyed KEY ?"));
        attach.addBindValue(temp);
        attach.addBindValue(QStringLiteral("x'%1'").arg(newKey.toHex()));
        const bool ok =
            q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) && attach.exec() &&
            // The same cipher settings as the driver's own connections (sqlcipherdriver.cpp):
            // they are part of the file format.
            q.exec(QStringLiteral("PRAGMA rekeyed.cipher_page_size = 4096")) &&
            q.exec(QStringLiteral("SELECT sqlcipher_export('rekeyed')")) &&
            q.exec(QStringLiteral("PRAGMA rekeyed.user_version = %1").arg(userVersion)) &&
            q.exec(QStringLiteral("DETACH DATABASE rekeyed"));
        if (!ok) {
            const QString why =
                attach.lastError().isValid() ? attach.lastError().text() : q.lastError().text();
            q.finish();
            if (error)
                *error = rekeyError(path, why);
            QFile::remove(temp);
            return false;
        }
    }
    if (!opensWith(temp, newKey)) {
        if (error)
            *error = rekeyError(path, QStringLiteral("the re-keyed copy does not open"));
        QFile::remove(temp);
        return false;
    }
    // The WAL was checkpointed into the file: its companions hold nothing the copy lacks, and
    // must not be applied to the new file.
    for (const char *companion : {"-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(companion));
    if (std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(path).constData()) !=
        0) {
        if (error)
            *error = rekeyError(path, QStringLiteral("the re-keyed copy could not replace it"));
        return false;
    }
    return true;
}

} // namespace routiq
