#pragma once

#include "clinicscope.h"
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
    // `scope` picks one clinic's rows on the shared server (a cache file holds one clinic).
    static QList<Location> locations(const QString &connectionName, RoutiqError *error = nullptr,
                                     const ClinicScope &scope = {});
    // When the cache was last fully synced (UTC); invalid when never (or unreadable: `error`).
    static QDateTime lastSuccessfulSync(const QString &connectionName,
                                        const ClinicScope &scope = {},
                                        RoutiqError *error = nullptr);
    static QList<Practitioner> practitioners(const QString &connectionName,
                                             RoutiqError *error = nullptr,
                                             const ClinicScope &scope = {});
};

} // namespace routiq
