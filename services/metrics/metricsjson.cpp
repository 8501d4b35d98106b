#include "metricsjson.h"

#include "rangeresolver.h"

#include <QJsonArray>
#include <QJsonValue>

namespace routiq {

namespace {

QJsonValue optionalNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalId(const std::optional<RecordId> &id)
{
    return id ? QJsonValue(QString::number(*id)) : QJsonValue(QJsonValue::Null);
}

QString isoDate(QDate date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

QJsonObject MetricsJson::metricsToJson(const ClinicMetrics &m)
{
    QJsonArray trends;
    for (const DailyTrend &t : m.bookingTrends)
        trends.append(QJsonObject{{QStringLiteral("date"), isoDate(t.date)},
                                  {QStringLiteral("bookings"), t.bookings},
                                  {QStringLiteral("missed"), t.missed},
                                  {QStringLiteral("cancelled"), t.cancelled}});
    QJsonArray peaks;
    for (const PeakHourCell &c : m.peakHours)
        peaks.append(QJsonObject{{QStringLiteral("dayOfWeek"), c.dayOfWeek},
                                 {QStringLiteral("hour"), c.hour},
                                 {QStringLiteral("bookings"), c.bookings}});
    QJsonObject o;
    o.insert(QStringLiteral("totalBookings"), m.totalBookings);
    o.insert(QStringLiteral("totalBookingsChange"), optionalNumber(m.totalBookingsChange));
    o.insert(QStringLiteral("activePatients"), m.activePatients);
    o.insert(QStringLiteral("newPatients"), m.newPatients);
    o.insert(QStringLiteral("dailyAverage"), m.dailyAverage);
    o.insert(QStringLiteral("missedAppointments"), m.missedAppointments);
    o.insert(QStringLiteral("missedAppointmentsPercentage"), m.missedAppointmentsPercentage);
    o.insert(QStringLiteral("bookingTrends"), trends);
    o.insert(QStringLiteral("peakHours"), peaks);
    o.insert(QStringLiteral("cancellations"), m.cancellations);
    o.insert(QStringLiteral("cancellationRate"), m.cancellationRate);
    o.insert(QStringLiteral("lateCancellations"), m.lateCancellations);
    o.insert(QStringLiteral("attendedAppointments"), m.attendedAppointments);
    o.insert(QStringLiteral("patientVisitAverage"), optionalNumber(m.patientVisitAverage));
    o.insert(QStringLiteral("rebookRate"), m.rebookRate);
    o.insert(QStringLiteral("rebookedAppointments"), m.rebookedAppointments);
    return o;
}

QJsonObject MetricsJson::requestToJson(const MetricsRequest &request, const ResolvedRange &range)
{
    QJsonObject o;
    o.insert(QStringLiteral("period"), request.period
                                           ? QJsonValue(RangeResolver::periodName(*request.period))
                                           : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("startDate"), isoDate(range.startDate));
    o.insert(QStringLiteral("endDate"), isoDate(range.endDate));
    o.insert(QStringLiteral("clinicId"), request.clinicId);
    o.insert(QStringLiteral("locationId"), optionalId(request.locationId));
    o.insert(QStringLiteral("practitionerId"), optionalId(request.practitionerId));
    o.insert(QStringLiteral("previousStartDate"), isoDate(range.previousStartDate));
    o.insert(QStringLiteral("previousEndDate"), isoDate(range.previousEndDate));
    return o;
}

QJsonObject MetricsJson::toJson(const ClinicMetrics &metrics, const MetricsRequest &request,
                                const ResolvedRange &range, const QDateTime &lastUpdated)
{
    QJsonObject o = metricsToJson(metrics);
    o.insert(QStringLiteral("request"), requestToJson(request, range));
    o.insert(QStringLiteral("lastUpdated"),
             lastUpdated.isValid() ? QJsonValue(lastUpdated.toUTC().toString(Qt::ISODate))
                                   : QJsonValue(QJsonValue::Null));
    return o;
}

QJsonObject MetricsJson::toJson(const MetricsSnapshot &snapshot)
{
    QJsonObject o =
        toJson(snapshot.current, snapshot.request, snapshot.range, snapshot.lastUpdated);
    o.insert(QStringLiteral("previous"), metricsToJson(snapshot.previous));
    o.insert(QStringLiteral("toDate"), toDateToJson(snapshot.toDate));
    return o;
}

QJsonValue MetricsJson::toDateToJson(const std::optional<ToDateMetrics> &toDate)
{
    if (!toDate)
        return QJsonValue(QJsonValue::Null);
    QJsonObject o;
    o.insert(QStringLiteral("startDate"), isoDate(toDate->startDate));
    o.insert(QStringLiteral("endDate"), isoDate(toDate->endDate));
    o.insert(QStringLiteral("previousStartDate"), isoDate(toDate->previousStartDate));
    o.insert(QStringLiteral("previousEndDate"), isoDate(toDate->previousEndDate));
    o.insert(QStringLiteral("current"), metricsToJson(toDate->current));
    o.insert(QStringLiteral("previous"), metricsToJson(toDate->previous));
    return o;
}

} // namespace routiq
