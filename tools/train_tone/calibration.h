// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datasets.h"
#include "triage/tone_model.h"

namespace hearken::training {

// Fitted on validation data so a confidence of 0.8 is right about eight times in ten:
// a temperature for the tone softmax and Platt scaling for the question sigmoid; then the
// question threshold with the best F1.
struct Calibration {
    double toneTemperature = 1;
    double questionSlope = 1;
    double questionOffset = 0;
    double questionThreshold = 0.5;
};

Calibration calibrate(const ToneModel& model, const Examples& toneValidation,
                      const Examples& questionValidation);

} // namespace hearken::training
