// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datasets.h"
#include "triage/tone_model.h"

#include <functional>
#include <vector>

namespace hearken::training {

struct TrainingData {
    Examples toneTrain;
    // Chooses the regularisation and fits the temperature; never trained on.
    Examples toneValidation;
    Examples questionTrain;
    Examples questionValidation;
};

struct TrainingOptions {
    quint32 bucketBits = 19;
    // Candidate L2 strengths; the one with the best validation score is kept.
    std::vector<double> toneL2 = {5e-6, 1e-5, 2e-5};
    std::vector<double> questionL2 = {1e-5, 3e-5, 1e-4};
    int maxIterations = 300;
    // Words seen at least this often in training count as known vocabulary.
    int minWordCount = 2;
};

using Log = std::function<void(const QString&)>;

// Trains, quantises and calibrates a model. Deterministic: the same data and options give a
// byte-identical ToneModel::serialise().
ToneModel train(const TrainingData& data, const TrainingOptions& options, const Log& log);

} // namespace hearken::training
