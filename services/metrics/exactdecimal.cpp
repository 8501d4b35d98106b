#include "exactdecimal.h"

namespace routiq {

namespace {

qint64 powerOfTen(int decimals)
{
    Q_ASSERT(decimals >= 0 && decimals <= 6);
    qint64 p = 1;
    for (int i = 0; i < decimals; ++i)
        p *= 10;
    return p;
}

} // namespace

qint64 ExactDecimal::scaledQuotient(qint64 numerator, qint64 denominator, int decimals)
{
    Q_ASSERT(denominator != 0);
    if (denominator < 0) {
        numerator = -numerator;
        denominator = -denominator;
    }
    const qint64 scaled = numerator * powerOfTen(decimals);
    const bool negative = scaled < 0;
    const qint64 magnitude = negative ? -scaled : scaled;
    // floor((2|n| + d) / 2d) rounds |n|/d half up, i.e. the signed value half away from zero.
    const qint64 rounded = (2 * magnitude + denominator) / (2 * denominator);
    return negative ? -rounded : rounded;
}

double ExactDecimal::roundedQuotient(qint64 numerator, qint64 denominator, int decimals)
{
    return double(scaledQuotient(numerator, denominator, decimals)) / double(powerOfTen(decimals));
}

double ExactDecimal::roundedPercentage(qint64 numerator, qint64 denominator, int decimals)
{
    return roundedQuotient(numerator * 100, denominator, decimals);
}

} // namespace routiq
