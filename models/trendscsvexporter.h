#pragma once

#include "metrics/clinicmetrics.h"

#include <QString>

namespace routiq {

// Writes the daily figures (bookingTrends) as CSV: a header line, then one line per local date
// "YYYY-MM-DD,bookings,missed,cancelled". Plain numbers, no locale formatting, UTF-8, LF.
class TrendsCsvExporter
{
public:
    static QByteArray toCsv(const QList<DailyTrend> &trends);
    // Writes atomically (QSaveFile); on failure returns false and says why in `error`.
    static bool write(const QString &path, const QList<DailyTrend> &trends, QString *error);
};

} // namespace routiq
