#pragma once

#include "domain/records.h"

#include <QList>
#include <QMetaType>

namespace routiq {

// What a connection test found in the PMS before anything is stored: the businesses (Cliniko)
// or locations (Nookal) the key can see, with their time zones, the practitioner count and a
// first look at the appointment volume. Counts are -1 when the PMS gave no total.
struct ConnectionReport
{
    QList<Location> locations;
    qint64 practitionerCount = -1;
    qint64 appointmentCount = -1;
    bool appointmentCountIsLowerBound = false; // no total: only the first page was counted
    int requestsUsed = 0;
};

} // namespace routiq

Q_DECLARE_METATYPE(routiq::ConnectionReport)
