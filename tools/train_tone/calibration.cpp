// SPDX-License-Identifier: GPL-3.0-or-later
#include "calibration.h"

#include <algorithm>
#include <cmath>

namespace hearken::training {

namespace {

struct Scored {
    ToneModel::Logits logits;
    int label = 0;
};

std::vector<Scored> score(const ToneModel& model, const Examples& examples)
{
    std::vector<Scored> out;
    out.reserve(std::size_t(examples.size()));
    for (const Example& e : examples)
        out.push_back({model.logits(hashFeatures(tokenize(e.text))), e.label});
    return out;
}

double toneLoss(const std::vector<Scored>& scored, double temperature)
{
    double loss = 0;
    for (const Scored& s : scored) {
        const double top = *std::max_element(s.logits.begin(), s.logits.begin() + toneColumns);
        double sum = 0;
        for (int c = 0; c < toneColumns; ++c)
            sum += std::exp((s.logits[c] - top) / temperature);
        loss -= (s.logits[s.label] - top) / temperature - std::log(sum);
    }
    return loss;
}

// Golden-section search over log T: the loss is unimodal in T.
double fitTemperature(const std::vector<Scored>& scored)
{
    const double ratio = (std::sqrt(5.0) - 1) / 2;
    double lo = std::log(0.05);
    double hi = std::log(20.0);
    for (int i = 0; i < 80; ++i) {
        const double a = hi - ratio * (hi - lo);
        const double b = lo + ratio * (hi - lo);
        if (toneLoss(scored, std::exp(a)) < toneLoss(scored, std::exp(b)))
            hi = b;
        else
            lo = a;
    }
    return std::exp((lo + hi) / 2);
}

// Newton's method on the two Platt parameters, lightly regularised so that a separable
// validation set cannot push them to infinity.
void fitPlatt(const std::vector<Scored>& scored, Calibration& out)
{
    double a = 1, b = 0;
    constexpr double ridge = 1e-3;
    for (int i = 0; i < 50; ++i) {
        double ga = ridge * (a - 1), gb = ridge * b;
        double haa = ridge, hab = 0, hbb = ridge;
        for (const Scored& s : scored) {
            const double z = s.logits[questionColumn];
            const double p = 1 / (1 + std::exp(-(a * z + b)));
            const double r = p - s.label;
            const double w = p * (1 - p);
            ga += r * z;
            gb += r;
            haa += w * z * z;
            hab += w * z;
            hbb += w;
        }
        const double det = haa * hbb - hab * hab;
        if (det <= 0)
            break;
        a -= (hbb * ga - hab * gb) / det;
        b -= (haa * gb - hab * ga) / det;
    }
    out.questionSlope = a;
    out.questionOffset = b;
}

double bestF1Threshold(const std::vector<Scored>& scored, const Calibration& platt)
{
    double best = 0.5;
    double bestF1 = -1;
    for (int percent = 5; percent <= 95; ++percent) {
        const double threshold = percent / 100.0;
        double tp = 0, fp = 0, fn = 0;
        for (const Scored& s : scored) {
            const double z = platt.questionSlope * s.logits[questionColumn] + platt.questionOffset;
            const bool predicted = 1 / (1 + std::exp(-z)) >= threshold;
            tp += predicted && s.label == 1 ? 1 : 0;
            fp += predicted && s.label == 0 ? 1 : 0;
            fn += !predicted && s.label == 1 ? 1 : 0;
        }
        const double f1 = tp > 0 ? 2 * tp / (2 * tp + fp + fn) : 0.0;
        if (f1 > bestF1) {
            bestF1 = f1;
            best = threshold;
        }
    }
    return best;
}

} // namespace

Calibration calibrate(const ToneModel& model, const Examples& toneValidation,
                      const Examples& questionValidation)
{
    Calibration out;
    const std::vector<Scored> tone = score(model, toneValidation);
    if (!tone.empty())
        out.toneTemperature = fitTemperature(tone);
    const std::vector<Scored> question = score(model, questionValidation);
    if (!question.empty()) {
        fitPlatt(question, out);
        out.questionThreshold = bestF1Threshold(question, out);
    }
    return out;
}

} // namespace hearken::training
