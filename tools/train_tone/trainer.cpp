// SPDX-License-Identifier: GPL-3.0-or-later
#include "trainer.h"

#include "calibration.h"
#include "domain/tone.h"
#include "softmax_regression.h"
#include "triage/features.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace hearken::training {

namespace {

std::vector<int> labelsOf(const Examples& examples)
{
    std::vector<int> labels;
    labels.reserve(std::size_t(examples.size()));
    for (const Example& e : examples)
        labels.push_back(e.label);
    return labels;
}

double macroRecall(const SoftmaxModel& model, const SparseRows& rows,
                   const std::vector<int>& labels)
{
    std::vector<double> hits(std::size_t(model.classes), 0.0);
    std::vector<double> totals(std::size_t(model.classes), 0.0);
    for (std::size_t row = 0; row < rows.size(); ++row) {
        const std::vector<double> z = model.logits(rows, row);
        const auto predicted = std::size_t(std::max_element(z.begin(), z.end()) - z.begin());
        const auto actual = std::size_t(labels[row]);
        totals[actual] += 1;
        hits[actual] += predicted == actual ? 1 : 0;
    }
    double sum = 0;
    for (std::size_t c = 0; c < hits.size(); ++c)
        sum += totals[c] > 0 ? hits[c] / totals[c] : 0.0;
    return sum / double(hits.size());
}

double positiveF1(const SoftmaxModel& model, const SparseRows& rows, const std::vector<int>& labels)
{
    double tp = 0, fp = 0, fn = 0;
    for (std::size_t row = 0; row < rows.size(); ++row) {
        const std::vector<double> z = model.logits(rows, row);
        const bool predicted = z[1] > z[0];
        const bool actual = labels[row] == 1;
        tp += predicted && actual ? 1 : 0;
        fp += predicted && !actual ? 1 : 0;
        fn += !predicted && actual ? 1 : 0;
    }
    return tp > 0 ? 2 * tp / (2 * tp + fp + fn) : 0.0;
}

template <typename Score>
SoftmaxModel bestFit(const SparseRows& train, const std::vector<int>& trainLabels,
                     const SparseRows& val, const std::vector<int>& valLabels, int classes,
                     std::size_t buckets, const std::vector<double>& l2s, FitOptions fit,
                     Score score, const QString& name, const Log& log)
{
    SoftmaxModel best;
    double bestScore = -1;
    for (double l2 : l2s) {
        fit.l2 = l2;
        SoftmaxModel model = fitSoftmax(train, trainLabels, classes, buckets, fit);
        const double s = score(model, val, valLabels);
        log(u"%1: l2 %2, %3 iterations -> validation %4"_qs.arg(name)
                .arg(l2)
                .arg(model.iterations)
                .arg(s * 100, 0, 'f', 2));
        if (s > bestScore) {
            bestScore = s;
            best = std::move(model);
        }
    }
    return best;
}

VocabularyFilter vocabularyOf(const TrainingData& data, int minCount)
{
    QHash<QString, int> counts;
    for (const Examples* set : {&data.toneTrain, &data.questionTrain}) {
        for (const Example& e : *set) {
            for (const Token& token : tokenize(e.text).tokens) {
                if (token.kind == TokenKind::Word)
                    ++counts[token.text];
            }
        }
    }
    qsizetype known = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        known += it.value() >= minCount ? 1 : 0;
    VocabularyFilter filter = VocabularyFilter::forWordCount(known);
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() >= minCount)
            filter.insert(vocabularyHash(it.key()));
    }
    return filter;
}

// Symmetric int8 per column: the largest weight maps to 127.
void quantise(ToneModel& model, const std::vector<std::vector<double>>& columns)
{
    const std::size_t buckets = std::size_t(1) << model.bucketBits;
    model.weights = QByteArray(qsizetype(buckets * modelColumns), '\0');
    for (int c = 0; c < modelColumns; ++c) {
        const std::vector<double>& w = columns[std::size_t(c)];
        double largest = 0;
        for (double v : w)
            largest = std::max(largest, std::abs(v));
        const double scale = largest > 0 ? largest / 127.0 : 1.0;
        model.scales[std::size_t(c)] = float(scale);
        for (std::size_t b = 0; b < buckets; ++b)
            model.weights[qsizetype(b * modelColumns + std::size_t(c))] =
                char(qint8(std::lround(w[b] / scale)));
    }
}

} // namespace

ToneModel train(const TrainingData& data, const TrainingOptions& options, const Log& log)
{
    ToneModel model;
    model.bucketBits = options.bucketBits;
    const std::size_t buckets = std::size_t(1) << options.bucketBits;
    const quint32 mask = model.bucketMask();

    FitOptions fit;
    fit.lbfgs.maxIterations = options.maxIterations;

    const SparseRows toneTrain = featurise(data.toneTrain, mask);
    const SparseRows toneVal = featurise(data.toneValidation, mask);
    fit.balanceClasses = true;
    const SoftmaxModel tone =
        bestFit(toneTrain, labelsOf(data.toneTrain), toneVal, labelsOf(data.toneValidation),
                toneColumns, buckets, options.toneL2, fit, macroRecall, u"tone"_qs, log);

    const SparseRows questionTrain = featurise(data.questionTrain, mask);
    const SparseRows questionVal = featurise(data.questionValidation, mask);
    fit.balanceClasses = false;
    const SoftmaxModel question = bestFit(questionTrain, labelsOf(data.questionTrain), questionVal,
                                          labelsOf(data.questionValidation), 2, buckets,
                                          options.questionL2, fit, positiveF1, u"question"_qs, log);

    std::vector<std::vector<double>> columns(modelColumns, std::vector<double>(buckets));
    for (std::size_t b = 0; b < buckets; ++b) {
        for (int c = 0; c < toneColumns; ++c)
            columns[std::size_t(c)][b] = tone.weight(b, c);
        columns[questionColumn][b] = question.weight(b, 1) - question.weight(b, 0);
    }
    for (int c = 0; c < toneColumns; ++c)
        model.biases[std::size_t(c)] = float(tone.bias(c));
    model.biases[questionColumn] = float(question.bias(1) - question.bias(0));
    quantise(model, columns);
    model.vocabulary = vocabularyOf(data, options.minWordCount);

    const Calibration calibration = calibrate(model, data.toneValidation, data.questionValidation);
    model.toneTemperature = float(calibration.toneTemperature);
    model.questionSlope = float(calibration.questionSlope);
    model.questionOffset = float(calibration.questionOffset);
    model.questionThreshold = float(calibration.questionThreshold);
    log(u"calibration: tone temperature %1, question slope %2 offset %3 threshold %4"_qs
            .arg(calibration.toneTemperature)
            .arg(calibration.questionSlope)
            .arg(calibration.questionOffset)
            .arg(calibration.questionThreshold));
    return model;
}

} // namespace hearken::training
