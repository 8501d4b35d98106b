#pragma once

#include "clinicmetrics.h"
#include "metricsrequest.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace routiq {

// The same figures as MetricsJson, laid out as a plain-text table for a terminal
// (`routiq-cli metrics --table`): the request, the KPIs with their previous-range values,
// the daily trend and the ten busiest hours.
class MetricsTable
{
public:
    static QString render(const ClinicMetrics &current, const ClinicMetrics &previous,
                          const MetricsRequest &request, const ResolvedRange &range,
                          const QDateTime &lastUpdated);
    static QString render(const MetricsSnapshot &snapshot);

    // Practitioners side by side: one line per row with the main figures and the change in
    // bookings against the previous range.
    struct NamedRow
    {
        QString name;
        ClinicMetrics current;
        ClinicMetrics previous;
    };
    static QString renderRows(const QList<NamedRow> &rows, const MetricsRequest &request,
                              const ResolvedRange &range, const QDateTime &lastUpdated);
};

} // namespace routiq
