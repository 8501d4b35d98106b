#pragma once

#include "clinicmetrics.h"
#include "metricsrequest.h"

#include <QDateTime>
#include <QJsonObject>

namespace routiq {

// The JSON shape of shared/brief/metrics.md "How it is shown": every ClinicMetrics field at the
// top level under its seed name, plus "request" and "lastUpdated". Ids are strings (they are
// 64-bit and must not pass through double).
class MetricsJson
{
public:
    static QJsonObject toJson(const ClinicMetrics &metrics, const MetricsRequest &request,
                              const ResolvedRange &range, const QDateTime &lastUpdated);
    // The same for a snapshot's current figures; the previous range's figures go under
    // "previous" (an extra field) with the same names.
    static QJsonObject toJson(const MetricsSnapshot &snapshot);

    // "toDate" (docs/metrics.md "Running period"): null when R does not contain today, else
    // {"startDate", "endDate", "previousStartDate", "previousEndDate", "current": {figures},
    //  "previous": {figures}}.
    static QJsonValue toDateToJson(const std::optional<ToDateMetrics> &toDate);

    // Only the ClinicMetrics fields.
    static QJsonObject metricsToJson(const ClinicMetrics &metrics);
    // {"period": "week"|"month"|null, "startDate", "endDate", "clinicId", "locationId",
    //  "practitionerId", "previousStartDate", "previousEndDate"}
    static QJsonObject requestToJson(const MetricsRequest &request, const ResolvedRange &range);
};

} // namespace routiq
