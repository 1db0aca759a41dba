// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/tone.h"

#include <QIODevice>
#include <QString>

#include <tl/expected.hpp>

#include <array>
#include <optional>

namespace hearken {

class ToneClassifier;

struct ClassScore {
    double precision = 0;
    double recall = 0;
    qint64 support = 0; // how many texts truly have this class
};

struct ToneEvaluation {
    qint64 count = 0;
    double accuracy = 0;
    // The mean of the three per-tone recalls: TweetEval's official sentiment metric.
    double macroRecall = 0;
    std::array<ClassScore, 3> perTone{};              // indexed by enum Tone
    std::array<std::array<qint64, 3>, 3> confusion{}; // [actual][predicted]
};

// Accumulates (actual, predicted) pairs.
class ToneScorer {
public:
    void add(Tone actual, Tone predicted);
    ToneEvaluation result() const;

private:
    std::array<std::array<qint64, 3>, 3> m_confusion{};
};

// TweetEval's labels: 0 negative, 1 neutral, 2 positive.
std::optional<Tone> toneFromTweetEvalLabel(QByteArrayView label);

// Classifies one text per line of `texts` against one label per line of `labels` (TweetEval
// format), reading both as streams. Fails on unreadable input, a bad label, or files of
// different lengths.
tl::expected<ToneEvaluation, QString> evaluateTweetEval(const ToneClassifier& classifier,
                                                        QIODevice& texts, QIODevice& labels);
tl::expected<ToneEvaluation, QString> evaluateTweetEvalFiles(const ToneClassifier& classifier,
                                                             const QString& textPath,
                                                             const QString& labelPath);

// A short human-readable report: macro recall, accuracy, and precision/recall per tone.
QString formatEvaluation(const ToneEvaluation& evaluation);

} // namespace hearken
