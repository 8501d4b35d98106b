#include "accountexpiry.h"

namespace routiq {

QDateTime AccountExpiry::endOf(const QDate &lastDay, const QList<QTimeZone> &zones)
{
    QList<QTimeZone> valid;
    for (const QTimeZone &z : zones)
        if (z.isValid())
            valid.append(z);
    if (valid.isEmpty())
        valid.append(QTimeZone::systemTimeZone());
    QDateTime latest;
    for (const QTimeZone &zone : std::as_const(valid)) {
        QDateTime end(lastDay.addDays(1), QTime(0, 0), zone);
        // A zone whose clocks skip midnight (a DST change at 00:00: Santiago, Havana) has no
        // such time (Qt 6.4 makes it invalid): the day ends where its last moment does.
        if (!end.isValid())
            end = QDateTime(lastDay, QTime(23, 59, 59, 999), zone).addMSecs(1);
        end = end.toUTC();
        if (!latest.isValid() || end > latest)
            latest = end;
    }
    return latest;
}

} // namespace routiq
