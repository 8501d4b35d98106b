#pragma once

#include "insights/noshowsnapshot.h"

#include <QCoreApplication>
#include <QString>

namespace routiq {

// The words and numbers of the no-show risk as every view shows them (board, drill-down,
// cards): band names, "34%", "booked 41 days ahead: +6 pts" and the risk tooltip, so a figure
// reads the same wherever it appears.
class RiskText
{
    Q_DECLARE_TR_FUNCTIONS(routiq::RiskText)
public:
    static QString bandName(RiskBand band);
    static QString percent(double risk);  // "34%", "<1%"
    static QString points(double effect); // "+6 pts", "−3 pts", "+0.4 pts"
    static QString reasonLine(const RiskReason &reason);
    static QString bandAndPercent(RiskBand band, double risk); // "High · 34%"
    // An expected count ("1.9") as the card and its drill-down both show it: to one decimal,
    // half up, with a tolerance so sums of the same risks in another order round alike.
    static QString expectedCount(double expected);
    // Band, probability, the clinic's base rate and every reason, one per line.
    static QString tooltip(const ScoredBooking &booking, const RiskBands &bands,
                           const NoShowModelInfo &model);
    // "Not enough history yet: needs 300 marked bookings (has 120)".
    static QString notReady(const NoShowModelInfo &model);
};

} // namespace routiq
