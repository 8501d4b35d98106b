#include "sharedschema.h"

#include "servererror.h"
#include "sharedschemaexpiry.h"
#include "sharedschemaimport.h"
#include "sharedschemaroles.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QSqlQuery>

namespace routiq {

namespace {

// pg_advisory_lock key: "Routiq" in ASCII; held while the schema or the roles change.
constexpr qint64 kSchemaLock = 0x526f75746971;

// The clinic cache's PMS tables, each with the clinic first in its key. Times are UTC
// milliseconds and flags integers, as in the cache, so one writer (ClinicRecordWriter) binds
// the same values into both.
QStringList firstMigration()
{
    const QString clinic =
        QStringLiteral("clinic_id TEXT NOT NULL REFERENCES clinics (id) ON DELETE CASCADE, ");
    return {
        QStringLiteral("CREATE TABLE clinics (id TEXT PRIMARY KEY, name TEXT NOT NULL DEFAULT '', "
                       "created_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE locations (") + clinic +
            QStringLiteral("id BIGINT NOT NULL, name TEXT NOT NULL DEFAULT '', time_zone_id TEXT "
                           "NOT NULL DEFAULT '', archived INTEGER NOT NULL DEFAULT 0, updated_at "
                           "BIGINT, PRIMARY KEY (clinic_id, id))"),
        QStringLiteral("CREATE TABLE practitioners (") + clinic +
            QStringLiteral("id BIGINT NOT NULL, display_name TEXT NOT NULL DEFAULT '', active "
                           "INTEGER NOT NULL DEFAULT 1, updated_at BIGINT, PRIMARY KEY "
                           "(clinic_id, id))"),
        QStringLiteral("CREATE TABLE appointment_types (") + clinic +
            QStringLiteral("id BIGINT NOT NULL, name TEXT NOT NULL DEFAULT '', archived INTEGER "
                           "NOT NULL DEFAULT 0, updated_at BIGINT, PRIMARY KEY (clinic_id, id))"),
        QStringLiteral("CREATE TABLE patients (") + clinic +
            QStringLiteral("id BIGINT NOT NULL, first_name TEXT, last_name TEXT, archived "
                           "INTEGER NOT NULL DEFAULT 0, created_at BIGINT, updated_at BIGINT, "
                           "birth_year INTEGER, phone TEXT, PRIMARY KEY (clinic_id, id))"),
        QStringLiteral("CREATE TABLE appointments (") + clinic +
            QStringLiteral(
                "id BIGINT NOT NULL, patient_id BIGINT NOT NULL, practitioner_id BIGINT NOT "
                "NULL, location_id BIGINT NOT NULL, appointment_type_id BIGINT NOT NULL DEFAULT "
                "0, starts_at BIGINT NOT NULL, ends_at BIGINT, local_julian_day BIGINT NOT NULL, "
                "local_hour INTEGER NOT NULL, local_weekday INTEGER NOT NULL, cancelled INTEGER "
                "NOT NULL DEFAULT 0, cancelled_at BIGINT, cancellation_reason INTEGER NOT NULL "
                "DEFAULT 0, deleted INTEGER NOT NULL DEFAULT 0, did_not_arrive INTEGER, "
                "patient_arrived INTEGER, created_at BIGINT, updated_at BIGINT, "
                "wall_clock_start BIGINT, PRIMARY KEY (clinic_id, id))"),
        QStringLiteral("CREATE INDEX appointments_facts_by_day ON appointments (clinic_id, "
                       "local_julian_day)"),
        QStringLiteral("CREATE INDEX appointments_by_practitioner_day ON appointments "
                       "(clinic_id, practitioner_id, local_julian_day)"),
        QStringLiteral("CREATE INDEX appointments_by_location_day ON appointments (clinic_id, "
                       "location_id, local_julian_day)"),
        QStringLiteral("CREATE INDEX appointments_bookings_by_patient ON appointments "
                       "(clinic_id, patient_id, starts_at) WHERE cancelled = 0 AND deleted = 0"),
        QStringLiteral("CREATE TABLE patient_booking_summary (") + clinic +
            QStringLiteral("patient_id BIGINT NOT NULL, first_starts_at BIGINT NOT NULL, "
                           "first_id BIGINT NOT NULL, latest_starts_at BIGINT NOT NULL, PRIMARY "
                           "KEY (clinic_id, patient_id))"),
        QStringLiteral("CREATE TABLE sync_checkpoints (") + clinic +
            QStringLiteral("resource TEXT NOT NULL, cursor TEXT NOT NULL DEFAULT '', "
                           "high_water_mark BIGINT, backfill_complete INTEGER NOT NULL DEFAULT "
                           "0, saved_at BIGINT NOT NULL, PRIMARY KEY (clinic_id, resource))"),
        QStringLiteral("CREATE TABLE sync_state (") + clinic +
            QStringLiteral("id INTEGER NOT NULL CHECK (id = 1), last_successful_sync BIGINT, "
                           "PRIMARY KEY (clinic_id, id))"),
        QStringLiteral("CREATE TABLE insight_models (") + clinic +
            QStringLiteral("kind TEXT NOT NULL, format_version INTEGER NOT NULL, trained_at "
                           "BIGINT NOT NULL, body TEXT NOT NULL, PRIMARY KEY (clinic_id, kind))"),
        // One row per committed page or removal that changed something: what viewers re-read
        // after their last seen sequence number (LISTEN/NOTIFY carries the number, later).
        QStringLiteral("CREATE TABLE clinic_changes (seq BIGINT GENERATED ALWAYS AS IDENTITY "
                       "PRIMARY KEY, ") +
            clinic +
            QStringLiteral("committed_at BIGINT NOT NULL, local_julian_days BIGINT[] NOT NULL, "
                           "record_count INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX clinic_changes_by_clinic ON clinic_changes (clinic_id, "
                       "seq)"),
        // Privileges by group role. Read-only accounts never see names or phone numbers.
        QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC"),
        QStringLiteral("GRANT SELECT ON clinics, locations, practitioners, appointment_types, "
                       "appointments, patient_booking_summary, sync_checkpoints, sync_state, "
                       "insight_models, clinic_changes TO routiq_admin, routiq_staff, "
                       "routiq_readonly, routiq_agent"),
        QStringLiteral("GRANT SELECT ON patients TO routiq_admin, routiq_staff, routiq_agent"),
        QStringLiteral("GRANT SELECT (clinic_id, id, archived, created_at, updated_at, "
                       "birth_year) ON patients TO routiq_readonly"),
        QStringLiteral("GRANT INSERT, UPDATE, DELETE ON clinics TO routiq_admin"),
        QStringLiteral("GRANT INSERT, UPDATE, DELETE ON locations, practitioners, "
                       "appointment_types, patients, appointments, patient_booking_summary, "
                       "sync_checkpoints, sync_state, insight_models TO routiq_agent"),
        QStringLiteral("GRANT INSERT ON clinic_changes TO routiq_agent"),
    };
}

QString tr(const char *text)
{
    return QCoreApplication::translate("routiq::SharedSchema", text);
}

bool exec(QSqlQuery &q, const QString &sql, RoutiqError *error, const QString &what)
{
    if (q.exec(sql))
        return true;
    if (error)
        *error = ServerError::fromSql(q.lastError(), what);
    return false;
}

} // namespace

QJsonObject SharedSchemaReport::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("schemaVersionBefore"), versionBefore);
    o.insert(QStringLiteral("schemaVersion"), versionAfter);
    QJsonArray applied;
    for (int v : migrationsApplied)
        applied.append(v);
    o.insert(QStringLiteral("migrationsApplied"), applied);
    o.insert(QStringLiteral("rolesCreated"), QJsonArray::fromStringList(rolesCreated));
    o.insert(QStringLiteral("rolesPresent"), QJsonArray::fromStringList(rolesPresent));
    return o;
}

const QStringList &SharedSchema::groupRoles()
{
    static const QStringList roles{QStringLiteral("routiq_admin"), QStringLiteral("routiq_staff"),
                                   QStringLiteral("routiq_readonly"),
                                   QStringLiteral("routiq_agent"),
                                   QStringLiteral("routiq_maintenance")};
    return roles;
}

const SchemaMigrator &SharedSchema::migrator()
{
    static const SchemaMigrator instance(
        QStringLiteral("shared server"),
        {{1, QStringLiteral("clinics, their PMS data, checkpoints, changes"), firstMigration()},
         {2, QStringLiteral("accounts' clinics, row-level security, audit log, definer functions"),
          sharedRolesMigration()},
         {3, QStringLiteral("server import: the set-up role's account and audit imports"),
          sharedImportMigration()},
         {4, QStringLiteral("temporary accounts: an end (VALID UNTIL) set by an admin"),
          sharedExpiryMigration()}});
    return instance;
}

bool SharedSchema::ensureRoles(const QSqlDatabase &db, SharedSchemaReport *report,
                               RoutiqError *error)
{
    QSqlQuery exists(db);
    if (!exists.prepare(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"))) {
        if (error)
            *error = ServerError::fromSql(exists.lastError(), QStringLiteral("reading roles"));
        return false;
    }
    for (const QString &role : groupRoles()) {
        exists.bindValue(0, role);
        if (!exists.exec()) {
            if (error)
                *error = ServerError::fromSql(exists.lastError(), QStringLiteral("reading roles"));
            return false;
        }
        const bool present = exists.next();
        exists.finish();
        if (present) {
            report->rolesPresent << role;
            continue;
        }
        // Role names are this build's constants, never input.
        QSqlQuery create(db);
        if (!exec(create, QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(role), error,
                  QStringLiteral("creating role %1").arg(role)))
            return false;
        report->rolesCreated << role;
    }
    return true;
}

std::optional<SharedSchemaReport> SharedSchema::initialise(const QSqlDatabase &db,
                                                           RoutiqError *error)
{
    QSqlQuery lock(db);
    if (!exec(lock, QStringLiteral("SELECT pg_advisory_lock(%1)").arg(kSchemaLock), error,
              QStringLiteral("waiting for other inits")))
        return std::nullopt;
    SharedSchemaReport report;
    RoutiqError failure;
    report.versionBefore = SchemaMigrator::currentVersion(db, &failure);
    bool ok = report.versionBefore >= 0;
    if (ok) {
        if (const RoutiqError newer = migrator().checkNotNewer(report.versionBefore);
            !newer.isNull()) {
            failure = RoutiqError::make(ErrorCode::ServerFromNewerApp, newer.details);
            ok = false;
        }
    } else {
        failure = ServerError::other(failure.details);
    }
    ok = ok && ensureRoles(db, &report, &failure);
    if (ok && !migrator().migrate(db, &failure)) {
        failure = RoutiqError::make(errorCodeName(ErrorCode::ServerError),
                                    tr("The server's schema could not be brought up to date; "
                                       "the step that failed was rolled back."),
                                    failure.details);
        ok = false;
    }
    QSqlQuery unlock(db);
    unlock.exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(kSchemaLock));
    if (!ok) {
        if (error)
            *error = failure;
        return std::nullopt;
    }
    report.versionAfter = migrator().latestVersion();
    for (int v = report.versionBefore + 1; v <= report.versionAfter; ++v)
        report.migrationsApplied << v;
    return report;
}

RoutiqError SharedSchema::checkCurrent(const QSqlDatabase &db)
{
    RoutiqError error;
    const int version = SchemaMigrator::currentVersion(db, &error);
    if (version < 0)
        return ServerError::other(error.details);
    if (const RoutiqError newer = migrator().checkNotNewer(version); !newer.isNull())
        return RoutiqError::make(ErrorCode::ServerFromNewerApp, newer.details);
    if (version < migrator().latestVersion())
        return RoutiqError::make(ErrorCode::ServerSchemaMissing,
                                 QStringLiteral("schema version %1, this app writes %2")
                                     .arg(version)
                                     .arg(migrator().latestVersion()));
    return {};
}

bool SharedSchema::registerClinic(const QSqlDatabase &db, const ClinicId &id, const QString &name,
                                  RoutiqError *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO clinics (id, name, created_at) VALUES (?, ?, ?) ON "
                             "CONFLICT (id) DO UPDATE SET name = EXCLUDED.name"));
    q.addBindValue(id);
    q.addBindValue(name);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!q.exec()) {
        if (error)
            *error = ServerError::fromSql(q.lastError(), QStringLiteral("registering a clinic"));
        return false;
    }
    return true;
}

} // namespace routiq
