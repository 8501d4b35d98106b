#pragma once

#include "domain/appointmentlistrow.h"
#include "domain/databasekey.h"
#include "domain/routiqerror.h"
#include "metrics/appointmentfact.h"
#include "metrics/appointmentfactsource.h"

#include <QList>

#include <functional>
#include <memory>

namespace routiq {

class SqlConnection;

// A read-only view of one clinic's cache on its own connection, for the metrics engine and
// the drill-down lists. Open it in the thread that uses it (one per thread); it sees each
// committed page of the writer (WAL) and never blocks it.
class ClinicDatabaseReader final : public AppointmentFactSource
{
public:
    static std::unique_ptr<ClinicDatabaseReader> open(const QString &filePath,
                                                      const DatabaseKey &key, RoutiqError *error);
    ~ClinicDatabaseReader() override;

    // Every cached appointment (deleted ones included, flagged) as the metrics engine reads them.
    QList<AppointmentFact> loadFacts(RoutiqError *error = nullptr) const override;
    // Every fact too, handed to `chunk` `chunkSize` at a time in the order loadFacts() gives
    // them, so that the whole list is never in memory at once. False on a read error.
    bool loadFactsInChunks(qsizetype chunkSize,
                           const std::function<void(const QList<AppointmentFact> &)> &chunk,
                           RoutiqError *error = nullptr) const;
    // Only these appointments (those a ChangeSet names); unknown ids are skipped.
    QList<AppointmentFact> loadFacts(const QList<RecordId> &ids,
                                     RoutiqError *error = nullptr) const override;
    // The facts (deleted ones included) whose local date is in [from, to]: an indexed read of
    // a few days, for the first snapshot (FirstSnapshotReader).
    QList<AppointmentFact> loadFactsBetween(QDate from, QDate to,
                                            RoutiqError *error) const override;

    // The drill-down: appointments with a local date in the range, by start time.
    QList<AppointmentListRow> appointments(const AppointmentListQuery &query,
                                           RoutiqError *error = nullptr) const;

    QString connectionName() const;

private:
    explicit ClinicDatabaseReader(std::unique_ptr<SqlConnection> connection);
    std::unique_ptr<SqlConnection> m_connection;
};

} // namespace routiq
