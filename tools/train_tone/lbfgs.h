// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <vector>

namespace hearken::training {

// Returns f(x) and writes its gradient.
using Objective =
    std::function<double(const std::vector<double>& x, std::vector<double>& gradient)>;

struct LbfgsOptions {
    int maxIterations = 200;
    int history = 7;
    // Stop when the objective improves by less than this, relatively, over one iteration.
    double tolerance = 1e-6;
};

struct LbfgsResult {
    std::vector<double> x;
    double value = 0;
    int iterations = 0;
};

// Limited-memory BFGS with a backtracking (Armijo) line search. Fully sequential, so the same
// input gives the same bits.
LbfgsResult minimise(const Objective& f, std::vector<double> x, const LbfgsOptions& options);

} // namespace hearken::training
