#pragma once

#include <vector>

namespace routiq {

// How good probabilities are on labelled rows: ranking (AUC, ties counted half) and
// calibration (Brier score, and its skill against always saying the base rate).
class ClassifierQuality
{
public:
    // labels: true = missed. Both return 0.5 / 0 when a class is absent.
    static double auc(const std::vector<double> &scores, const std::vector<bool> &labels);
    static double brier(const std::vector<double> &probabilities, const std::vector<bool> &labels);
    // 1 − brier(p) / brier(constant baseRate); > 0 means better than the flat rate.
    static double brierSkill(const std::vector<double> &probabilities,
                             const std::vector<bool> &labels, double baseRate);
};

} // namespace routiq
