// SPDX-License-Identifier: GPL-3.0-or-later
// A long task's next transaction is sized from how long the last one took against the aim.
#include "store/transaction_aim.h"

#include <gtest/gtest.h>

using namespace hearken;
using namespace std::chrono_literals;

TEST(TransactionAim, TheNextTransactionTakesOnWhatWouldHaveLastedTheAim)
{
    EXPECT_EQ(nextTransactionSize(1000, 200ms, 160ms), 1250);
    EXPECT_EQ(nextTransactionSize(1000, 200ms, 250ms), 800);
    EXPECT_EQ(nextTransactionSize(1000, 200ms, 200ms), 1000);
}

TEST(TransactionAim, OneFastOrSlowTransactionAtMostDoublesOrHalvesTheNext)
{
    EXPECT_EQ(nextTransactionSize(1000, 200ms, 1ms), 2000);
    EXPECT_EQ(nextTransactionSize(1000, 200ms, 0ms), 2000);
    EXPECT_EQ(nextTransactionSize(1000, 200ms, 5s), 500);
}

TEST(TransactionAim, NeverLessThanOneNorMoreThanAnIntHolds)
{
    EXPECT_EQ(nextTransactionSize(1, 200ms, 5s), 1);
    EXPECT_EQ(nextTransactionSize(std::numeric_limits<int>::max(), 200ms, 1ms),
              std::numeric_limits<int>::max());
}
