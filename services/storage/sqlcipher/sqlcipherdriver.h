#pragma once

#include <QList>
#include <QSqlDriver>
#include <QSqlError>

struct sqlite3;

namespace routiq {

class SqlCipherResult;

// A Qt SQL driver for SQLCipher written on the public QSqlDriver API only. The "password" given
// to QSqlDatabase is the raw 256-bit key as 64 hex digits; it is applied with PRAGMA key before
// anything else touches the file and never logged. An empty or malformed key is refused, so the
// driver can never write a plaintext database.
//
// Errors carry the SQLite primary result code as QSqlError::nativeErrorCode() ("13" = disk
// full, "26" = not a database or wrong key), which services/storage maps to RoutiqError.
//
// Connect options (semicolon separated): QSQLCIPHER_BUSY_TIMEOUT=<ms>, QSQLCIPHER_OPEN_READONLY,
// QSQLCIPHER_NO_CREATE (fail when the file does not exist).
class SqlCipherDriver final : public QSqlDriver
{
    Q_OBJECT
public:
    explicit SqlCipherDriver(QObject *parent = nullptr);
    ~SqlCipherDriver() override;

    bool hasFeature(DriverFeature feature) const override;
    bool open(const QString &db, const QString &user, const QString &password, const QString &host,
              int port, const QString &connectOptions) override;
    void close() override;
    QSqlResult *createResult() const override;
    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;
    QStringList tables(QSql::TableType type) const override;
    QSqlRecord record(const QString &tableName) const override;
    QSqlIndex primaryIndex(const QString &tableName) const override;
    QString escapeIdentifier(const QString &identifier, IdentifierType type) const override;
    QVariant handle() const override;

    // For SqlCipherResult.
    sqlite3 *connection() const { return m_db; }
    void attach(SqlCipherResult *result);
    void detach(SqlCipherResult *result);
    QSqlError makeError(const QString &context, int code, QSqlError::ErrorType type) const;

private:
    bool execSimple(const char *sql, const QString &context, QSqlError::ErrorType type);
    bool failOpen(const QString &context, int code);
    // Sets and checks every pinned setting of sqlcipherformat.h (after the key, before the
    // first read); false (and closed) when the library would not take one.
    bool applyFileFormat();
    QByteArray pragmaValue(const char *name) const;

    sqlite3 *m_db = nullptr;
    QList<SqlCipherResult *> m_results;
};

} // namespace routiq
