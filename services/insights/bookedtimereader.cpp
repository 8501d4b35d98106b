#include "bookedtimereader.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace routiq {

QList<BookedTime> BookedTimeReader::read(const QString &connectionName, QDate first, QDate last,
                                         RoutiqError *error, const ClinicScope &scope)
{
    QList<BookedTime> out;
    QSqlQuery q(QSqlDatabase::database(connectionName, false));
    q.setForwardOnly(true);
    const bool ok =
        q.prepare(
            QStringLiteral(
                "SELECT practitioner_id, location_id, local_julian_day, starts_at, ends_at FROM "
                "appointments WHERE local_julian_day BETWEEN ? AND ? AND deleted = 0 AND "
                "cancelled = 0") +
            scope.condition()) &&
        (q.bindValue(0, first.toJulianDay()), q.bindValue(1, last.toJulianDay()), scope.bind(q, 2),
         q.exec());
    if (!ok) {
        *error = RoutiqError::make(QStringLiteral("CACHE_READ_FAILED"),
                                   QStringLiteral("The clinic's cache could not be read."),
                                   q.lastError().text());
        return out;
    }
    while (q.next()) {
        BookedTime b;
        b.practitionerId = q.value(0).toLongLong();
        b.locationId = q.value(1).toLongLong();
        b.localJulianDay = q.value(2).toLongLong();
        // An unknown end, or one before the start, books no time (the booking still counts).
        if (!q.value(4).isNull())
            b.durationMSecs =
                std::max<qint64>(0, q.value(4).toLongLong() - q.value(3).toLongLong());
        out.append(b);
    }
    return out;
}

} // namespace routiq
