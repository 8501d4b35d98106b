#pragma once

#include "domain/syncstore.h"
#include "serverconninfo.h"
#include "storage/clinicscope.h"
#include "storage/localstart.h"

#include <QSqlError>
#include <QTimeZone>

#include <memory>

namespace routiq {

class ServerConnection;

// One clinic's SyncStore on the shared PostgreSQL server: the same writes as the clinic cache
// (ClinicPageWriter, scoped to the clinic: every local date computed by the same
// LocalStartResolver), each page with its checkpoint in one transaction, and each transaction
// that changed something numbered in clinic_changes — the change sequence viewers will follow.
// Like every QSqlDatabase connection it belongs to the thread that opened it.
class ServerSyncStore final : public SyncStore
{
public:
    // Connects, checks the schema is this build's and the clinic is registered.
    static std::unique_ptr<ServerSyncStore> open(const ServerConnInfo &server,
                                                 const ClinicId &clinic,
                                                 const QTimeZone &defaultTimeZone,
                                                 RoutiqError *error);
    ~ServerSyncStore() override;

    bool applyPage(const PmsPage &page, const SyncCheckpoint &checkpoint, ChangeSet *changes,
                   RoutiqError *error) override;
    bool removeAppointments(const QList<RecordId> &ids, ChangeSet *changes,
                            RoutiqError *error) override;
    std::optional<QSet<RecordId>> appointmentIdsBetween(QDate from, QDate to,
                                                        RoutiqError *error) const override;
    std::optional<SyncCheckpoint> checkpoint(ResourceKind kind) const override;
    QDateTime lastSuccessfulSync() const override;
    bool setLastSuccessfulSync(const QDateTime &utc, RoutiqError *error) override;

    // Numbers `changes` (nothing when empty) in clinic_changes inside the caller's transaction:
    // the one statement of the change sequence, for this store and `server import`.
    static bool numberChange(const QSqlDatabase &db, const ClinicId &clinic,
                             const ChangeSet &changes, qint64 *sequence, QSqlError *error);

    // The change sequence number of this store's last committed change (0: none yet).
    qint64 lastChangeSequence() const { return m_lastSequence; }
    QString connectionName() const; // this thread only (tests)

private:
    ServerSyncStore(std::unique_ptr<ServerConnection> connection, ClinicId clinic,
                    const QTimeZone &defaultZone);
    bool loadLocationZones();
    bool recordChange(const ChangeSet &changes, QSqlError *error);
    bool rollbackWith(const QSqlError &sqlError, const QString &what, RoutiqError *error);

    std::unique_ptr<ServerConnection> m_connection;
    ClinicScope m_scope;
    LocalStartResolver m_resolver;
    qint64 m_lastSequence = 0;
    qint64 m_pendingSequence = 0;
};

} // namespace routiq
