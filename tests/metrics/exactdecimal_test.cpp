#include "metrics/exactdecimal.h"
#include "metrics/metricscalculator.h"

#include "testapp.h"

using routiq::ExactDecimal;
using routiq::MetricsCalculator;

TEST_CASE("exact ratios round half away from zero at the requested decimals")
{
    struct Case
    {
        qint64 numerator;
        qint64 denominator;
        int decimals;
        double expected;
    };
    // Each value is exactly representable as a decimal; binary doubles would get several wrong.
    const Case cases[] = {
        {-1225, 100, 1, -12.3}, // -12.25 -> -12.3, not -12.2
        {2675, 1000, 2, 2.68},  // 2.675 -> 2.68 (the double 2.675 is 2.67499...)
        {1, 8, 2, 0.13},        {-1, 8, 2, -0.13},      {5, 100, 1, 0.1},        {-5, 100, 1, -0.1},
        {1, 3, 2, 0.33},        {2, 3, 2, 0.67},        {5, 3, 2, 1.67},         {7, 1, 2, 7.0},
        {0, 5, 1, 0.0},         {1005, 1000, 2, 1.01},  {-1005, 1000, 2, -1.01}, {1, -8, 2, -0.13},
        {115, 1000, 2, 0.12},   {1149, 10000, 2, 0.11},
    };
    for (const Case &c : cases) {
        INFO(c.numerator << "/" << c.denominator << " to " << c.decimals);
        CHECK(ExactDecimal::roundedQuotient(c.numerator, c.denominator, c.decimals) == c.expected);
    }
}

TEST_CASE("percentages are the ratio times one hundred, rounded once")
{
    CHECK(ExactDecimal::roundedPercentage(1, 3, 1) == 33.3);
    CHECK(ExactDecimal::roundedPercentage(2, 3, 1) == 66.7);
    CHECK(ExactDecimal::roundedPercentage(1, 8, 1) == 12.5);
    CHECK(ExactDecimal::roundedPercentage(1, 16, 1) == 6.3);   // 6.25 -> 6.3
    CHECK(ExactDecimal::roundedPercentage(-1, 16, 1) == -6.3); // -6.25 -> -6.3
    CHECK(ExactDecimal::roundedPercentage(2, 7, 1) == 28.6);
}

TEST_CASE("totalBookingsChange rounds -12.25 to -12.3 and is null without previous bookings")
{
    CHECK(MetricsCalculator::change(351, 400) == -12.3);
    CHECK(MetricsCalculator::change(449, 400) == 12.3);
    CHECK(MetricsCalculator::change(5, 1) == 400.0);
    CHECK(MetricsCalculator::change(0, 4) == -100.0);
    CHECK(MetricsCalculator::change(3, 3) == 0.0);
    CHECK_FALSE(MetricsCalculator::change(7, 0).has_value());
    CHECK_FALSE(MetricsCalculator::change(0, 0).has_value());
}
