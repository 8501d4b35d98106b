#pragma once

#include "domain/clinicconnection.h"
#include "domain/databasekey.h"
#include "domain/routiqerror.h"

#include <QList>
#include <QSqlDatabase>

#include <memory>
#include <optional>

namespace routiq {

class SchemaMigrator;
class SqlConnection;

// The small encrypted app database (<data dir>/routiq.db): the clinic connections, and the
// accounts and audit tables the security services work on. Same opening rules as the caches,
// except that an unreadable file is refused and left alone, not set aside: it cannot be
// downloaded again. Used only by the thread that opened it.
class AppDatabase
{
public:
    // The schema is the app's (session/AppSchema): it joins the security services' steps, which
    // storage must not know of.
    static std::unique_ptr<AppDatabase> open(const QString &filePath, const DatabaseKey &key,
                                             const SchemaMigrator &schema, RoutiqError *error);
    ~AppDatabase();

    static QString defaultFilePath(const QString &dataDirectory);
    // Where a clinic connection's cache lives: <data dir>/clinics/<id>.db
    static QString clinicDatabasePath(const QString &dataDirectory, const ClinicId &id);

    // For the security services (AccountService, AuditLog, LoginThrottle), this thread only.
    QSqlDatabase database() const;

    QList<ClinicConnection> clinicConnections(RoutiqError *error = nullptr) const;
    std::optional<ClinicConnection> clinicConnection(const ClinicId &id) const;
    // "CLINIC_ID_INVALID" / "CLINIC_EXISTS" / storage errors.
    bool addClinicConnection(const ClinicConnection &connection, RoutiqError *error);
    bool updateClinicConnection(const ClinicConnection &connection, RoutiqError *error);
    // The row and the accounts' grants to it; ClinicDataRemoval also deletes the cache files
    // (set-aside copies included) and the secrets.
    bool removeClinicConnection(const ClinicId &id, RoutiqError *error);
    // The admin paused the clinic's sync (the first sync's Pause button): kept here so that it
    // stays paused after a restart; the sync resumes from its cursors when unpaused.
    bool isSyncPaused(const ClinicId &id) const;
    bool setSyncPaused(const ClinicId &id, bool paused, RoutiqError *error);

private:
    explicit AppDatabase(std::unique_ptr<SqlConnection> connection);
    std::unique_ptr<SqlConnection> m_connection;
};

} // namespace routiq
