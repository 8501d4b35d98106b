#pragma once

#include "appointmentindex.h"
#include "clinicmetrics.h"
#include "metricsrequest.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>

#include <optional>

namespace routiq {

// One practitioner's figures for R (with its change against P) and for P.
struct PractitionerMetrics
{
    RecordId practitionerId = 0;
    ClinicMetrics current;
    ClinicMetrics previous;

    friend bool operator==(const PractitionerMetrics &, const PractitionerMetrics &) = default;
};

// "Practitioners side by side" (docs/metrics.md): the same request once per practitioner.
struct PractitionerTable
{
    MetricsRequest request; // practitionerId unset
    ResolvedRange range;
    QList<PractitionerMetrics> rows; // totalBookings descending, then practitioner id
    QDateTime lastUpdated;

    friend bool operator==(const PractitionerTable &, const PractitionerTable &) = default;
};

// Computes every figure per practitioner exactly as the request narrowed to that practitioner
// would (the same MetricsCalculator with the practitioner added to the filter), for every
// practitioner with at least one booking or cancellation in R or P (within the location
// filter, when there is one).
class PractitionerBreakdown
{
public:
    static QList<PractitionerMetrics> compute(const AppointmentIndex &index,
                                              const ResolvedRange &range,
                                              std::optional<RecordId> locationId);
};

} // namespace routiq

Q_DECLARE_METATYPE(routiq::PractitionerTable)
