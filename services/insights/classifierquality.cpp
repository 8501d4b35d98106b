#include "classifierquality.h"

#include <algorithm>
#include <numeric>

namespace routiq {

double ClassifierQuality::auc(const std::vector<double> &scores, const std::vector<bool> &labels)
{
    const size_t n = std::min(scores.size(), labels.size());
    std::vector<size_t> order(n);
    std::iota(order.begin(), order.end(), size_t(0));
    std::sort(order.begin(), order.end(),
              [&](size_t a, size_t b) { return scores[a] < scores[b]; });
    // Mann–Whitney: sum of the positives' ranks, tied scores sharing their mean rank.
    double positiveRankSum = 0;
    size_t positives = 0;
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && scores[order[j]] == scores[order[i]])
            ++j;
        const double meanRank = (double(i + 1) + double(j)) / 2.0;
        for (size_t k = i; k < j; ++k)
            if (labels[order[k]]) {
                positiveRankSum += meanRank;
                ++positives;
            }
        i = j;
    }
    const size_t negatives = n - positives;
    if (positives == 0 || negatives == 0)
        return 0.5;
    return (positiveRankSum - double(positives) * double(positives + 1) / 2.0) /
           (double(positives) * double(negatives));
}

double ClassifierQuality::brier(const std::vector<double> &p, const std::vector<bool> &labels)
{
    const size_t n = std::min(p.size(), labels.size());
    if (n == 0)
        return 0;
    double sum = 0;
    for (size_t i = 0; i < n; ++i) {
        const double d = p[i] - (labels[i] ? 1.0 : 0.0);
        sum += d * d;
    }
    return sum / double(n);
}

double ClassifierQuality::brierSkill(const std::vector<double> &p, const std::vector<bool> &labels,
                                     double baseRate)
{
    const std::vector<double> flat(std::min(p.size(), labels.size()), baseRate);
    const double reference = brier(flat, labels);
    return reference > 0 ? 1.0 - brier(p, labels) / reference : 0.0;
}

} // namespace routiq
