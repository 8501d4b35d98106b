#pragma once

#include <QtGlobal>

namespace routiq {

// Rounds exact integer ratios half away from zero (shared/brief/metrics.md, precise reading 10),
// so 2.675 gives 2.68 and -12.25 gives -12.3: the decimal is found with integers, never by
// rounding a binary double; the double returned is only the nearest representation of it.
class ExactDecimal
{
public:
    // numerator / denominator rounded to `decimals` places (0..6); denominator must not be 0.
    static double roundedQuotient(qint64 numerator, qint64 denominator, int decimals);

    // The same value as a scaled integer: roundedQuotient * 10^decimals, exactly.
    static qint64 scaledQuotient(qint64 numerator, qint64 denominator, int decimals);

    // numerator / denominator * 100 rounded to `decimals` places.
    static double roundedPercentage(qint64 numerator, qint64 denominator, int decimals);
};

} // namespace routiq
