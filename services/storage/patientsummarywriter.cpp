#include "patientsummarywriter.h"

#include <QSqlQuery>

namespace routiq {

bool PatientSummaryWriter::rememberPatientsOf(const QList<RecordId> &appointmentIds)
{
    if (appointmentIds.isEmpty())
        return true;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT patient_id FROM appointments WHERE id = ?") +
                   m_scope.condition())) {
        m_error = q.lastError();
        return false;
    }
    for (RecordId id : appointmentIds) {
        q.bindValue(0, id);
        m_scope.bind(q, 1);
        if (!q.exec()) {
            m_error = q.lastError();
            return false;
        }
        if (q.next())
            m_patients.insert(q.value(0).toLongLong());
        q.finish();
    }
    return true;
}

bool PatientSummaryWriter::recompute()
{
    if (m_patients.isEmpty())
        return true;
    QSqlQuery remove(m_db);
    QSqlQuery insert(m_db);
    // The terms "cancelled = 0 AND deleted = 0" are those of the partial index: each subquery
    // is one seek in it. Scoped (the shared server), the rows carry the clinic of `b`.
    const bool scoped = !m_scope.isWholeDatabase();
    const QString clinicColumn = scoped ? QStringLiteral(", clinic_id") : QString();
    if (!remove.prepare(QStringLiteral("DELETE FROM patient_booking_summary WHERE patient_id = ?") +
                        m_scope.condition()) ||
        !insert.prepare(
            QStringLiteral("INSERT INTO patient_booking_summary (patient_id, first_starts_at, "
                           "first_id, latest_starts_at") +
            clinicColumn +
            QStringLiteral(") SELECT b.patient_id, b.starts_at, b.id, (SELECT l.starts_at FROM "
                           "appointments l WHERE l.patient_id = ?") +
            (scoped ? QStringLiteral(" AND l.clinic_id = b.clinic_id") : QString()) +
            QStringLiteral(" AND l.cancelled = 0 AND l.deleted = 0 ORDER BY l.starts_at DESC "
                           "LIMIT 1)") +
            (scoped ? QStringLiteral(", b.clinic_id") : QString()) +
            QStringLiteral(" FROM appointments b WHERE b.patient_id = ?") +
            m_scope.condition(QStringLiteral("b")) +
            QStringLiteral(" AND b.cancelled = 0 AND b.deleted = 0 ORDER BY b.starts_at, b.id "
                           "LIMIT 1"))) {
        m_error = remove.lastError().isValid() ? remove.lastError() : insert.lastError();
        return false;
    }
    for (RecordId patient : std::as_const(m_patients)) {
        remove.bindValue(0, patient);
        m_scope.bind(remove, 1);
        insert.bindValue(0, patient);
        insert.bindValue(1, patient);
        m_scope.bind(insert, 2);
        if (!remove.exec()) {
            m_error = remove.lastError();
            return false;
        }
        if (!insert.exec()) {
            m_error = insert.lastError();
            return false;
        }
    }
    m_patients.clear();
    return true;
}

} // namespace routiq
