#pragma once

#include "clinicscope.h"
#include "domain/changeset.h"
#include "domain/pmspage.h"
#include "localstart.h"
#include "upsertstatement.h"

#include <QSqlError>

#include <memory>

namespace routiq {

// Writes the records of one PMS page into a clinic cache, inside the caller's transaction:
// upserts by id and collects what changed. Appointments get their local start computed here.
// The one writer of both stores: a clinic cache file (whole database) and the shared server
// (scoped to one clinic, services/shared), so both compute every local date the same way.
class ClinicRecordWriter
{
public:
    ClinicRecordWriter(const QSqlDatabase &db, LocalStartResolver *resolver,
                       ClinicScope scope = {});
    ~ClinicRecordWriter();

    bool write(const PmsPage &page, ChangeSet *changes);
    bool removeAppointments(const QList<RecordId> &ids, ChangeSet *changes);
    QSqlError lastError() const { return m_error; }

private:
    bool writeAppointments(const QList<Appointment> &appointments, ChangeSet *changes);
    // After a location's zone changed: recompute its appointments' local fields.
    bool relocalise(RecordId locationId, ChangeSet *changes);
    bool fail(const QSqlError &error);

    QSqlDatabase m_db;
    LocalStartResolver *m_resolver;
    ClinicScope m_scope;
    QSqlError m_error;
};

} // namespace routiq
