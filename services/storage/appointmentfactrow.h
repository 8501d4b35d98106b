#pragma once

#include "metrics/appointmentfact.h"

#include <QSqlQuery>
#include <QString>

namespace routiq {

// The one row shape both stores read facts in, and its decoding: small values packed into one
// column, because every column read costs a QVariant and this query feeds the metrics engine
// with up to a million rows. The SQL differs only where SQLite and PostgreSQL spell a boolean's
// number differently.
class AppointmentFactRow
{
public:
    enum class Dialect
    {
        Sqlite,
        Postgres
    };

    // "SELECT … FROM appointments", to which a WHERE may be appended.
    static QString select(Dialect dialect);
    static AppointmentFact from(const QSqlQuery &query);
};

} // namespace routiq
