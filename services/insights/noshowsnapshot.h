#pragma once

#include "domain/ids.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace routiq {

// One factor behind a booking's risk, in plain words, with its signed effect in percentage
// points. The effects of one booking add up to (risk − base rate) × 100 (docs/metrics.md,
// "No-show risk"), so a reader can reconcile every score with the clinic's base rate.
struct RiskReason
{
    QString factor;    // stable key: "lead_time", "history", "late_cancellations", "visits", ...
    QString text;      // e.g. "booked 41 days ahead"
    double effect = 0; // percentage points, signed

    friend bool operator==(const RiskReason &, const RiskReason &) = default;
};

enum class RiskBand
{
    Low,
    Elevated,
    High
};

// Where a probability becomes "elevated" or "high" (settings insights/elevatedRisk, highRisk).
struct RiskBands
{
    double elevated = 0.15;
    double high = 0.30;

    RiskBand bandOf(double risk) const
    {
        return risk >= high ? RiskBand::High
                            : (risk >= elevated ? RiskBand::Elevated : RiskBand::Low);
    }
};

// One upcoming booking with its risk. No patient name: names come only through the audited
// patient-level lists.
struct ScoredBooking
{
    RecordId appointmentId = 0;
    RecordId patientId = 0;
    RecordId practitionerId = 0;
    RecordId locationId = 0;
    QDateTime startsAtUtc;
    double risk = 0;           // 0..1, calibrated
    QList<RiskReason> reasons; // every factor, largest |effect| first

    friend bool operator==(const ScoredBooking &, const ScoredBooking &) = default;
};

// What the clinic's model is and how good it is, shown as it is: quality on the clinic's own
// most recent held-out weeks, or what history is still missing.
struct NoShowModelInfo
{
    enum class Status
    {
        Ready,
        InsufficientHistory
    };
    Status status = Status::InsufficientHistory;
    QDateTime trainedAt;      // UTC; invalid before the first training
    int trainingBookings = 0; // marked outcomes the model learnt from (all splits)
    int trainingNoShows = 0;
    double baseRate = 0;      // DNA share of those outcomes
    double validationAuc = 0; // on the most recent held-out outcomes
    double brierScore = 0;    // same rows
    double brierSkill = 0;    // 1 − Brier / Brier of the flat base rate
    int validationBookings = 0;
    // Below the minimum: what is missing, e.g. "needs 300 marked bookings (has 120)".
    QString missing;

    friend bool operator==(const NoShowModelInfo &, const NoShowModelInfo &) = default;
};

// An immutable result of the insights worker: the model's state and every upcoming booking
// within the horizon (not cancelled, not deleted, starting after `generatedAt`), by start time.
// Empty list when the model is not ready: no guessed numbers.
struct NoShowSnapshot
{
    QString clinicId;
    QDateTime generatedAt; // UTC "now" of the scoring
    int horizonDays = 14;
    NoShowModelInfo model;
    QList<ScoredBooking> bookings;
    quint64 generation = 0;

    // Sum of the risks of bookings starting before `untilUtc` (the "expected no-shows" figure).
    double expectedNoShows(const QDateTime &untilUtc) const
    {
        double sum = 0;
        for (const ScoredBooking &b : bookings)
            if (b.startsAtUtc < untilUtc)
                sum += b.risk;
        return sum;
    }

    friend bool operator==(const NoShowSnapshot &, const NoShowSnapshot &) = default;
};

} // namespace routiq

Q_DECLARE_METATYPE(routiq::NoShowSnapshot)
