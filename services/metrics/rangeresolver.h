#pragma once

#include "domain/routiqerror.h"
#include "metricsrequest.h"

#include <QDate>
#include <QString>

#include <optional>

namespace routiq {

// Turns a MetricsRequest and "today" (the clinic's local date) into the ranges R and P of
// shared/brief/metrics.md, and parses the request's text forms; every bad input is a BAD_REQUEST.
class RangeResolver
{
public:
    // R from the dates (they win over the period) or from the period and today; then P.
    // Errors: only one date, end before start, neither dates nor period, invalid today.
    static std::optional<ResolvedRange> resolve(const MetricsRequest &request, QDate today,
                                                RoutiqError *error = nullptr);

    // P for a given R: the ISO week before an exact ISO week, the calendar month before an exact
    // calendar month, otherwise the same number of days ending the day before `start`.
    static ResolvedRange withPreviousRange(QDate start, QDate end);

    // Strict "YYYY-MM-DD" (a real calendar date); anything else is a BAD_REQUEST.
    static std::optional<QDate> parseDate(const QString &text, RoutiqError *error = nullptr);

    // "week" or "month" (exactly, lower case); anything else is a BAD_REQUEST.
    static std::optional<MetricsRequest::Period> parsePeriod(const QString &text,
                                                             RoutiqError *error = nullptr);

    // The text of a period as the JSON echoes it: "week" or "month".
    static QString periodName(MetricsRequest::Period period);

    // A request from its text form, as the CLI receives it. Empty strings mean "not given";
    // a given period is validated even when both dates are given. Dates are not compared here
    // (resolve() does that), but exactly one date given is already an error.
    static std::optional<MetricsRequest>
    parseRequest(const QString &period, const QString &startDate, const QString &endDate,
                 const ClinicId &clinicId, RoutiqError *error = nullptr);
};

} // namespace routiq
