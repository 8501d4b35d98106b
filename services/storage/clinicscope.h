#pragma once

#include "domain/ids.h"

#include <QSqlQuery>
#include <QString>

namespace routiq {

// Which clinic's rows a statement of the shared clinic writers touches. A clinic cache file holds
// one clinic: the whole database, and its statements stay as they are. The shared server's
// tables hold many clinics with a clinic_id column: every statement then adds
// "AND clinic_id = ?" (bound last), and every insert the column.
class ClinicScope
{
public:
    ClinicScope() = default; // the whole database
    static ClinicScope clinic(ClinicId id)
    {
        ClinicScope s;
        s.m_clinic = std::move(id);
        return s;
    }

    bool isWholeDatabase() const { return m_clinic.isEmpty(); }
    ClinicId clinicId() const { return m_clinic; }
    static QString column() { return QStringLiteral("clinic_id"); }

    // " AND clinic_id = ?" (with "alias." when given) for a scoped statement, else empty.
    QString condition(const QString &alias = {}) const
    {
        if (isWholeDatabase())
            return {};
        return QStringLiteral(" AND ") + (alias.isEmpty() ? QString() : alias + u'.') + column() +
               QStringLiteral(" = ?");
    }
    // Binds the clinic at `position` of a scoped statement; returns the next position.
    int bind(QSqlQuery &query, int position) const
    {
        if (isWholeDatabase())
            return position;
        query.bindValue(position, m_clinic);
        return position + 1;
    }

private:
    ClinicId m_clinic;
};

} // namespace routiq
