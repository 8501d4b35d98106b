#pragma once

#include "domain/ids.h"
#include "domain/routiqerror.h"
#include "storage/schemamigrator.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace routiq {

// What `server init` did: the schema versions before and after, the migrations applied, the
// group roles created now and those that were there already.
struct SharedSchemaReport
{
    int versionBefore = 0;
    int versionAfter = 0;
    QList<int> migrationsApplied; // their versions, in order
    QStringList rolesCreated;
    QStringList rolesPresent;

    QJsonObject toJson() const;
};

// The shared server's schema in PostgreSQL: the clinic cache's tables (services/storage
// clinicschema.cpp, same columns) with a clinic_id in each, the clinics themselves, and a change
// sequence, in numbered migrations run by the same SchemaMigrator as the local stores (each in
// its transaction, recorded in schema_version, a newer schema refused). Privileges go to four
// group roles (NOLOGIN) that accounts are members of (migration 2: sharedschemaroles.h).
class SharedSchema
{
public:
    static const QStringList &
    groupRoles(); // routiq_admin, routiq_staff, routiq_readonly, routiq_agent, routiq_maintenance
    static const SchemaMigrator &migrator();

    // Creates the group roles that are missing, then migrates, under an advisory lock so two
    // inits at once take turns. Needs a role that may create roles (CREATEROLE) and owns, or may
    // create in, the database's public schema.
    static std::optional<SharedSchemaReport> initialise(const QSqlDatabase &db, RoutiqError *error);

    // For everything but init: the schema exists and is the one this build writes (older:
    // SERVER_SCHEMA_MISSING, run init; newer: SERVER_FROM_NEWER_APP).
    static RoutiqError checkCurrent(const QSqlDatabase &db);

    // A clinic row (the shared stores refuse clinics the server does not know).
    static bool registerClinic(const QSqlDatabase &db, const ClinicId &id, const QString &name,
                               RoutiqError *error);

private:
    static bool ensureRoles(const QSqlDatabase &db, SharedSchemaReport *report, RoutiqError *error);
};

} // namespace routiq
