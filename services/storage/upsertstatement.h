#pragma once

#include "clinicscope.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

namespace routiq {

// "Upsert by key" for SQLite 3.15, which has no ON CONFLICT DO UPDATE: UPDATE the row, and
// INSERT it when no row changed. Both statements are prepared once and reused for a whole page;
// run it inside the caller's transaction. Scoped to one clinic (the shared server), the key is
// (clinic_id, keyColumn) and the insert sets clinic_id.
class UpsertStatement
{
public:
    UpsertStatement(const QSqlDatabase &db, const QString &table, const QString &keyColumn,
                    const QStringList &columns, const ClinicScope &scope = {});

    // A value for a NOT NULL text column: QPSQL binds a null QString as NULL, our SQLCipher
    // driver as ''; both stores get ''.
    static QVariant notNullText(const QString &value)
    {
        return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
    }

    bool isValid() const { return m_valid; }
    // `values` in the order of `columns`; `inserted` says whether the row is new.
    bool run(const QVariant &key, const QVariantList &values, bool *inserted = nullptr);
    QSqlError lastError() const { return m_error; }

private:
    QSqlQuery m_update;
    QSqlQuery m_insert;
    ClinicScope m_scope;
    QSqlError m_error;
    bool m_valid = false;
};

} // namespace routiq
