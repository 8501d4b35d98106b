#include "metricsgroups.h"

#include <QHash>

namespace routiq {

namespace {

const QHash<QString, QStringList> &groupFields()
{
    static const QHash<QString, QStringList> fields{
        {QStringLiteral("bookings"),
         {QStringLiteral("totalBookings"), QStringLiteral("totalBookingsChange"),
          QStringLiteral("dailyAverage"), QStringLiteral("missedAppointments"),
          QStringLiteral("missedAppointmentsPercentage"), QStringLiteral("attendedAppointments"),
          QStringLiteral("rebookRate"), QStringLiteral("rebookedAppointments")}},
        {QStringLiteral("patients"),
         {QStringLiteral("activePatients"), QStringLiteral("newPatients"),
          QStringLiteral("patientVisitAverage")}},
        {QStringLiteral("trends"), {QStringLiteral("bookingTrends")}},
        {QStringLiteral("peaks"), {QStringLiteral("peakHours")}},
        {QStringLiteral("cancellations"),
         {QStringLiteral("cancellations"), QStringLiteral("cancellationRate"),
          QStringLiteral("lateCancellations")}},
    };
    return fields;
}

} // namespace

std::optional<QStringList> MetricsGroups::parse(const QString &text, RoutiqError *error)
{
    QStringList groups;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString g = part.trimmed();
        if (!groupFields().contains(g)) {
            *error = RoutiqError::make(
                QStringLiteral("BAD_REQUEST"),
                QStringLiteral("Unknown metrics group '%1': use bookings, patients, trends, "
                               "peaks, cancellations.")
                    .arg(g.left(40)));
            return std::nullopt;
        }
        groups.append(g);
    }
    if (groups.isEmpty()) {
        *error = RoutiqError::make(QStringLiteral("BAD_REQUEST"),
                                   QStringLiteral("metrics= names at least one group."));
        return std::nullopt;
    }
    return groups;
}

QJsonObject MetricsGroups::select(const QJsonObject &body, const QStringList &groups)
{
    QJsonObject out = body;
    for (auto it = groupFields().cbegin(); it != groupFields().cend(); ++it) {
        if (groups.contains(it.key()))
            continue;
        for (const QString &field : it.value())
            out.remove(field);
    }
    return out;
}

} // namespace routiq
