#include "appointmentlistreader.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace routiq {

namespace {

AppointmentStatus statusOf(bool deleted, bool cancelled, const QVariant &dna,
                           const QVariant &arrived)
{
    if (deleted)
        return AppointmentStatus::Deleted;
    if (cancelled)
        return AppointmentStatus::Cancelled;
    if (!dna.isNull() && dna.toInt() == 1)
        return AppointmentStatus::Missed;
    if (!arrived.isNull() && arrived.toInt() == 1)
        return AppointmentStatus::Attended;
    return AppointmentStatus::Booked;
}

// As the metrics count it: real elapsed time, strictly less than 24 h; a cancellation without
// a time is never late. A deleted row is not a cancellation at all.
bool isLateCancellation(const AppointmentListRow &r)
{
    constexpr qint64 msecsPerDay = 24LL * 60 * 60 * 1000;
    return r.status == AppointmentStatus::Cancelled && r.cancelledAtUtc.isValid() &&
           r.cancelledAtUtc.msecsTo(r.startsAtUtc) < msecsPerDay;
}

} // namespace

QList<AppointmentListRow> AppointmentListReader::read(const QSqlDatabase &db,
                                                      const ClinicScope &scope,
                                                      const AppointmentListQuery &query,
                                                      bool joinNames, QSqlError *sqlError)
{
    QList<AppointmentListRow> rows;
    // On the server every table holds many clinics: each join also matches the clinic.
    const auto sameClinic = [&scope](const char *alias) {
        return scope.isWholeDatabase()
                   ? QString()
                   : QStringLiteral(" AND %1.clinic_id = a.clinic_id").arg(QLatin1String(alias));
    };
    QString sql =
        QStringLiteral(
            "SELECT a.id, a.starts_at, a.local_julian_day, a.local_hour, a.patient_id, ") +
        (joinNames ? QStringLiteral("p.first_name, p.last_name, ")
                   : QStringLiteral("NULL, NULL, ")) +
        QStringLiteral("a.practitioner_id, pr.display_name, a.location_id, l.name, a.deleted, "
                       "a.cancelled, a.did_not_arrive, a.patient_arrived, a.ends_at, "
                       "a.cancelled_at FROM appointments a ") +
        (joinNames ? QStringLiteral("LEFT JOIN patients p ON p.id = a.patient_id") +
                         sameClinic("p") + u' '
                   : QString()) +
        QStringLiteral("LEFT JOIN practitioners pr ON pr.id = a.practitioner_id") +
        sameClinic("pr") + QStringLiteral(" LEFT JOIN locations l ON l.id = a.location_id") +
        sameClinic("l") + QStringLiteral(" WHERE a.local_julian_day BETWEEN ? AND ?");
    if (query.locationId)
        sql += QStringLiteral(" AND a.location_id = ?");
    if (query.practitionerId)
        sql += QStringLiteral(" AND a.practitioner_id = ?");
    if (!query.includeDeleted)
        sql += QStringLiteral(" AND a.deleted = 0");
    sql += scope.condition(QStringLiteral("a"));
    sql += QStringLiteral(" ORDER BY a.starts_at, a.id");

    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(query.from.toJulianDay());
    q.addBindValue(query.to.toJulianDay());
    if (query.locationId)
        q.addBindValue(*query.locationId);
    if (query.practitionerId)
        q.addBindValue(*query.practitionerId);
    if (!scope.isWholeDatabase())
        q.addBindValue(scope.clinicId());
    if (!q.exec()) {
        if (sqlError)
            *sqlError = q.lastError();
        return rows;
    }
    while (q.next()) {
        AppointmentListRow r;
        r.id = q.value(0).toLongLong();
        r.startsAtUtc = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
        r.localDate = QDate::fromJulianDay(q.value(2).toLongLong());
        r.localHour = q.value(3).toInt();
        r.patientId = q.value(4).toLongLong();
        if (joinNames)
            r.patientName =
                QStringList{q.value(5).toString(), q.value(6).toString()}.join(u' ').trimmed();
        r.practitionerId = q.value(7).toLongLong();
        r.practitionerName = q.value(8).toString();
        r.locationId = q.value(9).toLongLong();
        r.locationName = q.value(10).toString();
        r.status =
            statusOf(q.value(11).toInt() != 0, q.value(12).toInt() != 0, q.value(13), q.value(14));
        if (!q.value(15).isNull())
            r.endsAtUtc = QDateTime::fromMSecsSinceEpoch(q.value(15).toLongLong(), Qt::UTC);
        if (!q.value(16).isNull())
            r.cancelledAtUtc = QDateTime::fromMSecsSinceEpoch(q.value(16).toLongLong(), Qt::UTC);
        r.lateCancellation = isLateCancellation(r);
        rows.append(r);
    }
    if (q.lastError().isValid() && sqlError)
        *sqlError = q.lastError();
    return rows;
}

} // namespace routiq
