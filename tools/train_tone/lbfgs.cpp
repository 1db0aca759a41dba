// SPDX-License-Identifier: GPL-3.0-or-later
#include "lbfgs.h"

#include <cmath>
#include <deque>

namespace hearken::training {

namespace {

double dot(const std::vector<double>& a, const std::vector<double>& b)
{
    double sum = 0;
    for (std::size_t i = 0; i < a.size(); ++i)
        sum += a[i] * b[i];
    return sum;
}

struct Correction {
    std::vector<double> s; // step in x
    std::vector<double> y; // change of gradient
    double rho = 0;
};

// The two-loop recursion: the quasi-Newton direction -H g.
std::vector<double> direction(const std::deque<Correction>& history,
                              const std::vector<double>& gradient)
{
    std::vector<double> q = gradient;
    std::vector<double> alpha(history.size());
    for (std::size_t k = history.size(); k-- > 0;) {
        alpha[k] = history[k].rho * dot(history[k].s, q);
        for (std::size_t i = 0; i < q.size(); ++i)
            q[i] -= alpha[k] * history[k].y[i];
    }
    if (!history.empty()) {
        const Correction& last = history.back();
        const double gamma = dot(last.s, last.y) / dot(last.y, last.y);
        for (double& v : q)
            v *= gamma;
    }
    for (std::size_t k = 0; k < history.size(); ++k) {
        const double beta = history[k].rho * dot(history[k].y, q);
        for (std::size_t i = 0; i < q.size(); ++i)
            q[i] += (alpha[k] - beta) * history[k].s[i];
    }
    for (double& v : q)
        v = -v;
    return q;
}

} // namespace

LbfgsResult minimise(const Objective& f, std::vector<double> x, const LbfgsOptions& options)
{
    std::vector<double> gradient(x.size());
    double value = f(x, gradient);
    std::deque<Correction> history;
    std::vector<double> nextX(x.size());
    std::vector<double> nextGradient(x.size());
    int iteration = 0;
    while (iteration < options.maxIterations) {
        ++iteration;
        std::vector<double> d = direction(history, gradient);
        double slope = dot(d, gradient);
        if (slope >= 0) {
            history.clear();
            d = gradient;
            for (double& v : d)
                v = -v;
            slope = dot(d, gradient);
        }
        double step = history.empty() ? 1.0 / std::sqrt(dot(gradient, gradient)) : 1.0;
        double nextValue = 0;
        for (int tries = 0;; ++tries) {
            for (std::size_t i = 0; i < x.size(); ++i)
                nextX[i] = x[i] + step * d[i];
            nextValue = f(nextX, nextGradient);
            if (nextValue <= value + 1e-4 * step * slope || tries == 30)
                break;
            step *= 0.5;
        }
        if (nextValue > value)
            break;
        Correction c{std::vector<double>(x.size()), std::vector<double>(x.size()), 0};
        for (std::size_t i = 0; i < x.size(); ++i) {
            c.s[i] = nextX[i] - x[i];
            c.y[i] = nextGradient[i] - gradient[i];
        }
        const double sy = dot(c.s, c.y);
        const bool converged = value - nextValue <= options.tolerance * std::abs(value);
        x.swap(nextX);
        gradient.swap(nextGradient);
        value = nextValue;
        if (converged)
            break;
        if (sy > 1e-12) {
            c.rho = 1.0 / sy;
            history.push_back(std::move(c));
            if (int(history.size()) > options.history)
                history.pop_front();
        }
    }
    return {std::move(x), value, iteration};
}

} // namespace hearken::training
