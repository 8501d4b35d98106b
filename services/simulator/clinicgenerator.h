#pragma once

#include "simulatedclinic.h"

#include <QDateTime>

namespace routiq {

// Builds a believable clinic account from a seed (same seed and parameters = same clinic): two
// locations in different zones, active and inactive practitioners, thousands of patients, two
// years of appointments up to `now` plus a few weeks of bookings, with realistic no-shows,
// cancellations (some late), archived rows, mid-morning/late-afternoon peaks and quiet Fridays.
class ClinicGenerator
{
public:
    struct Params
    {
        quint64 seed = 20'240'402;
        QDateTime now; // invalid = the current time
        int patientCount = 3'000;
        int historyDays = 730;
        int futureDays = 42;
        int practitionersPerLocation = 4;
        int inactivePractitioners = 2;
        double bookingRate = 0.72;          // share of free slots booked on a normal day
        double noShowRate = 0.07;           // of past, not cancelled appointments
        double cancellationRate = 0.11;     // of all appointments
        double lateCancellationShare = 0.3; // of cancellations: within 24 h of the start
        double archivedAppointmentRate = 0.008;
        double archivedPatientRate = 0.03;
    };

    // The default clinic (the demo's).
    static SimulatedClinic generate();
    static SimulatedClinic generate(const Params &params);
};

} // namespace routiq
