#pragma once

#include "bookingcontext.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace routiq {

// The groups of features a reason is given for. Each column belongs to exactly one factor, so a
// factor's effect is the sum of its columns' effects.
enum class RiskFactor
{
    LeadTime,
    History,
    LateCancellations,
    Visits,
    LastVisit,
    Weekday,
    Hour,
    Age,
    AppointmentType,
    Practitioner
};
inline constexpr int kRiskFactorCount = 10;
QString riskFactorKey(RiskFactor factor); // "lead_time", "history", ...

struct FeatureValue
{
    int column = 0; // 0-based
    double value = 0;
};

// How a BookingContext becomes the model's numeric columns: one-hot buckets for lead time, last
// visit, weekday and hour; smoothed rates for the patient's history (shrunk toward the clinic's
// rates, so a patient with one booking is not "100 % no-show"); one column per common
// appointment type and practitioner of this clinic, the rest sharing an "other" column.
// Fixed at training time and stored with the model.
class NoShowFeatureLayout
{
public:
    struct Priors
    {
        double missRate = 0.1;        // DNA share of marked bookings
        double lateCancelRate = 0.03; // late cancellations per booking or cancellation
    };

    // Types and practitioners with at least `minRows` training rows get a column of their own.
    static NoShowFeatureLayout build(const QHash<RecordId, int> &typeCounts,
                                     const QHash<RecordId, int> &practitionerCounts, Priors priors,
                                     int minRows = 30);

    int columnCount() const;
    RiskFactor factorOf(int column) const;
    const Priors &priors() const { return m_priors; }

    // Appends the non-zero columns of `c`, in increasing column order.
    void encode(const BookingContext &c, std::vector<FeatureValue> &out) const;

    QJsonObject toJson() const;
    static std::optional<NoShowFeatureLayout> fromJson(const QJsonObject &json);

    // Bucket boundaries, shared with the reason texts.
    static int leadBucket(double leadDays);  // 0..7 (7 = unknown)
    static int lastVisitBucket(double days); // 0..4 (0 = none)
    static int hourBucket(int hour);         // 0..4
    static int ageBucket(int years);         // 0..6 (0 = unknown)

private:
    int typeBase() const;
    int practitionerBase() const;

    Priors m_priors;
    QList<RecordId> m_types;
    QList<RecordId> m_practitioners;
    QHash<RecordId, int> m_typeIndex;
    QHash<RecordId, int> m_practitionerIndex;
};

} // namespace routiq
