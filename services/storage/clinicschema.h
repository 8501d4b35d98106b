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
};

} // namespace routiq
