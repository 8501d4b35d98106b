#include "clinicschema.h"

namespace routiq {

QList<Migration> ClinicSchema::migrations()
{
    return {
        {1,
         QStringLiteral("clinic cache: records, checkpoints, sync state"),
         {
             QStringLiteral("CREATE TABLE locations (id INTEGER PRIMARY KEY, name TEXT NOT NULL "
                            "DEFAULT '', time_zone_id TEXT NOT NULL DEFAULT '', archived INTEGER "
                            "NOT NULL DEFAULT 0, updated_at INTEGER)"),
             QStringLiteral("CREATE TABLE practitioners (id INTEGER PRIMARY KEY, display_name "
                            "TEXT NOT NULL DEFAULT '', active INTEGER NOT NULL DEFAULT 1, "
                            "updated_at INTEGER)"),
             QStringLiteral("CREATE TABLE appointment_types (id INTEGER PRIMARY KEY, name TEXT NOT "
                            "NULL DEFAULT '', archived INTEGER NOT NULL DEFAULT 0, updated_at "
                            "INTEGER)"),
             QStringLiteral("CREATE TABLE patients (id INTEGER PRIMARY KEY, first_name TEXT, "
                            "last_name TEXT, archived INTEGER NOT NULL DEFAULT 0, created_at "
                            "INTEGER, updated_at INTEGER)"),
             QStringLiteral(
                 "CREATE TABLE appointments (id INTEGER PRIMARY KEY, patient_id INTEGER NOT NULL, "
                 "practitioner_id INTEGER NOT NULL, location_id INTEGER NOT NULL, "
                 "appointment_type_id INTEGER NOT NULL DEFAULT 0, starts_at INTEGER NOT NULL, "
                 "ends_at INTEGER, local_julian_day INTEGER NOT NULL, local_hour INTEGER NOT NULL, "
                 "local_weekday INTEGER NOT NULL, cancelled INTEGER NOT NULL DEFAULT 0, "
                 "cancelled_at INTEGER, cancellation_reason INTEGER NOT NULL DEFAULT 0, deleted "
                 "INTEGER NOT NULL DEFAULT 0, did_not_arrive INTEGER, patient_arrived INTEGER, "
                 "created_at INTEGER, updated_at INTEGER)"),
             // What the metrics and the drill-down read: date ranges, per practitioner, per
             // location, a patient's history (first booking, rebooking).
             QStringLiteral("CREATE INDEX appointments_by_day ON appointments (local_julian_day)"),
             QStringLiteral("CREATE INDEX appointments_by_practitioner_day ON appointments "
                            "(practitioner_id, local_julian_day)"),
             QStringLiteral("CREATE INDEX appointments_by_location_day ON appointments "
                            "(location_id, local_julian_day)"),
             QStringLiteral("CREATE INDEX appointments_by_patient ON appointments (patient_id, "
                            "starts_at)"),
             QStringLiteral("CREATE TABLE sync_checkpoints (resource TEXT PRIMARY KEY, cursor "
                            "TEXT NOT NULL DEFAULT '', high_water_mark INTEGER, backfill_complete "
                            "INTEGER NOT NULL DEFAULT 0, saved_at INTEGER NOT NULL)"),
             QStringLiteral("CREATE TABLE sync_state (id INTEGER PRIMARY KEY CHECK (id = 1), "
                            "last_successful_sync INTEGER)"),
         }},
        // Nookal's wall-clock start (as if UTC), so the local fields can be kept, and the UTC
        // start recomputed, when a location's zone changes; NULL for Cliniko.
        {2,
         QStringLiteral("appointments remember a wall-clock start"),
         {QStringLiteral("ALTER TABLE appointments ADD COLUMN wall_clock_start INTEGER")}},
        // Trained insight models (services/insights), stored as data with the clinic's data.
        {3,
         QStringLiteral("trained insight models"),
         {QStringLiteral("CREATE TABLE insight_models (kind TEXT PRIMARY KEY, format_version "
                         "INTEGER NOT NULL, trained_at INTEGER NOT NULL, body TEXT NOT NULL)")}},
        // The year of birth (never the date) for the no-show model's age bands.
        {4,
         QStringLiteral("patients keep a year of birth"),
         {QStringLiteral("ALTER TABLE patients ADD COLUMN birth_year INTEGER")}},
        // One phone number per patient, for the re-engagement worklist (staff and admin only;
        // purged with the names by the retention rule).
        {5,
         QStringLiteral("patients keep a phone number"),
         {QStringLiteral("ALTER TABLE patients ADD COLUMN phone TEXT")}},
        // Each patient's first and latest booking in one index seek, without touching the table
        // (the first snapshot's summaries, issue 17): bookings only, so cancelled and deleted
        // rows never need skipping, and SQLite keeps it in the writer's own transactions.
        {6,
         QStringLiteral("an index of each patient's bookings"),
         {QStringLiteral("CREATE INDEX appointments_bookings_by_patient ON appointments "
                         "(patient_id, starts_at) WHERE cancelled = 0 AND deleted = 0")}},
        // The facts of a span of days read from one index range, in day order, never from the
        // table's rows (scattered by id: one page decryption per row); ends_at too, so the
        // forward bookings' booked time (issue 13) is read from it alone. It replaces
        // appointments_by_day, its prefix, which every range query can use in its place.
        {7,
         QStringLiteral("a covering index of the facts by day"),
         {QStringLiteral("CREATE INDEX appointments_facts_by_day ON appointments "
                         "(local_julian_day, patient_id, practitioner_id, location_id, starts_at, "
                         "local_hour, local_weekday, deleted, cancelled, did_not_arrive, "
                         "patient_arrived, cancelled_at, ends_at)"),
          QStringLiteral("DROP INDEX appointments_by_day")}},
        // Each patient's first booking (instant, then id) and latest booking instant, for
        // newPatients and rebookRate without the full history (the first snapshot, issue 17).
        // PatientSummaryWriter recomputes a patient's row from appointments_bookings_by_patient
        // whenever one of their bookings comes, goes or moves, in the same transaction as the
        // page (or removal) that changed it: exact through kill -9.
        {8,
         QStringLiteral("per-patient booking summaries"),
         {QStringLiteral("CREATE TABLE patient_booking_summary (patient_id INTEGER PRIMARY KEY, "
                         "first_starts_at INTEGER NOT NULL, first_id INTEGER NOT NULL, "
                         "latest_starts_at INTEGER NOT NULL)"),
          QStringLiteral("INSERT INTO patient_booking_summary SELECT p.patient_id, "
                         "(SELECT b.starts_at FROM appointments b WHERE b.patient_id = "
                         "p.patient_id AND b.cancelled = 0 AND b.deleted = 0 ORDER BY "
                         "b.starts_at, b.id LIMIT 1), (SELECT b.id FROM appointments b WHERE "
                         "b.patient_id = p.patient_id AND b.cancelled = 0 AND b.deleted = 0 "
                         "ORDER BY b.starts_at, b.id LIMIT 1), (SELECT b.starts_at FROM "
                         "appointments b WHERE b.patient_id = p.patient_id AND b.cancelled = 0 "
                         "AND b.deleted = 0 ORDER BY b.starts_at DESC LIMIT 1) FROM (SELECT "
                         "DISTINCT patient_id FROM appointments WHERE cancelled = 0 AND deleted "
                         "= 0) p")}},
    };
}

const SchemaMigrator &ClinicSchema::migrator()
{
    // Immutable after construction; safe to share between threads.
    static const SchemaMigrator instance(QStringLiteral("clinic cache"), migrations());
    return instance;
}

} // namespace routiq
