#pragma once

#include "clinicscope.h"
#include "domain/appointmentlistrow.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlError>

namespace routiq {

// The drill-down's rows (appointments with a local date in the query's range, by start time),
// read by one statement from either store: a clinic cache file (the whole database) or one
// clinic of the shared server (`scope`). Names are joined in only with `joinNames`; the server
// hands them out through its audited function instead (ServerClinicReader).
class AppointmentListReader
{
public:
    // The rows; on failure none, with the driver's error in `sqlError`.
    static QList<AppointmentListRow> read(const QSqlDatabase &db, const ClinicScope &scope,
                                          const AppointmentListQuery &query, bool joinNames,
                                          QSqlError *sqlError);
};

} // namespace routiq
