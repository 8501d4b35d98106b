#pragma once

#include "simulatedclinic.h"

#include <QList>
#include <QRandomGenerator>

namespace routiq {

// The front desk of the simulated clinic: each step applies one plausible change (a new
// booking, an arrival, a no-show, a cancellation, a reschedule, an archived booking, a new
// patient), the way a busy day looks from the API.
class ClinicActivity
{
public:
    enum class Change
    {
        Booking,
        Arrival,
        NoShow,
        Cancellation,
        Reschedule,
        Archive,
        NewPatient
    };

    explicit ClinicActivity(quint64 seed);

    // Applies up to `count` random changes at `now`; returns the appointments touched.
    QList<RecordId> apply(SimulatedClinic &clinic, const QDateTime &now, int count);

    // One change of the given kind; 0 when nothing fitted (e.g. no one to mark arrived).
    RecordId applyOne(SimulatedClinic &clinic, Change change, const QDateTime &now);

private:
    Change pickChange();
    RecordId book(SimulatedClinic &clinic, const QDateTime &now);

    QRandomGenerator m_rng;
};

} // namespace routiq
