#pragma once

#include "appointmentfact.h"
#include "domain/routiqerror.h"

#include <QDate>
#include <QList>

#include <optional>

namespace routiq {

class AppointmentFactSource;
class AppointmentIndex;

// A change known only by the local dates it touched (the shared server's change feed carries
// no ids): those days are read again from the store, and what the index holds on them but the
// store no longer does was removed there (or moved to another day of the same change, where it
// is read again). The result is what AppointmentIndex::apply / MetricsEngine::applyChanges take.
class ChangedDays
{
public:
    QList<AppointmentFact> upserted;
    QList<RecordId> deleted;

    // One read per run of consecutive days. Nullopt (with `error`) when a read fails.
    static std::optional<ChangedDays> read(const AppointmentFactSource &source,
                                           const AppointmentIndex &index, QList<QDate> dates,
                                           RoutiqError *error);
};

} // namespace routiq
