#pragma once

#include "bookingcontext.h"
#include "noshowfeatures.h"

#include <QHash>
#include <QString>

namespace routiq {

// Names the reasons may use: appointment types and practitioners (never patients).
struct ReasonNames
{
    QHash<RecordId, QString> appointmentTypes;
    QHash<RecordId, QString> practitioners;
};

// A factor of one booking in plain words ("booked 41 days ahead", "missed 2 of the last 5").
class NoShowReasonText
{
public:
    static QString describe(RiskFactor factor, const BookingContext &c, const ReasonNames &names);
    // "+6 pts", "−2 pts", "<1 pt" — the effect as the UI shows it.
    static QString formatEffect(double percentagePoints);
};

} // namespace routiq
