#pragma once

#include "clinicscope.h"
#include "domain/ids.h"

#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>

namespace routiq {

// Keeps patient_booking_summary (clinic schema 8: each patient's first booking and latest
// booking instant) exact inside the writer's transaction: the patients a page or a removal
// touches are remembered before and after the change, then their rows are recomputed from
// appointments_bookings_by_patient. Not SQLite triggers: on SQLCipher 3.4 any AFTER INSERT
// trigger made each inserted row cost ~125 us more (a page-by-page write ~5x slower; D19).
class PatientSummaryWriter
{
public:
    explicit PatientSummaryWriter(const QSqlDatabase &db, ClinicScope scope = {})
        : m_db(db), m_scope(std::move(scope))
    {}

    // The patients these appointments have as stored now (unknown ids are skipped).
    bool rememberPatientsOf(const QList<RecordId> &appointmentIds);
    void rememberPatient(RecordId patientId) { m_patients.insert(patientId); }

    // Recomputes the row of every remembered patient (none left: no row), then forgets them.
    bool recompute();

    QSqlError lastError() const { return m_error; }

private:
    QSqlDatabase m_db;
    ClinicScope m_scope;
    QSet<RecordId> m_patients;
    QSqlError m_error;
};

} // namespace routiq
