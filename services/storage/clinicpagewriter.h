#pragma once

#include "clinicscope.h"
#include "domain/changeset.h"
#include "domain/pmspage.h"

#include <QSqlDatabase>
#include <QSqlError>

namespace routiq {

class LocalStartResolver;

// What one page (or one removal) writes inside its store's transaction, the same for both
// stores — a clinic cache file and, scoped to one clinic, the shared server (services/shared):
// the records upserted with their local start (ClinicRecordWriter), the booking summary of every
// patient the change touches recomputed (PatientSummaryWriter), the checkpoint saved
// (ClinicSyncState). The stores own the transaction, its error mapping and the ChangeSet's
// publication; on failure they roll back and `lastError`/`step` say where it stopped.
class ClinicPageWriter
{
public:
    ClinicPageWriter(const QSqlDatabase &db, LocalStartResolver *resolver, ClinicScope scope = {})
        : m_db(db), m_resolver(resolver), m_scope(std::move(scope))
    {}

    // `changes` starts empty: it receives what this page (or removal) changed.
    bool writePage(const PmsPage &page, const SyncCheckpoint &checkpoint, ChangeSet *changes);
    bool removeAppointments(const QList<RecordId> &ids, ChangeSet *changes);

    QSqlError lastError() const { return m_error; }
    QString step() const { return m_step; } // "storing a page", "storing a checkpoint", …

private:
    bool fail(const QSqlError &error, const QString &step);

    QSqlDatabase m_db;
    LocalStartResolver *m_resolver;
    ClinicScope m_scope;
    QSqlError m_error;
    QString m_step;
};

} // namespace routiq
