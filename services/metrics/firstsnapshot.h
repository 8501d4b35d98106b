#pragma once

#include "appointmentfact.h"
#include "appointmentindex.h"
#include "clinicmetrics.h"
#include "metricsrequest.h"

#include <QDateTime>
#include <QHash>
#include <QList>

namespace routiq {

// Part of a clinic's history: every fact of the local days [firstDay, lastDay], and for each
// patient with a booking among them the summary of all that patient's bookings (the cache
// reads both with indexed queries, FirstSnapshotReader).
struct PartialHistory
{
    QDate firstDay;
    QDate lastDay;
    QList<AppointmentFact> facts;
    QHash<RecordId, AppointmentIndex::PatientSummary> patients;
};

// The first snapshot after a cold start (issue 17), computed from a PartialHistory instead of
// the full index: the figures of R and of P (with P's own change against the range before it)
// read only those days, and newPatients / rebookRate only each patient's first and latest
// booking. So the snapshot equals what MetricsEngine computes on the full history, figure for
// figure (tests/metrics/firstsnapshot_test.cpp), while the full index loads behind it.
class FirstSnapshot
{
public:
    // The days a request's snapshot reads: from the start of the range before P to R's end.
    static PartialHistory daysNeeded(const ResolvedRange &range);

    // The snapshot of `request` resolved as `range`, from `history` (which must cover
    // daysNeeded(range)). Its generation is 0: the engine's own snapshots count from 1.
    // With a valid `today` inside R, the to-date figures too (their days lie in R and P).
    static MetricsSnapshot compute(const PartialHistory &history, const MetricsRequest &request,
                                   const ResolvedRange &range, const QDateTime &lastUpdated,
                                   QDate today = {});
};

} // namespace routiq
