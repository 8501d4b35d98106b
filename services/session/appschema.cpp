#include "appschema.h"

#include "security/securityschema.h"

namespace routiq {

QList<Migration> AppSchema::migrations()
{
    QList<Migration> steps = {
        {1,
         QStringLiteral("clinic connections"),
         {QStringLiteral("CREATE TABLE clinic_connections (id TEXT PRIMARY KEY, name TEXT NOT "
                         "NULL, pms_kind TEXT NOT NULL, base_url_override TEXT NOT NULL DEFAULT "
                         "'', time_zone_override TEXT NOT NULL DEFAULT '', contact_email TEXT NOT "
                         "NULL DEFAULT '', patient_name_retention_years INTEGER NOT NULL DEFAULT "
                         "0, created_at INTEGER NOT NULL)")}},
    };
    // The security steps follow, numbered from 2 (fixed once; SecuritySchema appends new steps
    // at its end, so app-own steps added later must come after every security step).
    for (Migration m : SecuritySchema::migrations(2)) {
        m.description = QStringLiteral("security: ") + m.description;
        steps.append(m);
    }
    // App-own steps after every security step (numbered on from them). Working hours and
    // re-engagement notes are what people typed, not PMS data: they live here, not in the
    // clinic cache, so a cache set aside and synced again keeps them.
    steps.append(
        {int(steps.size()) + 1,
         QStringLiteral("insights: working hours and re-engagement notes"),
         {QStringLiteral("CREATE TABLE practitioner_hours (clinic_id TEXT NOT NULL, "
                         "practitioner_id INTEGER NOT NULL, hours TEXT NOT NULL, updated_at "
                         "INTEGER NOT NULL, PRIMARY KEY (clinic_id, practitioner_id))"),
          QStringLiteral("CREATE TABLE patient_contact_notes (clinic_id TEXT NOT NULL, "
                         "patient_id INTEGER NOT NULL, contacted_on TEXT NOT NULL, outcome TEXT "
                         "NOT NULL DEFAULT '', noted_by TEXT NOT NULL, noted_at INTEGER NOT NULL, "
                         "PRIMARY KEY (clinic_id, patient_id))")}});
    // A clinic's first sync can be paused (the connect wizard), across restarts.
    steps.append({int(steps.size()) + 1,
                  QStringLiteral("a clinic's first sync can be paused, across restarts"),
                  {QStringLiteral("ALTER TABLE clinic_connections ADD COLUMN sync_paused INTEGER "
                                  "NOT NULL DEFAULT 0")}});
    return steps;
}

const SchemaMigrator &AppSchema::migrator()
{
    static const SchemaMigrator instance(QStringLiteral("app database"), migrations());
    return instance;
}

} // namespace routiq
