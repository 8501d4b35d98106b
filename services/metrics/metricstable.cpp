#include "metricstable.h"

#include "rangeresolver.h"

#include <QStringList>

namespace routiq {

namespace {

const QString dash = QStringLiteral("-");

QString number(double value, int decimals)
{
    // The value is already rounded; 'f' prints the nearest decimal of that many places.
    return QString::number(value, 'f', decimals);
}

QString optionalNumber(const std::optional<double> &value, int decimals)
{
    return value ? number(*value, decimals) : QStringLiteral("n/a");
}

QString row(const QString &label, const QString &now, const QString &before)
{
    return label.leftJustified(32) + now.rightJustified(12) + before.rightJustified(12) +
           QLatin1Char('\n');
}

QString weekdayName(int isoDay)
{
    static const char *const names[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    return isoDay >= 1 && isoDay <= 7 ? QString::fromLatin1(names[isoDay - 1]) : dash;
}

} // namespace

QString MetricsTable::render(const ClinicMetrics &c, const ClinicMetrics &p,
                             const MetricsRequest &request, const ResolvedRange &range,
                             const QDateTime &lastUpdated)
{
    QString out;
    out += QStringLiteral("Clinic:        ") + request.clinicId + QLatin1Char('\n');
    out +=
        QStringLiteral("Period:        ") +
        (request.period ? RangeResolver::periodName(*request.period) : QStringLiteral("custom")) +
        QLatin1Char('\n');
    out += QStringLiteral("Range:         ") + range.startDate.toString(Qt::ISODate) +
           QStringLiteral(" .. ") + range.endDate.toString(Qt::ISODate) + QLatin1Char('\n');
    out += QStringLiteral("Previous:      ") + range.previousStartDate.toString(Qt::ISODate) +
           QStringLiteral(" .. ") + range.previousEndDate.toString(Qt::ISODate) + QLatin1Char('\n');
    out += QStringLiteral("Location:      ") +
           (request.locationId ? QString::number(*request.locationId) : QStringLiteral("all")) +
           QLatin1Char('\n');
    out += QStringLiteral("Practitioner:  ") +
           (request.practitionerId ? QString::number(*request.practitionerId)
                                   : QStringLiteral("all")) +
           QLatin1Char('\n');
    out += QStringLiteral("Last updated:  ") +
           (lastUpdated.isValid() ? lastUpdated.toUTC().toString(Qt::ISODate)
                                  : QStringLiteral("never")) +
           QStringLiteral("\n\n");

    out += row(QStringLiteral("Figure"), QStringLiteral("Range"), QStringLiteral("Previous"));
    out += row(QStringLiteral("Total bookings"), QString::number(c.totalBookings),
               QString::number(p.totalBookings));
    out += row(QStringLiteral("Total bookings change %"), optionalNumber(c.totalBookingsChange, 1),
               optionalNumber(p.totalBookingsChange, 1));
    out += row(QStringLiteral("Active patients"), QString::number(c.activePatients),
               QString::number(p.activePatients));
    out += row(QStringLiteral("New patients"), QString::number(c.newPatients),
               QString::number(p.newPatients));
    out +=
        row(QStringLiteral("Daily average"), number(c.dailyAverage, 2), number(p.dailyAverage, 2));
    out += row(QStringLiteral("Missed appointments"), QString::number(c.missedAppointments),
               QString::number(p.missedAppointments));
    out += row(QStringLiteral("Missed %"), number(c.missedAppointmentsPercentage, 1),
               number(p.missedAppointmentsPercentage, 1));
    out += row(QStringLiteral("Cancellations"), QString::number(c.cancellations),
               QString::number(p.cancellations));
    out += row(QStringLiteral("Cancellation rate %"), number(c.cancellationRate, 1),
               number(p.cancellationRate, 1));
    out += row(QStringLiteral("Late cancellations"), QString::number(c.lateCancellations),
               QString::number(p.lateCancellations));
    out += row(QStringLiteral("Attended appointments"), QString::number(c.attendedAppointments),
               QString::number(p.attendedAppointments));
    out += row(QStringLiteral("Patient visit average"), optionalNumber(c.patientVisitAverage, 2),
               optionalNumber(p.patientVisitAverage, 2));
    out += row(QStringLiteral("Rebook rate %"), number(c.rebookRate, 1), number(p.rebookRate, 1));

    out += QStringLiteral("\nDate          Bookings    Missed Cancelled\n");
    for (const DailyTrend &t : c.bookingTrends)
        out += t.date.toString(Qt::ISODate).leftJustified(12) +
               QString::number(t.bookings).rightJustified(10) +
               QString::number(t.missed).rightJustified(10) +
               QString::number(t.cancelled).rightJustified(10) + QLatin1Char('\n');

    out += QStringLiteral("\nBusiest hours (day, hour, bookings)\n");
    const qsizetype shown = std::min<qsizetype>(c.peakHours.size(), 10);
    for (qsizetype i = 0; i < shown; ++i) {
        const PeakHourCell &cell = c.peakHours[i];
        out += weekdayName(cell.dayOfWeek) + QLatin1Char(' ') +
               QStringLiteral("%1:00").arg(cell.hour, 2, 10, QLatin1Char('0')) +
               QString::number(cell.bookings).rightJustified(10) + QLatin1Char('\n');
    }
    if (c.peakHours.isEmpty())
        out += QStringLiteral("(no bookings)\n");
    return out;
}

QString MetricsTable::renderRows(const QList<NamedRow> &rows, const MetricsRequest &request,
                                 const ResolvedRange &range, const QDateTime &lastUpdated)
{
    QString out;
    out += QStringLiteral("Clinic:        ") + request.clinicId + QLatin1Char('\n');
    out += QStringLiteral("Range:         ") + range.startDate.toString(Qt::ISODate) +
           QStringLiteral(" .. ") + range.endDate.toString(Qt::ISODate) + QLatin1Char('\n');
    out += QStringLiteral("Previous:      ") + range.previousStartDate.toString(Qt::ISODate) +
           QStringLiteral(" .. ") + range.previousEndDate.toString(Qt::ISODate) + QLatin1Char('\n');
    out += QStringLiteral("Location:      ") +
           (request.locationId ? QString::number(*request.locationId) : QStringLiteral("all")) +
           QLatin1Char('\n');
    out += QStringLiteral("Last updated:  ") +
           (lastUpdated.isValid() ? lastUpdated.toUTC().toString(Qt::ISODate)
                                  : QStringLiteral("never")) +
           QStringLiteral("\n\n");
    const auto line = [](const QStringList &cells) -> QString {
        QString l = cells.first().left(28).leftJustified(30);
        for (qsizetype i = 1; i < cells.size(); ++i)
            l += cells[i].rightJustified(9);
        return l + QLatin1Char('\n');
    };
    out += line({QStringLiteral("Practitioner"), QStringLiteral("Booked"), QStringLiteral("Chg %"),
                 QStringLiteral("Patients"), QStringLiteral("New"), QStringLiteral("Missed %"),
                 QStringLiteral("Cancel %"), QStringLiteral("Late"), QStringLiteral("Attended"),
                 QStringLiteral("Rebook %")});
    for (const NamedRow &r : rows) {
        const ClinicMetrics &c = r.current;
        out += line({r.name, QString::number(c.totalBookings),
                     optionalNumber(c.totalBookingsChange, 1), QString::number(c.activePatients),
                     QString::number(c.newPatients), number(c.missedAppointmentsPercentage, 1),
                     number(c.cancellationRate, 1), QString::number(c.lateCancellations),
                     QString::number(c.attendedAppointments), number(c.rebookRate, 1)});
    }
    if (rows.isEmpty())
        out += QStringLiteral("(no practitioner has bookings in either range)\n");
    return out;
}

QString MetricsTable::render(const MetricsSnapshot &s)
{
    return render(s.current, s.previous, s.request, s.range, s.lastUpdated);
}

} // namespace routiq
