// SPDX-License-Identifier: GPL-3.0-or-later
#include "softmax_regression.h"

#include "triage/features.h"

#include <algorithm>
#include <cmath>

namespace hearken::training {

SparseRows featurise(const Examples& examples, quint32 bucketMask)
{
    SparseRows rows;
    rows.start.reserve(std::size_t(examples.size()) + 1);
    for (const Example& e : examples) {
        for (const HashedFeature& f : hashFeatures(tokenize(e.text))) {
            rows.bucket.push_back(f.hash & bucketMask);
            rows.value.push_back(f.value);
        }
        rows.start.push_back(rows.bucket.size());
    }
    return rows;
}

namespace {

// z = W x + b for one row, with the parameters laid out as in SoftmaxModel.
void rowLogits(const double* params, std::size_t classes, std::size_t buckets,
               const SparseRows& rows, std::size_t row, double* z)
{
    const double* bias = params + buckets * classes;
    std::copy(bias, bias + classes, z);
    for (std::size_t j = rows.start[row]; j < rows.start[row + 1]; ++j) {
        const double* w = params + std::size_t(rows.bucket[j]) * classes;
        const double v = rows.value[j];
        for (std::size_t c = 0; c < classes; ++c)
            z[c] += v * w[c];
    }
}

} // namespace

std::vector<double> SoftmaxModel::logits(const SparseRows& rows, std::size_t row) const
{
    std::vector<double> z(static_cast<std::size_t>(classes));
    rowLogits(params.data(), std::size_t(classes), buckets, rows, row, z.data());
    return z;
}

SoftmaxModel fitSoftmax(const SparseRows& rows, const std::vector<int>& labels, int classes,
                        std::size_t buckets, const FitOptions& options)
{
    const auto k = std::size_t(classes);
    std::vector<double> classWeight(k, 1.0);
    if (options.balanceClasses) {
        std::vector<double> counts(k, 0.0);
        for (int label : labels)
            counts[std::size_t(label)] += 1;
        for (std::size_t c = 0; c < k; ++c)
            classWeight[c] = counts[c] > 0 ? double(labels.size()) / (double(k) * counts[c]) : 0.0;
    }
    double totalWeight = 0;
    for (int label : labels)
        totalWeight += classWeight[std::size_t(label)];

    const std::size_t weightCount = buckets * k;
    const Objective objective = [&](const std::vector<double>& x, std::vector<double>& g) {
        std::fill(g.begin(), g.end(), 0.0);
        double loss = 0;
        std::vector<double> z(k);
        std::vector<double> p(k);
        for (std::size_t row = 0; row < rows.size(); ++row) {
            rowLogits(x.data(), k, buckets, rows, row, z.data());
            const double top = *std::max_element(z.begin(), z.end());
            double sum = 0;
            for (std::size_t c = 0; c < k; ++c)
                sum += p[c] = std::exp(z[c] - top);
            const auto label = std::size_t(labels[row]);
            const double w = classWeight[label] / totalWeight;
            loss -= w * (z[label] - top - std::log(sum));
            for (std::size_t c = 0; c < k; ++c)
                p[c] = w * (p[c] / sum - (c == label ? 1.0 : 0.0));
            for (std::size_t j = rows.start[row]; j < rows.start[row + 1]; ++j) {
                double* gw = &g[std::size_t(rows.bucket[j]) * k];
                for (std::size_t c = 0; c < k; ++c)
                    gw[c] += rows.value[j] * p[c];
            }
            for (std::size_t c = 0; c < k; ++c)
                g[weightCount + c] += p[c];
        }
        double norm = 0;
        for (std::size_t i = 0; i < weightCount; ++i) {
            norm += x[i] * x[i];
            g[i] += options.l2 * x[i];
        }
        return loss + 0.5 * options.l2 * norm;
    };
    LbfgsResult fit = minimise(objective, std::vector<double>(weightCount + k, 0.0), options.lbfgs);
    return {classes, buckets, std::move(fit.x), fit.iterations};
}

} // namespace hearken::training
