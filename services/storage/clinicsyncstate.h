#pragma once

#include "clinicscope.h"
#include "domain/pmspage.h"

#include <QDate>
#include <QDateTime>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>

#include <optional>

namespace routiq {

class LocalStartResolver;

// A clinic's sync bookkeeping as both stores keep it (sync_checkpoints, sync_state, the
// appointments of a reconcile window, the locations' zones): the same statements for a clinic
// cache file and, scoped to one clinic, for the shared server. Writes run in the caller's
// transaction.
class ClinicSyncState
{
public:
    explicit ClinicSyncState(const QSqlDatabase &db, ClinicScope scope = {})
        : m_db(db), m_scope(std::move(scope))
    {}

    bool saveCheckpoint(const SyncCheckpoint &checkpoint, QSqlError *error) const;
    std::optional<SyncCheckpoint> checkpoint(ResourceKind kind) const;
    QDateTime lastSuccessfulSync() const;
    bool saveLastSuccessfulSync(const QDateTime &utc, QSqlError *error) const;
    std::optional<QSet<RecordId>> appointmentIdsBetween(QDate from, QDate to,
                                                        QSqlError *error) const;
    // Every stored location's zone into `resolver`.
    bool loadLocationZones(LocalStartResolver *resolver) const;

private:
    QSqlDatabase m_db;
    ClinicScope m_scope;
};

} // namespace routiq
