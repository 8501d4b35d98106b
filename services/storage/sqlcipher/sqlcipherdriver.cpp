#include "sqlcipherdriver.h"

#include "sqlcipherformat.h"
#include "sqlcipherresult.h"

#include <QFile>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlRecord>

#include <sqlite3.h>

#include <algorithm>
#include <cstring>

namespace routiq {

namespace {

bool isHexKey(const QString &key)
{
    if (key.size() != 64)
        return false;
    return std::all_of(key.cbegin(), key.cend(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
    });
}

// Overwrites a buffer that held key material before it is freed.
void wipe(QByteArray &bytes)
{
    volatile char *p = bytes.data();
    for (qsizetype i = 0; i < bytes.size(); ++i)
        p[i] = 0;
    bytes.clear();
}

QMetaType typeForDeclaration(const QString &declared)
{
    const QString t = declared.toUpper();
    if (t.contains(QLatin1String("INT")))
        return QMetaType(QMetaType::LongLong);
    if (t.contains(QLatin1String("REAL")) || t.contains(QLatin1String("FLOA")) ||
        t.contains(QLatin1String("DOUB")))
        return QMetaType(QMetaType::Double);
    if (t.contains(QLatin1String("BLOB")))
        return QMetaType(QMetaType::QByteArray);
    if (t.contains(QLatin1String("BOOL")))
        return QMetaType(QMetaType::Bool);
    return QMetaType(QMetaType::QString);
}

} // namespace

SqlCipherDriver::SqlCipherDriver(QObject *parent) : QSqlDriver(parent) {}

SqlCipherDriver::~SqlCipherDriver()
{
    close();
}

bool SqlCipherDriver::hasFeature(DriverFeature feature) const
{
    switch (feature) {
    case Transactions:
    case Unicode:
    case PreparedQueries:
    case PositionalPlaceholders:
    case LastInsertId:
    case BLOB:
    case LowPrecisionNumbers:
    case SimpleLocking:
    case FinishQuery:
        return true;
    case QuerySize:
    case NamedPlaceholders:
    case BatchOperations:
    case EventNotifications:
    case MultipleResultSets:
    case CancelQuery:
        return false;
    }
    return false;
}

QSqlError SqlCipherDriver::makeError(const QString &context, int code,
                                     QSqlError::ErrorType type) const
{
    const int primary = code & 0xff;
    QString text = QString::fromUtf8(sqlite3_errstr(primary));
    if (m_db && sqlite3_errcode(m_db) == code)
        text = QString::fromUtf8(sqlite3_errmsg(m_db));
    return QSqlError(context, text, type, QString::number(primary));
}

bool SqlCipherDriver::failOpen(const QString &context, int code)
{
    setLastError(makeError(context, code, QSqlError::ConnectionError));
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
    setOpenError(true);
    return false;
}

bool SqlCipherDriver::execSimple(const char *sql, const QString &context, QSqlError::ErrorType type)
{
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
    if (rc == SQLITE_OK)
        return true;
    setLastError(makeError(context, sqlite3_extended_errcode(m_db), type));
    return false;
}

QByteArray SqlCipherDriver::pragmaValue(const char *name) const
{
    const QByteArray sql = QByteArrayLiteral("PRAGMA ") + name + ';';
    sqlite3_stmt *stmt = nullptr;
    QByteArray value;
    if (sqlite3_prepare_v2(m_db, sql.constData(), -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW)
        value = QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    sqlite3_finalize(stmt);
    return value;
}

bool SqlCipherDriver::applyFileFormat()
{
    const bool sqlcipher4 = pragmaValue("cipher_version").split('.').value(0).toInt() >= 4;
    const auto apply = [&](const sqlcipherformat::Setting &s) {
        const QByteArray sql =
            QByteArrayLiteral("PRAGMA ") + s.pragma + QByteArrayLiteral(" = ") + s.value + ';';
        if (sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
            return failOpen(QStringLiteral("Error setting %1").arg(QLatin1String(s.pragma)),
                            sqlite3_extended_errcode(m_db));
        // Read back: a library that silently ignored a setting would write another format.
        if ((sqlcipher4 || !s.sqlcipher4Only) && pragmaValue(s.pragma) != s.value)
            return failOpen(QStringLiteral("This SQLCipher does not accept %1 = %2")
                                .arg(QLatin1String(s.pragma), QLatin1String(s.value)),
                            SQLITE_MISUSE);
        return true;
    };
    for (const sqlcipherformat::Setting &s : sqlcipherformat::kSettings) {
        if (!apply(s))
            return false;
    }
    return apply(sqlcipherformat::kTempStore);
}

bool SqlCipherDriver::open(const QString &db, const QString &, const QString &password,
                           const QString &, int, const QString &connectOptions)
{
    if (isOpen())
        close();
    setOpenError(false);

    if (!isHexKey(password)) {
        setLastError(QSqlError(QStringLiteral("Refusing to open without a valid key"),
                               QStringLiteral("the key must be 64 hexadecimal digits (256 bits)"),
                               QSqlError::ConnectionError, QString::number(SQLITE_AUTH)));
        setOpenError(true);
        return false;
    }

    int timeoutMs = 5000;
    bool readOnly = false;
    bool create = true;
    const QStringList options = connectOptions.split(u';', Qt::SkipEmptyParts);
    for (const QString &raw : options) {
        const QString option = raw.trimmed();
        if (option.startsWith(QLatin1String("QSQLCIPHER_BUSY_TIMEOUT="))) {
            bool ok = false;
            const int v = option.mid(option.indexOf(u'=') + 1).toInt(&ok);
            if (ok && v >= 0)
                timeoutMs = v;
        } else if (option == QLatin1String("QSQLCIPHER_OPEN_READONLY")) {
            readOnly = true;
        } else if (option == QLatin1String("QSQLCIPHER_NO_CREATE")) {
            create = false;
        }
    }

    int flags = readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (create && !readOnly)
        flags |= SQLITE_OPEN_CREATE;
    const QByteArray path = QFile::encodeName(db);
    const int rc = sqlite3_open_v2(path.constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK)
        return failOpen(QStringLiteral("Error opening database"), rc);
    sqlite3_extended_result_codes(m_db, 1);

    // The key goes first: SQLCipher reads nothing from the file before it.
    QByteArray hex = password.toLatin1();
    QByteArray pragma = QByteArrayLiteral("PRAGMA key = \"x'") + hex + QByteArrayLiteral("'\";");
    const int keyRc = sqlite3_exec(m_db, pragma.constData(), nullptr, nullptr, nullptr);
    wipe(hex);
    wipe(pragma);
    if (keyRc != SQLITE_OK)
        return failOpen(QStringLiteral("Error applying the key"), keyRc);

    // Refuse a library without a codec: a plain SQLite would write plaintext.
    sqlite3_stmt *stmt = nullptr;
    bool hasCipher = false;
    if (sqlite3_prepare_v2(m_db, "PRAGMA cipher_version;", -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW)
        hasCipher = sqlite3_column_bytes(stmt, 0) > 0;
    sqlite3_finalize(stmt);
    if (!hasCipher)
        return failOpen(QStringLiteral("The SQLite library has no encryption support"),
                        SQLITE_MISUSE);

    // The file format, pinned (sqlcipherformat.h): 4 KiB pages (fewer page decryptions on
    // large reads) and SQLCipher 3's KDF and HMAC, whatever the library's defaults are.
    if (!applyFileFormat())
        return false;
    sqlite3_busy_timeout(m_db, timeoutMs);

    // The first read proves the key: a wrong key or a file that is not a database fails here.
    const int checkRc =
        sqlite3_exec(m_db, "SELECT count(*) FROM sqlite_master;", nullptr, nullptr, nullptr);
    if (checkRc != SQLITE_OK)
        return failOpen(QStringLiteral("Error reading the database"),
                        sqlite3_extended_errcode(m_db));

    setOpen(true);
    return true;
}

void SqlCipherDriver::close()
{
    if (!m_db)
        return;
    const QList<SqlCipherResult *> results = m_results;
    for (SqlCipherResult *result : results)
        result->finalize();
    m_results.clear();
    sqlite3_close_v2(m_db);
    m_db = nullptr;
    setOpen(false);
    setOpenError(false);
}

QSqlResult *SqlCipherDriver::createResult() const
{
    return new SqlCipherResult(this);
}

void SqlCipherDriver::attach(SqlCipherResult *result)
{
    m_results.append(result);
}

void SqlCipherDriver::detach(SqlCipherResult *result)
{
    m_results.removeAll(result);
}

bool SqlCipherDriver::beginTransaction()
{
    // IMMEDIATE: take the write lock now, so a busy database fails here (after the busy
    // timeout) rather than half-way through a page of upserts.
    return isOpen() && execSimple("BEGIN IMMEDIATE;", QStringLiteral("Unable to begin transaction"),
                                  QSqlError::TransactionError);
}

bool SqlCipherDriver::commitTransaction()
{
    return isOpen() && execSimple("COMMIT;", QStringLiteral("Unable to commit transaction"),
                                  QSqlError::TransactionError);
}

bool SqlCipherDriver::rollbackTransaction()
{
    return isOpen() && execSimple("ROLLBACK;", QStringLiteral("Unable to roll back transaction"),
                                  QSqlError::TransactionError);
}

QStringList SqlCipherDriver::tables(QSql::TableType type) const
{
    QStringList result;
    if (!isOpen())
        return result;
    QString sql;
    if (type & QSql::Tables)
        sql = QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                             "LIKE 'sqlite_%'");
    if (type & QSql::Views)
        sql += (sql.isEmpty() ? QString() : QStringLiteral(" UNION ALL ")) +
               QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'view'");
    if (type & QSql::SystemTables)
        result << QStringLiteral("sqlite_master");
    if (sql.isEmpty())
        return result;
    QSqlQuery q(createResult());
    q.setForwardOnly(true);
    if (q.exec(sql)) {
        while (q.next())
            result << q.value(0).toString();
    }
    return result;
}

QSqlRecord SqlCipherDriver::record(const QString &tableName) const
{
    QSqlRecord rec;
    if (!isOpen())
        return rec;
    QSqlQuery q(createResult());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("PRAGMA table_info(") + escapeIdentifier(tableName, TableName) +
                u')'))
        return rec;
    while (q.next()) {
        QSqlField field(q.value(1).toString(), typeForDeclaration(q.value(2).toString()),
                        tableName);
        field.setRequiredStatus(q.value(3).toInt() != 0 ? QSqlField::Required
                                                        : QSqlField::Optional);
        if (!q.value(4).isNull())
            field.setDefaultValue(q.value(4));
        rec.append(field);
    }
    return rec;
}

QSqlIndex SqlCipherDriver::primaryIndex(const QString &tableName) const
{
    QSqlIndex index(tableName);
    if (!isOpen())
        return index;
    QSqlQuery q(createResult());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("PRAGMA table_info(") + escapeIdentifier(tableName, TableName) +
                u')'))
        return index;
    while (q.next()) {
        if (q.value(5).toInt() > 0)
            index.append(QSqlField(q.value(1).toString(), typeForDeclaration(q.value(2).toString()),
                                   tableName));
    }
    return index;
}

QString SqlCipherDriver::escapeIdentifier(const QString &identifier, IdentifierType) const
{
    QString escaped = identifier;
    if (escaped.startsWith(u'"') && escaped.endsWith(u'"') && escaped.size() > 1)
        return escaped;
    escaped.replace(u'"', QLatin1String("\"\""));
    return u'"' + escaped + u'"';
}

QVariant SqlCipherDriver::handle() const
{
    // Callers must not use it: linking sqlite3 elsewhere is exactly the symbol clash we avoid.
    return QVariant::fromValue(static_cast<void *>(m_db));
}

} // namespace routiq
