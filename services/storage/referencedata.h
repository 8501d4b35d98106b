#pragma once

#include "domain/records.h"
#include "domain/routiqerror.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace routiq {

// The clinic's locations and practitioners as cached, for the filter pickers and for choosing
// the zone whose date is "today". Reads on an open connection of the calling thread (a
// ClinicDatabaseReader's), never the writer's.
class ReferenceData
{
public:
    static QList<Location> locations(const QString &connectionName, RoutiqError *error = nullptr);
    // When the cache was last fully synced (UTC); invalid when never.
    static QDateTime lastSuccessfulSync(const QString &connectionName);
    static QList<Practitioner> practitioners(const QString &connectionName,
                                             RoutiqError *error = nullptr);
};

} // namespace routiq
