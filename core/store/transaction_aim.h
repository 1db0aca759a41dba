// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <chrono>
#include <limits>

namespace hearken {

// What a long task's transactions (an import, indexing a backlog for the search) aim at.
inline constexpr std::chrono::milliseconds bulkTransactionAim{200};

// How much the next of a long task's transactions should take on, so that it lasts about `aim`:
// long enough that the index pages each transaction writes again stay a small share of the
// work, short enough that a person's action waiting for the lock hardly notices. The amount is
// at most doubled or halved at a time, so that one slow transaction (the disk busy with
// something else) does not swing the next one far.
inline int nextTransactionSize(int size, std::chrono::milliseconds aim,
                               std::chrono::steady_clock::duration took)
{
    const double scale =
        std::clamp(std::chrono::duration<double>(aim) /
                       std::max(std::chrono::duration<double>(took),
                                std::chrono::duration<double>(std::chrono::microseconds(1))),
                   0.5, 2.0);
    return int(std::clamp(double(size) * scale, 1.0, double(std::numeric_limits<int>::max())));
}

} // namespace hearken
