#pragma once

#include "domain/appointmentlistrow.h"
#include "domain/databasekey.h"
#include "domain/routiqerror.h"
#include "metrics/appointmentfact.h"

#include <QList>

#include <memory>

namespace routiq {

class SqlConnection;

// A read-only view of one clinic's cache on its own connection, for the metrics engine and
// the drill-down lists. Open it in the thread that uses it (one per thread); it sees each
// committed page of the writer (WAL) and never blocks it.
class ClinicDatabaseReader
{
public:
    static std::unique_ptr<ClinicDatabaseReader> open(const QString &filePath,
                                                      const DatabaseKey &key, RoutiqError *error);
    ~ClinicDatabaseReader();

    // Every cached appointment (deleted ones included, flagged) as the metrics engine reads them.
    QList<AppointmentFact> loadFacts(RoutiqError *error = nullptr) const;
    // Only these appointments (those a ChangeSet names); unknown ids are skipped.
    QList<AppointmentFact> loadFacts(const QList<RecordId> &ids,
                                     RoutiqError *error = nullptr) const;
    // The facts (deleted ones included) whose local date is in [from, to]: an indexed read of
    // a few days, for the first snapshot (FirstSnapshotReader).
    QList<AppointmentFact> loadFactsBetween(QDate from, QDate to, RoutiqError *error) const;

    // The drill-down: appointments with a local date in the range, by start time.
    QList<AppointmentListRow> appointments(const AppointmentListQuery &query,
                                           RoutiqError *error = nullptr) const;

    QString connectionName() const;

private:
    explicit ClinicDatabaseReader(std::unique_ptr<SqlConnection> connection);
    std::unique_ptr<SqlConnection> m_connection;
};

} // namespace routiq
