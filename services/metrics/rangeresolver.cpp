#include "rangeresolver.h"

#include <QRegularExpression>

namespace routiq {

namespace {

void fail(RoutiqError *error, const QString &message, const QString &details = {})
{
    if (error)
        *error = RoutiqError::make(QStringLiteral("BAD_REQUEST"), message, details);
}

bool isExactIsoWeek(QDate start, QDate end)
{
    return start.dayOfWeek() == Qt::Monday && start.daysTo(end) == 6;
}

bool isExactCalendarMonth(QDate start, QDate end)
{
    return start.day() == 1 && end.year() == start.year() && end.month() == start.month() &&
           end.day() == start.daysInMonth();
}

} // namespace

ResolvedRange RangeResolver::withPreviousRange(QDate start, QDate end)
{
    ResolvedRange r;
    r.startDate = start;
    r.endDate = end;
    if (isExactIsoWeek(start, end)) {
        r.previousStartDate = start.addDays(-7);
        r.previousEndDate = end.addDays(-7);
    } else if (isExactCalendarMonth(start, end)) {
        r.previousStartDate = start.addMonths(-1);
        r.previousEndDate = start.addDays(-1);
    } else {
        const qint64 days = start.daysTo(end) + 1;
        r.previousStartDate = start.addDays(-days);
        r.previousEndDate = start.addDays(-1);
    }
    return r;
}

std::optional<ResolvedRange> RangeResolver::resolve(const MetricsRequest &request, QDate today,
                                                    RoutiqError *error)
{
    const bool hasStart = request.startDate.isValid();
    const bool hasEnd = request.endDate.isValid();
    if (hasStart != hasEnd) {
        fail(error, QStringLiteral("Give both a start date and an end date, or neither."),
             hasStart ? QStringLiteral("endDate missing") : QStringLiteral("startDate missing"));
        return std::nullopt;
    }
    if (hasStart) {
        if (request.endDate < request.startDate) {
            fail(error, QStringLiteral("The end date is before the start date."),
                 request.startDate.toString(Qt::ISODate) + QStringLiteral(" > ") +
                     request.endDate.toString(Qt::ISODate));
            return std::nullopt;
        }
        return withPreviousRange(request.startDate, request.endDate);
    }
    if (!request.period) {
        fail(error, QStringLiteral("Choose a period (week or month) or give both dates."));
        return std::nullopt;
    }
    if (!today.isValid()) {
        fail(error, QStringLiteral("Today's date in the clinic's time zone is unknown."));
        return std::nullopt;
    }
    switch (*request.period) {
    case MetricsRequest::Period::Week: {
        const QDate monday = today.addDays(1 - today.dayOfWeek());
        return withPreviousRange(monday, monday.addDays(6));
    }
    case MetricsRequest::Period::Month: {
        const QDate first(today.year(), today.month(), 1);
        return withPreviousRange(first, QDate(today.year(), today.month(), today.daysInMonth()));
    }
    }
    fail(error, QStringLiteral("Unknown period."));
    return std::nullopt;
}

std::optional<QDate> RangeResolver::parseDate(const QString &text, RoutiqError *error)
{
    static const QRegularExpression shape(QStringLiteral("^([0-9]{4})-([0-9]{2})-([0-9]{2})$"));
    const QRegularExpressionMatch m = shape.match(text);
    if (m.hasMatch()) {
        const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (date.isValid())
            return date;
    }
    fail(error, QStringLiteral("A date must be a real calendar date written YYYY-MM-DD."),
         QStringLiteral("got \"") + text.left(40) + QStringLiteral("\""));
    return std::nullopt;
}

std::optional<MetricsRequest::Period> RangeResolver::parsePeriod(const QString &text,
                                                                 RoutiqError *error)
{
    if (text == QLatin1String("week"))
        return MetricsRequest::Period::Week;
    if (text == QLatin1String("month"))
        return MetricsRequest::Period::Month;
    fail(error, QStringLiteral("The period must be \"week\" or \"month\"."),
         QStringLiteral("got \"") + text.left(40) + QStringLiteral("\""));
    return std::nullopt;
}

QString RangeResolver::periodName(MetricsRequest::Period period)
{
    return period == MetricsRequest::Period::Week ? QStringLiteral("week")
                                                  : QStringLiteral("month");
}

std::optional<MetricsRequest>
RangeResolver::parseRequest(const QString &period, const QString &startDate, const QString &endDate,
                            const ClinicId &clinicId, RoutiqError *error)
{
    MetricsRequest request;
    request.clinicId = clinicId;
    if (!period.isEmpty()) {
        request.period = parsePeriod(period, error);
        if (!request.period)
            return std::nullopt;
    }
    if (startDate.isEmpty() != endDate.isEmpty()) {
        fail(error, QStringLiteral("Give both a start date and an end date, or neither."));
        return std::nullopt;
    }
    if (!startDate.isEmpty()) {
        const auto start = parseDate(startDate, error);
        if (!start)
            return std::nullopt;
        const auto end = parseDate(endDate, error);
        if (!end)
            return std::nullopt;
        request.startDate = *start;
        request.endDate = *end;
    } else if (!request.period) {
        fail(error, QStringLiteral("Choose a period (week or month) or give both dates."));
        return std::nullopt;
    }
    return request;
}

} // namespace routiq
