#include "sqlcipherresult.h"

#include "sqlcipherdriver.h"

#include <QDate>
#include <QDateTime>
#include <QSqlField>
#include <QTime>

#include <sqlite3.h>

namespace routiq {

namespace {

QMetaType typeForColumn(sqlite3_stmt *stmt, int column)
{
    const char *declared = sqlite3_column_decltype(stmt, column);
    const QString t = declared ? QString::fromUtf8(declared).toUpper() : QString();
    if (t.contains(QLatin1String("INT")))
        return QMetaType(QMetaType::LongLong);
    if (t.contains(QLatin1String("REAL")) || t.contains(QLatin1String("FLOA")) ||
        t.contains(QLatin1String("DOUB")))
        return QMetaType(QMetaType::Double);
    if (t.contains(QLatin1String("BLOB")))
        return QMetaType(QMetaType::QByteArray);
    if (!t.isEmpty())
        return QMetaType(QMetaType::QString);
    // An expression column: go by the value's storage class.
    switch (sqlite3_column_type(stmt, column)) {
    case SQLITE_INTEGER:
        return QMetaType(QMetaType::LongLong);
    case SQLITE_FLOAT:
        return QMetaType(QMetaType::Double);
    case SQLITE_BLOB:
        return QMetaType(QMetaType::QByteArray);
    default:
        return QMetaType(QMetaType::QString);
    }
}

} // namespace

SqlCipherResult::SqlCipherResult(const SqlCipherDriver *driver)
    : QSqlResult(driver), m_driver(const_cast<SqlCipherDriver *>(driver))
{
    if (m_driver)
        m_driver->attach(this);
}

SqlCipherResult::~SqlCipherResult()
{
    finalize();
    if (m_driver)
        m_driver->detach(this);
}

QVariant SqlCipherResult::handle() const
{
    return QVariant::fromValue(static_cast<void *>(m_stmt));
}

void SqlCipherResult::finalize()
{
    if (m_stmt) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
    m_done = true;
    m_stmtRow = -1;
}

void SqlCipherResult::cleanup()
{
    finalize();
    m_rows.clear();
    m_record.clear();
    m_rowsAffected = -1;
    m_lastInsertId = -1;
    setAt(QSql::BeforeFirstRow);
    setActive(false);
    setSelect(false);
}

void SqlCipherResult::setError(const QString &context, int code, QSqlError::ErrorType type)
{
    if (m_driver)
        setLastError(m_driver->makeError(context, code, type));
    else
        setLastError(QSqlError(context, QStringLiteral("no connection"), type));
}

bool SqlCipherResult::prepare(const QString &query)
{
    cleanup();
    if (!m_driver || !m_driver->isOpen() || !m_driver->connection()) {
        setLastError(QSqlError(QStringLiteral("Unable to prepare statement"),
                               QStringLiteral("the database is not open"),
                               QSqlError::StatementError));
        return false;
    }
    const QString trimmed = query.trimmed();
    const void *tail = nullptr;
    const int rc = sqlite3_prepare16_v2(m_driver->connection(), trimmed.constData(),
                                        int(trimmed.size() * sizeof(QChar)), &m_stmt, &tail);
    if (rc != SQLITE_OK) {
        setError(QStringLiteral("Unable to prepare statement"), rc, QSqlError::StatementError);
        finalize();
        return false;
    }
    if (tail &&
        !QStringView(static_cast<const QChar *>(tail),
                     trimmed.constData() + trimmed.size() - static_cast<const QChar *>(tail))
             .trimmed()
             .isEmpty()) {
        setLastError(QSqlError(QStringLiteral("Unable to prepare statement"),
                               QStringLiteral("only one statement can be executed at a time"),
                               QSqlError::StatementError));
        finalize();
        return false;
    }
    return true;
}

bool SqlCipherResult::reset(const QString &query)
{
    return prepare(query) && exec();
}

bool SqlCipherResult::exec()
{
    if (!m_stmt) {
        setLastError(QSqlError(QStringLiteral("Unable to execute statement"),
                               QStringLiteral("no prepared statement"), QSqlError::StatementError));
        return false;
    }
    m_rows.clear();
    m_record.clear();
    setAt(QSql::BeforeFirstRow);
    setActive(false);
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);

    const QVariantList &values = boundValues();
    const int expected = sqlite3_bind_parameter_count(m_stmt);
    if (expected != values.size()) {
        setLastError(QSqlError(QStringLiteral("Unable to execute statement"),
                               QStringLiteral("parameter count mismatch: %1 expected, %2 bound")
                                   .arg(expected)
                                   .arg(values.size()),
                               QSqlError::StatementError));
        return false;
    }
    for (int i = 0; i < expected; ++i) {
        const QVariant &v = values.at(i);
        const int pos = i + 1;
        int rc = SQLITE_OK;
        if (v.isNull()) {
            rc = sqlite3_bind_null(m_stmt, pos);
        } else {
            switch (v.metaType().id()) {
            case QMetaType::Bool:
            case QMetaType::Int:
            case QMetaType::UInt:
            case QMetaType::LongLong:
            case QMetaType::Long:
            case QMetaType::Short:
            case QMetaType::UShort:
            case QMetaType::Char:
            case QMetaType::SChar:
            case QMetaType::UChar:
                rc = sqlite3_bind_int64(m_stmt, pos, v.toLongLong());
                break;
            case QMetaType::ULongLong:
            case QMetaType::ULong:
                rc = sqlite3_bind_int64(m_stmt, pos, qint64(v.toULongLong()));
                break;
            case QMetaType::Double:
            case QMetaType::Float:
                rc = sqlite3_bind_double(m_stmt, pos, v.toDouble());
                break;
            case QMetaType::QByteArray: {
                const QByteArray bytes = v.toByteArray();
                rc = sqlite3_bind_blob(m_stmt, pos, bytes.constData(), int(bytes.size()),
                                       SQLITE_TRANSIENT);
                break;
            }
            case QMetaType::QDateTime: {
                const QString s = v.toDateTime().toString(Qt::ISODateWithMs);
                rc = sqlite3_bind_text16(m_stmt, pos, s.constData(), int(s.size() * sizeof(QChar)),
                                         SQLITE_TRANSIENT);
                break;
            }
            default: {
                const QString s = v.toString();
                rc = sqlite3_bind_text16(m_stmt, pos, s.constData(), int(s.size() * sizeof(QChar)),
                                         SQLITE_TRANSIENT);
                break;
            }
            }
        }
        if (rc != SQLITE_OK) {
            setError(QStringLiteral("Unable to bind parameters"), rc, QSqlError::StatementError);
            return false;
        }
    }

    m_done = false;
    m_stmtRow = -1;
    if (!step() && lastError().isValid())
        return false;

    const int columns = sqlite3_column_count(m_stmt);
    for (int c = 0; c < columns; ++c) {
        const char *name = sqlite3_column_name(m_stmt, c);
        m_record.append(QSqlField(QString::fromUtf8(name ? name : ""), typeForColumn(m_stmt, c)));
    }
    if (!isForwardOnly() && !m_rows.isEmpty()) {
        // Row 0 was cached before the record existed: give its nulls their column types.
        for (int c = 0; c < columns; ++c)
            m_rows.first()[c] = columnValue(c);
    }
    if (columns == 0) {
        m_rowsAffected = sqlite3_changes(m_driver->connection());
        m_lastInsertId = sqlite3_last_insert_rowid(m_driver->connection());
    }
    setSelect(columns > 0);
    setActive(true);
    return true;
}

bool SqlCipherResult::step()
{
    if (m_done || !m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        ++m_stmtRow;
        if (!isForwardOnly()) {
            QVariantList row;
            const int columns = sqlite3_column_count(m_stmt);
            row.reserve(columns);
            for (int c = 0; c < columns; ++c)
                row.append(columnValue(c));
            m_rows.append(row);
        }
        return true;
    }
    m_done = true;
    if (rc == SQLITE_DONE)
        return false;
    const int code = sqlite3_extended_errcode(m_driver->connection());
    sqlite3_reset(m_stmt);
    setError(QStringLiteral("Unable to fetch row"), code ? code : rc, QSqlError::StatementError);
    setActive(false);
    return false;
}

QVariant SqlCipherResult::columnValue(int column) const
{
    const QSql::NumericalPrecisionPolicy policy = numericalPrecisionPolicy();
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        // Like QSQLITE: the precision policy (LowPrecisionDouble by default) is for REAL values
        // only; integers (19-digit PMS ids) always stay exact.
        return QVariant(qint64(sqlite3_column_int64(m_stmt, column)));
    case SQLITE_FLOAT: {
        const double v = sqlite3_column_double(m_stmt, column);
        if (policy == QSql::LowPrecisionInt32)
            return QVariant(int(v));
        if (policy == QSql::LowPrecisionInt64)
            return QVariant(qint64(v));
        return QVariant(v);
    }
    case SQLITE_BLOB: {
        const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
        return QVariant(QByteArray(data, sqlite3_column_bytes(m_stmt, column)));
    }
    case SQLITE_NULL:
        return QVariant(m_record.isEmpty() ? QMetaType() : m_record.field(column).metaType());
    default: {
        const auto *text = static_cast<const QChar *>(sqlite3_column_text16(m_stmt, column));
        const int bytes = sqlite3_column_bytes16(m_stmt, column);
        return QVariant(QString(text, bytes / int(sizeof(QChar))));
    }
    }
}

bool SqlCipherResult::fetch(int row)
{
    if (row < 0 || !isActive() || !isSelect())
        return false;
    if (!isForwardOnly() && row < m_rows.size()) {
        setAt(row);
        return true;
    }
    if (isForwardOnly() && row < m_stmtRow)
        return false;
    // The first row was stepped in exec(); later rows are stepped here.
    while (m_stmtRow < row) {
        if (!step()) {
            setAt(QSql::AfterLastRow);
            return false;
        }
    }
    if (m_stmtRow != row || (m_done && isForwardOnly()))
        return false;
    setAt(row);
    return true;
}

bool SqlCipherResult::fetchNext()
{
    if (at() == QSql::AfterLastRow)
        return false;
    return fetch(at() == QSql::BeforeFirstRow ? 0 : at() + 1);
}

bool SqlCipherResult::fetchFirst()
{
    return fetch(0);
}

bool SqlCipherResult::fetchLast()
{
    if (isForwardOnly())
        return false;
    while (step()) {
    }
    if (m_rows.isEmpty())
        return false;
    setAt(int(m_rows.size() - 1));
    return true;
}

QVariant SqlCipherResult::data(int column)
{
    if (column < 0 || column >= m_record.count() || at() < 0)
        return QVariant();
    if (!isForwardOnly())
        return at() < m_rows.size() ? m_rows.at(at()).at(column) : QVariant();
    return columnValue(column);
}

bool SqlCipherResult::isNull(int column)
{
    if (column < 0 || column >= m_record.count() || at() < 0)
        return true;
    if (!isForwardOnly())
        return at() >= m_rows.size() || m_rows.at(at()).at(column).isNull();
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

int SqlCipherResult::size()
{
    return -1;
}

int SqlCipherResult::numRowsAffected()
{
    return m_rowsAffected;
}

QSqlRecord SqlCipherResult::record() const
{
    return isActive() && isSelect() ? m_record : QSqlRecord();
}

QVariant SqlCipherResult::lastInsertId() const
{
    return m_lastInsertId > 0 ? QVariant(m_lastInsertId) : QVariant();
}

void SqlCipherResult::detachFromResultSet()
{
    if (m_stmt)
        sqlite3_reset(m_stmt);
    m_done = true;
}

} // namespace routiq
