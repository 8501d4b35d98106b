#pragma once

#include "domain/records.h"

#include <QHash>
#include <QTimeZone>

#include <optional>

namespace routiq {

// An appointment's start resolved at ingest: the UTC instant and the local date, hour and ISO
// weekday in its location's zone (shared/brief/metrics.md, "local start").
struct LocalStart
{
    bool valid = false;
    qint64 startsAtUtcMSecs = 0;
    qint64 julianDay = 0;
    int hour = 0;
    int weekday = 1;
};

// Resolves local starts: Nookal's wall clock is taken as is; Cliniko's UTC start is converted
// with the location's IANA zone, else the clinic's default zone.
class LocalStartResolver
{
public:
    explicit LocalStartResolver(QTimeZone clinicDefault);

    void setLocationZone(RecordId locationId, const QString &ianaId);
    QTimeZone zoneFor(RecordId locationId) const;
    LocalStart resolve(const Appointment &appointment) const;
    // The same for a stored appointment: from its wall clock (as if UTC, Nookal) when it has
    // one, else from its UTC start.
    LocalStart resolveStored(RecordId locationId, qint64 startsAtUtcMSecs,
                             std::optional<qint64> wallClockAsUtcMSecs) const;

private:
    QTimeZone m_default;
    QHash<RecordId, QTimeZone> m_locationZones;
};

} // namespace routiq
