#pragma once

#include "domain/routiqerror.h"
#include "metrics/firstsnapshot.h"

#include <QString>

#include <optional>

namespace routiq {

class ClinicDatabaseReader;

// Reads a PartialHistory from a clinic cache with indexed queries only (issue 17): the facts
// of a span of local days (appointments_facts_by_day, a covering index) and, for each patient
// with a booking in them, the first and latest booking of the whole history
// (patient_booking_summary, kept by PatientSummaryWriter in the writer's own transactions). Tens of
// thousands of index entries instead of a million rows, so the first figures do not wait for
// the full index. docs/metrics-benchmark.md has the figures.
class FirstSnapshotReader
{
public:
    // The first snapshot of `request` with "today" as given: resolves R and P, reads the days
    // they need and computes it (FirstSnapshot). Nullopt with `error` on failure (a bad request
    // included: the engine reports that one itself).
    static std::optional<MetricsSnapshot> snapshot(const ClinicDatabaseReader &reader,
                                                   const MetricsRequest &request, QDate today,
                                                   RoutiqError *error);

    // The SQL of the patients' summaries (the bench prints its plan).
    static QString summaryQuery();

    // Through `reader` (this thread's). Nullopt with `error` on failure.
    static std::optional<PartialHistory> read(const ClinicDatabaseReader &reader, QDate firstDay,
                                              QDate lastDay, RoutiqError *error);
};

} // namespace routiq
