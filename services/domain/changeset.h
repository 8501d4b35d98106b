#pragma once

#include "domain/ids.h"

#include <QList>
#include <QMetaType>
#include <QSet>

namespace routiq {

// What one committed transaction changed, for the metrics engine and the UI: which
// appointments, and which local dates (julian days, in each appointment's zone, before and
// after the change) they touch.
struct ChangeSet
{
    QList<RecordId> upsertedAppointmentIds;
    QList<RecordId> deletedAppointmentIds; // rows removed from the cache (Nookal vanished rows)
    QSet<qint64> localJulianDays;
    int recordCount = 0; // records of any kind written

    bool isEmpty() const { return recordCount == 0 && deletedAppointmentIds.isEmpty(); }
    // Adds what `other` (a later transaction) changed.
    void merge(const ChangeSet &other)
    {
        upsertedAppointmentIds += other.upsertedAppointmentIds;
        deletedAppointmentIds += other.deletedAppointmentIds;
        localJulianDays += other.localJulianDays;
        recordCount += other.recordCount;
    }
};

} // namespace routiq

Q_DECLARE_METATYPE(routiq::ChangeSet)
