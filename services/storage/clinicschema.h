#pragma once

#include "schemamigrator.h"

namespace routiq {

// The numbered migrations of a clinic's cache. Times are UTC milliseconds since the epoch;
// an appointment's local_* columns are computed at ingest in its location's zone.
class ClinicSchema
{
public:
    static QList<Migration> migrations();
    static const SchemaMigrator &migrator();
    // The trigger statements that recompute the patient_booking_summary row of the patient of
    // `row` ("NEW" or "OLD") from appointments_bookings_by_patient (migration 8).
    static QString recomputeSummary(const QString &row);
};

} // namespace routiq
