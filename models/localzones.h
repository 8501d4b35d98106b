#pragma once

#include "domain/ids.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QTimeZone>

namespace routiq {

// Where an appointment's wall-clock time is read: its location's zone, else the clinic's
// (docs/metrics.md "local start"). Lists and the Today board show local times with it.
struct LocalZones
{
    QHash<RecordId, QTimeZone> byLocation;
    QTimeZone fallback = QTimeZone::utc();

    QTimeZone of(RecordId locationId) const
    {
        const QTimeZone z = byLocation.value(locationId);
        return z.isValid() ? z : fallback;
    }
    QDateTime local(const QDateTime &utc, RecordId locationId) const
    {
        return utc.toTimeZone(of(locationId));
    }
};

// A wall-clock time as the front desk reads it: the locale's short format without seconds
// (the C locale's short format has them).
inline QString shortTimeText(QTime t)
{
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss"));
    return QLocale().toString(t, format);
}

} // namespace routiq
