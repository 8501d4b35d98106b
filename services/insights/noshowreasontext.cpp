#include "noshowreasontext.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace routiq {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("routiq::NoShowReasonText", text, nullptr, n);
}

QString weekdayName(int isoDay)
{
    static const char *const kNames[] = {
        QT_TRANSLATE_NOOP("routiq::NoShowReasonText", "on a Monday"),
        QT_TRANSLATE_NOOP("routiq::NoShowReasonText", "on a Tuesday"),
        QT_TRANSLATE_NOOP("routiq::NoShowReasonText", "on a Wednesday"),
        QT_TRANSLATE_NOOP("routiq::NoShowReasonText", "on a Thursday"),
        QT_TRANSLATE_NOOP("routiq::NoShowReasonText", "on a Friday"),
        QT_TRANSLATE_NOOP("routiq::NoShowReasonText", "on a Saturday"),
        QT_TRANSLATE_NOOP("routiq::NoShowReasonText", "on a Sunday")};
    return tr(kNames[qBound(1, isoDay, 7) - 1]);
}

} // namespace

QString NoShowReasonText::describe(RiskFactor factor, const BookingContext &c,
                                   const ReasonNames &names)
{
    switch (factor) {
    case RiskFactor::LeadTime: {
        if (c.leadDays < 0)
            return tr("booking date unknown");
        const int days = int(std::floor(c.leadDays));
        if (days == 0)
            return tr("booked the same day");
        return tr("booked %n day(s) ahead", days);
    }
    case RiskFactor::History:
        if (c.recentOutcomes == 0)
            return tr("no attendance record yet");
        return tr("missed %1 of the last %2").arg(c.recentMissed).arg(c.recentOutcomes);
    case RiskFactor::LateCancellations:
        if (c.priorLateCancellations == 0)
            return tr("no late cancellations before");
        return tr("cancelled late %n time(s) before", c.priorLateCancellations);
    case RiskFactor::Visits:
        if (c.priorBookings + c.priorCancellations == 0)
            return tr("first visit");
        return tr("%n visit(s) attended before", c.priorAttended);
    case RiskFactor::LastVisit:
        if (c.daysSinceLastVisit < 0)
            return tr("no earlier visit");
        return tr("last visit %n day(s) before", int(std::floor(c.daysSinceLastVisit)));
    case RiskFactor::Weekday:
        return weekdayName(c.localWeekday);
    case RiskFactor::Hour:
        switch (NoShowFeatureLayout::hourBucket(c.localHour)) {
        case 0:
            return tr("early-morning slot");
        case 1:
            return tr("morning slot");
        case 2:
            return tr("midday slot");
        case 3:
            return tr("afternoon slot");
        default:
            return tr("evening slot");
        }
    case RiskFactor::Age:
        switch (NoShowFeatureLayout::ageBucket(c.ageYears)) {
        case 0:
            return tr("age not recorded");
        case 1:
            return tr("aged under 18");
        case 2:
            return tr("aged 18–24");
        case 3:
            return tr("aged 25–34");
        case 4:
            return tr("aged 35–49");
        case 5:
            return tr("aged 50–64");
        default:
            return tr("aged 65 or over");
        }
    case RiskFactor::AppointmentType: {
        const QString name = names.appointmentTypes.value(c.appointmentTypeId);
        return name.isEmpty() ? tr("this appointment type") : tr("type: %1").arg(name);
    }
    case RiskFactor::Practitioner: {
        const QString name = names.practitioners.value(c.practitionerId);
        return name.isEmpty() ? tr("this practitioner") : tr("with %1").arg(name);
    }
    }
    return {};
}

QString NoShowReasonText::formatEffect(double pts)
{
    if (std::fabs(pts) < 0.5)
        return tr("<1 pt");
    const long rounded = std::lround(pts);
    const QString sign = rounded > 0 ? QStringLiteral("+") : QStringLiteral("\u2212");
    return tr("%1%2 pts").arg(sign).arg(std::labs(rounded));
}

} // namespace routiq
