#include "upsertstatement.h"

namespace routiq {

UpsertStatement::UpsertStatement(const QSqlDatabase &db, const QString &table,
                                 const QString &keyColumn, const QStringList &columns,
                                 const ClinicScope &scope)
    : m_update(db), m_insert(db), m_scope(scope)
{
    // Table and column names are compile-time constants of the schema, never input.
    QStringList assignments;
    QStringList marks;
    for (const QString &c : columns) {
        assignments << c + QStringLiteral(" = ?");
        marks << QStringLiteral("?");
    }
    marks << QStringLiteral("?");
    QString keys = keyColumn;
    if (!scope.isWholeDatabase()) {
        marks << QStringLiteral("?");
        keys += QStringLiteral(", ") + ClinicScope::column();
    }
    const QString update = QStringLiteral("UPDATE %1 SET %2 WHERE %3 = ?")
                               .arg(table, assignments.join(QStringLiteral(", ")), keyColumn) +
                           scope.condition();
    const QString insert =
        QStringLiteral("INSERT INTO %1 (%2, %3) VALUES (%4)")
            .arg(table, columns.join(QStringLiteral(", ")), keys, marks.join(QStringLiteral(", ")));
    m_valid = m_update.prepare(update) && m_insert.prepare(insert);
    if (!m_valid)
        m_error = m_update.lastError().isValid() ? m_update.lastError() : m_insert.lastError();
}

bool UpsertStatement::run(const QVariant &key, const QVariantList &values, bool *inserted)
{
    if (!m_valid)
        return false;
    for (qsizetype i = 0; i < values.size(); ++i)
        m_update.bindValue(int(i), values.at(i));
    m_update.bindValue(int(values.size()), key);
    m_scope.bind(m_update, int(values.size()) + 1);
    if (!m_update.exec()) {
        m_error = m_update.lastError();
        return false;
    }
    const bool isNew = m_update.numRowsAffected() == 0;
    if (inserted)
        *inserted = isNew;
    if (!isNew)
        return true;
    for (qsizetype i = 0; i < values.size(); ++i)
        m_insert.bindValue(int(i), values.at(i));
    m_insert.bindValue(int(values.size()), key);
    m_scope.bind(m_insert, int(values.size()) + 1);
    if (!m_insert.exec()) {
        m_error = m_insert.lastError();
        return false;
    }
    return true;
}

} // namespace routiq
