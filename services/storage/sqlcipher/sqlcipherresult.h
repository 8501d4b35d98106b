#pragma once

#include <QList>
#include <QPointer>
#include <QSqlError>
#include <QSqlRecord>
#include <QSqlResult>
#include <QVariant>

struct sqlite3_stmt;

namespace routiq {

class SqlCipherDriver;

// One prepared SQLCipher statement behind a QSqlQuery. Forward-only queries read values straight
// from the statement (the fast path for large reads); scrollable ones cache the rows they fetch.
class SqlCipherResult final : public QSqlResult
{
public:
    explicit SqlCipherResult(const SqlCipherDriver *driver);
    ~SqlCipherResult() override;

    QVariant handle() const override;
    void finalize(); // called by the driver before it closes the connection

protected:
    bool prepare(const QString &query) override;
    bool exec() override;
    bool reset(const QString &query) override;
    QVariant data(int column) override;
    bool isNull(int column) override;
    bool fetch(int row) override;
    bool fetchNext() override;
    bool fetchFirst() override;
    bool fetchLast() override;
    int size() override;
    int numRowsAffected() override;
    QSqlRecord record() const override;
    QVariant lastInsertId() const override;
    void detachFromResultSet() override;

private:
    bool step(); // advances the statement one row; false at the end or on error
    QVariant columnValue(int column) const;
    void cleanup();
    void setError(const QString &context, int code, QSqlError::ErrorType type);

    QPointer<SqlCipherDriver> m_driver;
    sqlite3_stmt *m_stmt = nullptr;
    QSqlRecord m_record;
    int m_stmtRow = -1; // the row the statement is positioned on (-1 = none)
    bool m_done = true; // the statement has no more rows
    int m_rowsAffected = -1;
    qint64 m_lastInsertId = -1;
    QList<QVariantList> m_rows; // scrollable queries only
};

} // namespace routiq
