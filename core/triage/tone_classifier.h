// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/tone.h"
#include "triage/adaptive_layer.h"
#include "triage/features.h"
#include "triage/tone_model.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringView>

#include <tl/expected.hpp>

#include <array>
#include <memory>
#include <vector>

namespace hearken {

struct ToneResult {
    Tone tone = Tone::Other;
    // Calibrated probability of `tone`, in [0, 1].
    double toneConfidence = 0;
    bool isQuestion = false;
    // Calibrated probability that the text asks a question.
    double questionConfidence = 0;
    // False when most words are unknown to the model (usually another language); the tone
    // then leans to Other with low confidence.
    bool languageKnown = true;
    double outOfVocabularyRatio = 0;
};

// The on-device tone and question classifier: hashed word and character n-gram features, a
// multinomial logistic regression over the three tones and a binary one for questions.
// Copies are cheap and share the model; classify() is thread-safe.
class ToneClassifier {
public:
    static tl::expected<ToneClassifier, QString> load(QByteArrayView modelBytes);
    static tl::expected<ToneClassifier, QString> loadFile(const QString& path);
    // The model built into the application.
    static tl::expected<ToneClassifier, QString> loadShipped();

    ToneResult classify(QStringView text) const;
    // Up to n words of the text that pushed hardest towards the tone classify() chose.
    QList<QString> reasons(QStringView text, int n) const;

    // This classifier with a workspace's corrections on top of the shipped weights.
    ToneClassifier withAdaptation(AdaptiveLayer layer) const;
    const AdaptiveLayer& adaptation() const { return m_adaptation; }

private:
    friend class AdaptiveLayer;
    using Logits = ToneModel::Logits;

    explicit ToneClassifier(std::shared_ptr<const ToneModel> model)
        : m_model(std::move(model))
    {}

    Logits logits(const std::vector<HashedFeature>& features, const AdaptiveLayer& layer) const;
    std::array<double, toneColumns> toneProbabilities(const Logits& logits) const;
    double questionProbability(const Logits& logits) const;
    double outOfVocabularyRatio(const TokenizedText& text) const;

    std::shared_ptr<const ToneModel> m_model;
    AdaptiveLayer m_adaptation;
};

} // namespace hearken
