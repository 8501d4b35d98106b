#pragma once

#include "appointmentfact.h"
#include "domain/routiqerror.h"

#include <QDate>
#include <QList>

namespace routiq {

// Where the metrics engine reads its facts from, whichever store holds them: a clinic cache
// file (ClinicDatabaseReader) or one clinic on the shared server (services/shared). One
// interface, so the figures are computed by one code path in both modes. It lives beside
// AppointmentFact, which domain/ may not include.
class AppointmentFactSource
{
public:
    virtual ~AppointmentFactSource() = default;

    // Every stored appointment (deleted ones included, flagged), in no particular order.
    virtual QList<AppointmentFact> loadFacts(RoutiqError *error = nullptr) const = 0;
    // Only these appointments (those a ChangeSet names); unknown ids are skipped.
    virtual QList<AppointmentFact> loadFacts(const QList<RecordId> &ids,
                                             RoutiqError *error = nullptr) const = 0;
    // The facts (deleted ones included) whose local date is in [from, to].
    virtual QList<AppointmentFact> loadFactsBetween(QDate from, QDate to,
                                                    RoutiqError *error) const = 0;
};

} // namespace routiq
