// What the bench's table reports of a case's samples.

#include "admin/bench/BenchCase.h"

#include <gtest/gtest.h>

using luotsi::admin::bench::BenchCase;

TEST(BenchCase, MedianOfAnEvenNumberOfRunsIsTheMeanOfTheMiddleTwo)
{
    BenchCase twoRuns;
    twoRuns.samples = {473.0, 406.0};
    EXPECT_DOUBLE_EQ(twoRuns.median(), 439.5);
    BenchCase threeRuns;
    threeRuns.samples = {5.0, 1.0, 3.0};
    EXPECT_DOUBLE_EQ(threeRuns.median(), 3.0);
}

TEST(BenchCase, PercentilesAreSamplesThatWereMeasured)
{
    BenchCase keystrokes;
    for (int i = 1; i <= 20; ++i)
        keystrokes.samples.append(double(i));
    EXPECT_DOUBLE_EQ(keystrokes.percentile(95), 19.0);
    EXPECT_DOUBLE_EQ(keystrokes.percentile(100), 20.0);
    EXPECT_DOUBLE_EQ(keystrokes.min(), 1.0);
    keystrokes.items = 20;
    EXPECT_DOUBLE_EQ(keystrokes.rate(), 20 * 1000.0 / 10.5);
}
