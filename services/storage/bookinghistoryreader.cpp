#include "bookinghistoryreader.h"

#include "storageerror.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace routiq {

namespace {

// Flags packed into one column: every column read costs a QVariant.
const char kColumns[] =
    "SELECT id, patient_id, practitioner_id, location_id, appointment_type_id, starts_at, "
    "created_at, cancelled_at, local_hour * 256 + local_weekday * 16 + (deleted != 0) + "
    "(cancelled != 0) * 2 + (coalesce(did_not_arrive, 0) = 1) * 4 + "
    "(coalesce(patient_arrived, 0) = 1) * 8, (SELECT birth_year FROM patients p WHERE p.id = "
    "appointments.patient_id) FROM appointments";

const QString kWhat = QStringLiteral("reading the booking history");

BookingRecord recordFrom(const QSqlQuery &q)
{
    BookingRecord r;
    r.id = q.value(0).toLongLong();
    r.patientId = q.value(1).toLongLong();
    r.practitionerId = q.value(2).toLongLong();
    r.locationId = q.value(3).toLongLong();
    r.appointmentTypeId = q.value(4).toLongLong();
    r.startsAtMs = q.value(5).toLongLong();
    const QVariant created = q.value(6);
    if (!created.isNull())
        r.createdAtMs = created.toLongLong();
    const QVariant cancelled = q.value(7);
    if (!cancelled.isNull())
        r.cancelledAtMs = cancelled.toLongLong();
    const qint64 packed = q.value(8).toLongLong();
    r.localHour = qint8((packed >> 8) & 0xff);
    r.localWeekday = qint8((packed >> 4) & 0xf);
    r.deleted = packed & 1;
    r.cancelled = packed & 2;
    r.didNotArrive = packed & 4;
    r.arrived = packed & 8;
    r.birthYear = qint16(q.value(9).toInt());
    return r;
}

bool fail(const QSqlQuery &q, RoutiqError *error)
{
    if (error)
        *error = StorageError::fromSql(q.lastError(), kWhat);
    return false;
}

// Runs a prepared query once per bound value, appending every row.
std::vector<BookingRecord> perValue(const QString &connectionName, const QString &where,
                                    const QList<RecordId> &values, RoutiqError *error)
{
    std::vector<BookingRecord> out;
    QSqlQuery q(QSqlDatabase::database(connectionName, false));
    q.setForwardOnly(true);
    if (!q.prepare(QString::fromLatin1(kColumns) + where)) {
        fail(q, error);
        return out;
    }
    for (RecordId v : values) {
        q.bindValue(0, v);
        if (!q.exec()) {
            fail(q, error);
            return {};
        }
        while (q.next())
            out.push_back(recordFrom(q));
        q.finish();
    }
    return out;
}

} // namespace

std::vector<BookingRecord> BookingHistoryReader::all(const QString &connectionName,
                                                     RoutiqError *error,
                                                     const std::atomic<bool> *cancel)
{
    std::vector<BookingRecord> out;
    // Sized first: growing a vector of a million rows would briefly hold it one and a half times.
    const qint64 count = appointmentCount(connectionName, error);
    if (count < 0)
        return out;
    out.reserve(size_t(count));
    QSqlQuery q(QSqlDatabase::database(connectionName, false));
    q.setForwardOnly(true);
    if (!q.exec(QString::fromLatin1(kColumns))) {
        fail(q, error);
        return out;
    }
    while (q.next()) {
        out.push_back(recordFrom(q));
        if (cancel && out.size() % 4096 == 0 && cancel->load(std::memory_order_relaxed))
            return {};
    }
    if (q.lastError().isValid())
        fail(q, error);
    return out;
}

std::vector<BookingRecord> BookingHistoryReader::forPatients(const QString &connectionName,
                                                             const QList<RecordId> &patientIds,
                                                             RoutiqError *error)
{
    return perValue(connectionName, QStringLiteral(" WHERE patient_id = ?"), patientIds, error);
}

std::vector<BookingRecord> BookingHistoryReader::byIds(const QString &connectionName,
                                                       const QList<RecordId> &ids,
                                                       RoutiqError *error)
{
    return perValue(connectionName, QStringLiteral(" WHERE id = ?"), ids, error);
}

namespace {

qint64 utcJulianDay(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date().toJulianDay();
}

// The upcoming bookings: the local-date index narrows the scan (a local date is within a day
// of the UTC date), the instants decide.
const char kUpcoming[] = "local_julian_day BETWEEN :fromDay AND :toDay AND starts_at > :from AND "
                         "starts_at < :to AND cancelled = 0 AND deleted = 0";

std::vector<BookingRecord> runRange(const QString &connectionName, const QString &sql,
                                    qint64 fromMs, qint64 toMs, RoutiqError *error)
{
    std::vector<BookingRecord> out;
    QSqlQuery q(QSqlDatabase::database(connectionName, false));
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        fail(q, error);
        return out;
    }
    q.bindValue(QStringLiteral(":fromDay"), utcJulianDay(fromMs) - 1);
    q.bindValue(QStringLiteral(":toDay"), utcJulianDay(toMs) + 1);
    q.bindValue(QStringLiteral(":from"), fromMs);
    q.bindValue(QStringLiteral(":to"), toMs);
    if (!q.exec()) {
        fail(q, error);
        return out;
    }
    while (q.next())
        out.push_back(recordFrom(q));
    if (q.lastError().isValid())
        fail(q, error);
    return out;
}

} // namespace

std::vector<BookingRecord> BookingHistoryReader::upcoming(const QString &connectionName,
                                                          qint64 fromMs, qint64 toMs,
                                                          RoutiqError *error)
{
    return runRange(connectionName,
                    QString::fromLatin1(kColumns) + QStringLiteral(" WHERE ") +
                        QString::fromLatin1(kUpcoming),
                    fromMs, toMs, error);
}

qint64 BookingHistoryReader::appointmentCount(const QString &connectionName, RoutiqError *error)
{
    QSqlQuery q(QSqlDatabase::database(connectionName, false));
    if (!q.exec(QStringLiteral("SELECT count(*) FROM appointments")) || !q.next()) {
        fail(q, error);
        return -1;
    }
    return q.value(0).toLongLong();
}

QHash<RecordId, QString> BookingHistoryReader::appointmentTypeNames(const QString &connectionName,
                                                                    RoutiqError *error)
{
    QHash<RecordId, QString> names;
    QSqlQuery q(QSqlDatabase::database(connectionName, false));
    if (!q.exec(QStringLiteral("SELECT id, name FROM appointment_types"))) {
        fail(q, error);
        return names;
    }
    while (q.next())
        names.insert(q.value(0).toLongLong(), q.value(1).toString());
    return names;
}

} // namespace routiq
