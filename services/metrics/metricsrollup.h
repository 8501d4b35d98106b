#pragma once

#include "clinicmetrics.h"

#include <QList>

#include <optional>

namespace routiq {

// The "All clinics" figures: several clinics' ClinicMetrics for the same range combined into
// one, with the definitions of shared/brief/metrics.md applied to the group. Counts add up
// (a patient is identified by clinic and PMS id, so distinct and new patients add up too);
// bookingTrends add up per date and peakHours per (weekday, hour) cell, re-sorted; every ratio
// is recomputed from the summed counts (never averaged), and dailyAverage divides by the dates
// on which the group had at least one booking. Each clinic computed its figures in its own
// locations' zones, so every appointment keeps its own local date and hour.
class MetricsRollup
{
public:
    // Combines figures of one range. totalBookingsChange is computed from the summed bookings
    // of R and P when `previousTotalBookings` is given, else it stays null.
    static ClinicMetrics combine(const QList<ClinicMetrics> &clinics,
                                 std::optional<qint64> previousTotalBookings = std::nullopt);

    // Combines snapshots whose ranges are equal (the caller resolved one range for all):
    // `current` and `previous` are combined, the change is against the summed previous
    // bookings, and lastUpdated is the OLDEST clinic's (the group is as fresh as its stalest
    // member; invalid when any clinic never synced). `request` is echoed as given.
    static MetricsSnapshot combine(const QList<MetricsSnapshot> &clinics,
                                   const MetricsRequest &request);

    // The clinics' to-date figures combined; null unless every clinic has them for the same
    // partial ranges.
    static std::optional<ToDateMetrics> combineToDate(const QList<MetricsSnapshot> &clinics);
};

} // namespace routiq
