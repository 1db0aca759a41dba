// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datasets.h"
#include "lbfgs.h"

#include <QtGlobal>

#include <vector>

namespace hearken::training {

// Hashed features of many texts, row after row.
struct SparseRows {
    std::vector<std::size_t> start{0};
    std::vector<quint32> bucket;
    std::vector<float> value;

    std::size_t size() const { return start.size() - 1; }
};

SparseRows featurise(const Examples& examples, quint32 bucketMask);

// An L2-regularised multinomial logistic regression over hashed buckets: weight (bucket, class)
// at bucket * classes + class, then one unregularised bias per class.
struct SoftmaxModel {
    int classes = 0;
    std::size_t buckets = 0;
    std::vector<double> params;

    int iterations = 0; // how many L-BFGS iterations the fit took

    double weight(std::size_t bucket, int c) const { return params[bucket * classes + c]; }
    double bias(int c) const { return params[buckets * classes + c]; }
    std::vector<double> logits(const SparseRows& rows, std::size_t row) const;
};

struct FitOptions {
    double l2 = 1e-4;
    // Weight each class inversely to its frequency, as if the classes were equally common.
    bool balanceClasses = false;
    LbfgsOptions lbfgs;
};

SoftmaxModel fitSoftmax(const SparseRows& rows, const std::vector<int>& labels, int classes,
                        std::size_t buckets, const FitOptions& options);

} // namespace hearken::training
