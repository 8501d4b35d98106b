#pragma once

#include "metricsrequest.h"

#include <QDate>
#include <QDateTime>
#include <QList>

#include <optional>

namespace routiq {

// One day of bookingTrends: every local date in R, zero days included.
struct DailyTrend
{
    QDate date;
    int bookings = 0;
    int missed = 0;
    int cancelled = 0;

    friend bool operator==(const DailyTrend &, const DailyTrend &) = default;
};

// One peakHours cell: ISO weekday (Mon = 1) and local hour with at least one booking.
struct PeakHourCell
{
    int dayOfWeek = 1;
    int hour = 0;
    int bookings = 0;

    friend bool operator==(const PeakHourCell &, const PeakHourCell &) = default;
};

// The figures of shared/brief/metrics.md for one range, names kept exactly as the seed defines.
// Rounded values are already rounded half away from zero on the exact value.
struct ClinicMetrics
{
    int totalBookings = 0;
    std::optional<double> totalBookingsChange; // null when the previous range had no bookings
    int activePatients = 0;
    int newPatients = 0;
    double dailyAverage = 0;
    int missedAppointments = 0;
    double missedAppointmentsPercentage = 0;
    QList<DailyTrend> bookingTrends;
    QList<PeakHourCell> peakHours;

    int cancellations = 0;
    double cancellationRate = 0;
    int lateCancellations = 0;
    int attendedAppointments = 0;
    std::optional<double> patientVisitAverage; // null when newPatients = 0
    double rebookRate = 0;
    // The numerator of rebookRate (attended bookings in R with a later booking): kept so that
    // figures of several clinics can be combined exactly (MetricsRollup).
    int rebookedAppointments = 0;

    friend bool operator==(const ClinicMetrics &, const ClinicMetrics &) = default;
};

// "Running period, like for like" (docs/metrics.md): when R contains today, R's dates up to
// today against as many days from the start of P (capped at P's length). `current` holds the
// figures of startDate..endDate, its totalBookingsChange against `previous`.
struct ToDateMetrics
{
    QDate startDate;
    QDate endDate; // today
    QDate previousStartDate;
    QDate previousEndDate;
    ClinicMetrics current;
    ClinicMetrics previous;

    friend bool operator==(const ToDateMetrics &, const ToDateMetrics &) = default;
};

// An immutable result handed from the metrics engine to the models: the figures for R, the same
// figures for the previous range P (for every card's change arrow), and how fresh the data is.
struct MetricsSnapshot
{
    MetricsRequest request;
    ResolvedRange range;
    ClinicMetrics current;
    ClinicMetrics previous;
    // Set when R contains today: the to-date figures of R and P (the cards' like-for-like change).
    std::optional<ToDateMetrics> toDate;
    QDateTime lastUpdated;  // UTC of the last successful sync; invalid when never synced
    quint64 generation = 0; // increases with every published snapshot of one engine

    friend bool operator==(const MetricsSnapshot &, const MetricsSnapshot &) = default;
};

} // namespace routiq
