#include "clinicpagewriter.h"

#include "clinicrecordwriter.h"
#include "clinicsyncstate.h"
#include "patientsummarywriter.h"

namespace routiq {

bool ClinicPageWriter::fail(const QSqlError &error, const QString &step)
{
    m_error = error;
    m_step = step;
    return false;
}

bool ClinicPageWriter::writePage(const PmsPage &page, const SyncCheckpoint &checkpoint,
                                 ChangeSet *changes)
{
    const QString storing = QStringLiteral("storing a page");
    // Each touched patient's first/latest booking, as before the page and as after it.
    PatientSummaryWriter summaries(m_db, m_scope);
    QList<RecordId> pageIds;
    pageIds.reserve(page.appointments.size());
    for (const Appointment &a : page.appointments) {
        pageIds.append(a.id);
        summaries.rememberPatient(a.patientId);
    }
    if (!summaries.rememberPatientsOf(pageIds))
        return fail(summaries.lastError(), storing);
    ClinicRecordWriter writer(m_db, m_resolver, m_scope);
    if (!writer.write(page, changes))
        return fail(writer.lastError(), storing);
    // Appointments placed again in a location's new zone (their instants moved).
    const QSet<RecordId> inPage(pageIds.cbegin(), pageIds.cend());
    QList<RecordId> replaced;
    for (RecordId id : std::as_const(changes->upsertedAppointmentIds))
        if (!inPage.contains(id))
            replaced.append(id);
    if (!summaries.rememberPatientsOf(replaced) || !summaries.recompute())
        return fail(summaries.lastError(), storing);
    QSqlError sqlError;
    if (!ClinicSyncState(m_db, m_scope).saveCheckpoint(checkpoint, &sqlError))
        return fail(sqlError, QStringLiteral("storing a checkpoint"));
    return true;
}

bool ClinicPageWriter::removeAppointments(const QList<RecordId> &ids, ChangeSet *changes)
{
    const QString removing = QStringLiteral("removing appointments");
    PatientSummaryWriter summaries(m_db, m_scope);
    if (!summaries.rememberPatientsOf(ids))
        return fail(summaries.lastError(), removing);
    ClinicRecordWriter writer(m_db, m_resolver, m_scope);
    if (!writer.removeAppointments(ids, changes))
        return fail(writer.lastError(), removing);
    if (!summaries.recompute())
        return fail(summaries.lastError(), removing);
    return true;
}

} // namespace routiq
