#include "firstsnapshotreader.h"

#include "clinicdatabasereader.h"
#include "metrics/rangeresolver.h"
#include "referencedata.h"
#include "storageerror.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace routiq {

namespace {

// For each patient with a booking in the days: the row of patient_booking_summary (kept by
// PatientSummaryWriter in the writer's transactions, clinic schema 8), one primary-key seek each.
// The days' patients come from appointments_facts_by_day, a covering index: no table row is read.
const char kPatients[] =
    "SELECT s.patient_id, s.first_starts_at, s.first_id, s.latest_starts_at FROM (SELECT "
    "DISTINCT patient_id FROM appointments WHERE local_julian_day BETWEEN ? AND ? AND "
    "cancelled = 0 AND deleted = 0) p JOIN patient_booking_summary s ON s.patient_id = "
    "p.patient_id";

} // namespace

std::optional<PartialHistory> FirstSnapshotReader::read(const ClinicDatabaseReader &reader,
                                                        QDate firstDay, QDate lastDay,
                                                        RoutiqError *error)
{
    PartialHistory history;
    history.firstDay = firstDay;
    history.lastDay = lastDay;
    RoutiqError factsError;
    history.facts = reader.loadFactsBetween(firstDay, lastDay, &factsError);
    if (!factsError.isNull()) {
        if (error)
            *error = factsError;
        return std::nullopt;
    }
    QSqlQuery q(QSqlDatabase::database(reader.connectionName(), false));
    q.setForwardOnly(true);
    const auto failed = [&](const QString &what) -> std::optional<PartialHistory> {
        if (error)
            *error = StorageError::fromSql(q.lastError(), what);
        return std::nullopt;
    };
    if (!q.prepare(QString::fromLatin1(kPatients)))
        return failed(QStringLiteral("reading patient summaries"));
    q.addBindValue(firstDay.toJulianDay());
    q.addBindValue(lastDay.toJulianDay());
    if (!q.exec())
        return failed(QStringLiteral("reading patient summaries"));
    while (q.next()) {
        AppointmentIndex::PatientSummary s;
        s.firstStartsAtUtcMSecs = q.value(1).toLongLong();
        s.firstId = q.value(2).toLongLong();
        s.latestStartsAtUtcMSecs = q.value(3).toLongLong();
        history.patients.insert(q.value(0).toLongLong(), s);
    }
    if (q.lastError().isValid())
        return failed(QStringLiteral("reading patient summaries"));
    return history;
}

QString FirstSnapshotReader::summaryQuery()
{
    return QString::fromLatin1(kPatients);
}

std::optional<MetricsSnapshot> FirstSnapshotReader::snapshot(const ClinicDatabaseReader &reader,
                                                             const MetricsRequest &request,
                                                             QDate today, RoutiqError *error)
{
    const auto range = RangeResolver::resolve(request, today, error);
    if (!range)
        return std::nullopt;
    const PartialHistory days = FirstSnapshot::daysNeeded(*range);
    const auto history = read(reader, days.firstDay, days.lastDay, error);
    if (!history)
        return std::nullopt;
    return FirstSnapshot::compute(*history, request, *range,
                                  ReferenceData::lastSuccessfulSync(reader.connectionName()),
                                  today);
}

} // namespace routiq
