#pragma once

#include "core/clock.h"
#include "domain/databasekey.h"
#include "domain/syncstore.h"
#include "localstart.h"

#include <QSqlError>
#include <QTimeZone>

#include <memory>

namespace routiq {

class SqlConnection;

// How to open one clinic's cache.
struct ClinicDatabaseOptions
{
    QString filePath; // e.g. <data dir>/clinics/<clinic id>.db
    DatabaseKey key;  // the clinic's own random key (KeyVault::databaseKey)
    QTimeZone defaultTimeZone = QTimeZone::utc(); // for locations without a zone (Cliniko)
};

// The encrypted cache of one clinic connection, and the one writer to it: implements SyncStore
// for the sync worker. Lives in (and is used only by) the thread that opened it; readers open
// their own ClinicDatabaseReader connections.
class ClinicDatabase final : public SyncStore
{
public:
    // Opens (creating and migrating when needed). An unreadable file is set aside: then the
    // returned database is fresh and `setAsideNotice` holds "CACHE_SET_ASIDE" (details: the
    // path the old file now has) to show. On failure returns null and fills `error`.
    static std::unique_ptr<ClinicDatabase> open(const ClinicDatabaseOptions &options,
                                                RoutiqError *error,
                                                RoutiqError *setAsideNotice = nullptr);
    ~ClinicDatabase() override;

    QString filePath() const { return m_path; }

    // Integrity (issue 17): quick_check is not run at open. True when the cache's ".open"
    // marker was found, i.e. the last writer was killed or crashed: a check is due.
    bool openedAfterUncleanShutdown() const override { return m_checkDue; }
    // PRAGMA quick_check on this connection: null when sound (the due check is then done),
    // CACHE_CORRUPT when damaged, another error when it could not run.
    RoutiqError checkIntegrity() override;
    QString connectionName() const; // this thread only (tests use it for PRAGMAs)

    bool applyPage(const PmsPage &page, const SyncCheckpoint &checkpoint, ChangeSet *changes,
                   RoutiqError *error) override;
    bool removeAppointments(const QList<RecordId> &ids, ChangeSet *changes,
                            RoutiqError *error) override;
    std::optional<QSet<RecordId>> appointmentIdsBetween(QDate from, QDate to,
                                                        RoutiqError *error) const override;
    std::optional<SyncCheckpoint> checkpoint(ResourceKind kind) const override;
    QDateTime lastSuccessfulSync() const override;
    bool setLastSuccessfulSync(const QDateTime &utc, RoutiqError *error) override;

    // Retention: blanks the names of patients with no appointment starting on or after
    // `cutoffUtc` (ids stay, so every aggregate is unchanged). Returns how many were purged.
    // With secure_delete on and the WAL checkpointed (TRUNCATE) after, so the old names stay
    // neither in freed space nor in old page images.
    int purgePatientNames(const QDateTime &cutoffUtc, RoutiqError *error);
    // The retention setting: purge names unseen for `years` years as of the clock's now.
    int applyPatientNameRetention(int years, const Clock &clock, RoutiqError *error);

    // Deletes a clinic cache and its -wal/-shm files (no connection may be open on it), and the
    // unreadable copies that were set aside from it.
    static bool removeFiles(const QString &filePath, RoutiqError *error);

private:
    ClinicDatabase(QString path, std::unique_ptr<SqlConnection> connection, QTimeZone defaultZone);
    bool loadLocationZones();
    bool rollbackWith(const QSqlError &sqlError, const QString &what, RoutiqError *error);

    QString m_path;
    std::unique_ptr<SqlConnection> m_connection;
    bool m_checkDue = false; // the marker stays after close until a check has passed
    LocalStartResolver m_resolver;
};

} // namespace routiq
