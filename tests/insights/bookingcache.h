#pragma once

#include "domain/bookingrecord.h"
#include "domain/databasekey.h"

#include <QString>

#include <vector>

namespace routiq::test {

// Writes `rows` into a new encrypted clinic cache at `path` through the real ClinicDatabase,
// page by page as a sync would, and marks it synced. For the no-show tests and benchmark.
bool writeBookingCache(const QString &path, const DatabaseKey &key,
                       const std::vector<BookingRecord> &rows);

// Upserts `rows` into the existing cache at `path`, one page, as a later sync pass would.
bool appendBookings(const QString &path, const DatabaseKey &key,
                    const std::vector<BookingRecord> &rows);

} // namespace routiq::test
