#pragma once

#include "domain/ids.h"

#include <QDate>
#include <QString>

#include <optional>

namespace routiq {

// What the user asked for (shared/brief/metrics.md, "The request"). Dates, when given, win over
// the period; both or neither must be given.
struct MetricsRequest
{
    enum class Period
    {
        Week,
        Month
    };

    std::optional<Period> period; // null when only dates were given
    QDate startDate;              // local dates, inclusive; invalid = derive from period
    QDate endDate;
    ClinicId clinicId;
    std::optional<RecordId> locationId;
    std::optional<RecordId> practitionerId;

    friend bool operator==(const MetricsRequest &, const MetricsRequest &) = default;
};

// A request with both ranges filled: R (startDate..endDate) and the previous range P.
struct ResolvedRange
{
    QDate startDate;
    QDate endDate;
    QDate previousStartDate;
    QDate previousEndDate;

    friend bool operator==(const ResolvedRange &, const ResolvedRange &) = default;
};

} // namespace routiq
