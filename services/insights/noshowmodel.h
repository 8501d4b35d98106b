#pragma once

#include "noshowfeatures.h"
#include "noshowreasontext.h"
#include "noshowsnapshot.h"

#include <QByteArray>

#include <optional>
#include <vector>

namespace routiq {

// A trained no-show model of one clinic: a regularised logistic regression (liblinear) over
// NoShowFeatureLayout, Platt-calibrated on held-out weeks, plus what it takes to explain each
// score. Data, not code: it is stored as JSON in the clinic's encrypted cache.
//
// Reasons: with the calibrated logit L(x) = A·(w·x + b) + B and the reference point
// r = x̄ + λ·w (the training mean, moved along w until L(r) = logit(base rate)), each column's
// share is c_j = A·w_j·(x_j − r_j), so Σ c_j = L(x) − logit(base). Each factor's effect is
// (risk − base) · Σ_{j∈factor} c_j / Σ c_j — the Aumann–Shapley (integrated-gradients)
// attribution of a logistic model along the straight path from r to x — and the effects of one
// booking add up exactly to risk − base rate.
class NoShowModel
{
public:
    static constexpr int kFormatVersion = 2; // 2: age bands

    struct Explained
    {
        double risk = 0;
        QList<RiskReason> reasons; // every factor, largest |effect| first; effects in pts
    };

    NoShowFeatureLayout layout;
    std::vector<double> weights; // per column; positive = more likely missed
    double bias = 0;
    double plattA = 1;
    double plattB = 0;
    std::vector<double> reference; // r, per column
    NoShowModelInfo info;

    double rawScore(const std::vector<FeatureValue> &x) const;
    double calibratedLogit(const std::vector<FeatureValue> &x) const;
    double risk(const BookingContext &c) const;
    Explained explain(const BookingContext &c, const ReasonNames &names) const;

    // Sets `reference` from the training means so the model scores the base rate there.
    void setReference(const std::vector<double> &means);

    QByteArray toJson() const;
    static std::optional<NoShowModel> fromJson(const QByteArray &json, QString *why = nullptr);
};

} // namespace routiq
