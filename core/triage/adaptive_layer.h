// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/tone.h"
#include "triage/tone_model.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QString>
#include <QStringView>

#include <tl/expected.hpp>

#include <array>

namespace hearken {

class ToneClassifier;

// A workspace's own small correction of the shipped model. Each time a person overrules the
// model, a few gradient steps move the weights of that text's words and word pairs, so texts
// with the same brand vocabulary follow. An empty layer changes nothing; resetting a
// workspace's adaptation means storing an empty layer.
class AdaptiveLayer {
public:
    AdaptiveLayer() = default;

    void learnTone(const ToneClassifier& classifier, QStringView text, Tone tone);
    void learnQuestion(const ToneClassifier& classifier, QStringView text, bool isQuestion);

    bool isEmpty() const { return m_weights.isEmpty(); }
    int correctionCount() const { return m_corrections; }

    // A compact, deterministic encoding for the workspace store.
    QByteArray toBytes() const;
    static tl::expected<AdaptiveLayer, QString> fromBytes(QByteArrayView bytes);

    friend bool operator==(const AdaptiveLayer&, const AdaptiveLayer&) = default;

private:
    friend class ToneClassifier;
    using Row = std::array<float, modelColumns>;

    const Row* find(quint32 hash) const;
    // A few gradient steps towards `positive` for `column`: the tone columns share a softmax,
    // the question column has a sigmoid of its own.
    void learn(const ToneClassifier& classifier, QStringView text, int column, bool positive);

    QHash<quint32, Row> m_weights;
    int m_corrections = 0;
};

} // namespace hearken
