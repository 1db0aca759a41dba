// SPDX-License-Identifier: GPL-3.0-or-later
#include "triage/adaptive_layer.h"

#include "triage/tone_classifier.h"

#include <QCoreApplication>
#include <QtEndian>

#include <algorithm>
#include <bit>
#include <cmath>

namespace hearken {

namespace {

constexpr char magic[4] = {'H', 'K', 'A', 'L'};
constexpr quint32 formatVersion = 1;
constexpr qsizetype headerSize = 4 + 3 * 4;
constexpr qsizetype entrySize = 4 + modelColumns * 4;

constexpr int maxSteps = 8;
constexpr float learningRate = 1.0f;
// Stop once the person's answer is this probable: enough to flip similar texts without
// drowning the shipped model.
constexpr double enoughConfidence = 0.8;

// The translation context of this file's texts.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(hearken::AdaptiveLayer)
};

void appendU32(QByteArray& out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

} // namespace

const AdaptiveLayer::Row* AdaptiveLayer::find(quint32 hash) const
{
    const auto it = m_weights.constFind(hash);
    return it == m_weights.cend() ? nullptr : &it.value();
}

void AdaptiveLayer::learnTone(const ToneClassifier& classifier, QStringView text, Tone tone)
{
    learn(classifier, text, int(tone), true);
}

void AdaptiveLayer::learnQuestion(const ToneClassifier& classifier, QStringView text,
                                  bool isQuestion)
{
    learn(classifier, text, questionColumn, isQuestion);
}

void AdaptiveLayer::learn(const ToneClassifier& classifier, QStringView text, int column,
                          bool positive)
{
    ++m_corrections;
    std::vector<HashedFeature> features = hashFeatures(tokenize(text));
    std::erase_if(features, [](const HashedFeature& f) { return f.group != FeatureGroup::Word; });
    // Even a correction the model already agrees with makes its words the workspace's own
    // vocabulary (see ToneClassifier's out-of-vocabulary fallback).
    for (const HashedFeature& f : features) {
        if (!m_weights.contains(f.hash))
            m_weights.insert(f.hash, Row{});
    }
    for (int step = 0; step < maxSteps; ++step) {
        const ToneClassifier::Logits z = classifier.logits(features, *this);
        // d(loss)/d(logit) for each column this correction is about.
        std::array<float, modelColumns> gradient{};
        if (column == questionColumn) {
            const double p = classifier.questionProbability(z);
            const double target = positive ? 1.0 : 0.0;
            if (std::abs(target - p) <= 1 - enoughConfidence)
                return;
            gradient[questionColumn] = float(classifier.m_model->questionSlope * (p - target));
        } else {
            const auto p = classifier.toneProbabilities(z);
            if (p[std::size_t(column)] >= enoughConfidence)
                return;
            const double t = classifier.m_model->toneTemperature;
            for (int c = 0; c < toneColumns; ++c)
                gradient[c] = float((p[c] - (c == column ? 1.0 : 0.0)) / t);
        }
        for (const HashedFeature& f : features) {
            Row& row = m_weights[f.hash];
            for (int c = 0; c < modelColumns; ++c)
                row[c] -= learningRate * f.value * gradient[c];
        }
    }
}

QByteArray AdaptiveLayer::toBytes() const
{
    QList<quint32> hashes = m_weights.keys();
    std::sort(hashes.begin(), hashes.end());
    QByteArray out;
    out.reserve(headerSize + hashes.size() * entrySize);
    out.append(magic, 4);
    appendU32(out, formatVersion);
    appendU32(out, quint32(m_corrections));
    appendU32(out, quint32(hashes.size()));
    for (quint32 hash : hashes) {
        appendU32(out, hash);
        for (float w : m_weights.value(hash))
            appendU32(out, std::bit_cast<quint32>(w));
    }
    return out;
}

tl::expected<AdaptiveLayer, QString> AdaptiveLayer::fromBytes(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return AdaptiveLayer();
    if (bytes.size() < headerSize || bytes.first(4) != QByteArrayView(magic, 4))
        return tl::unexpected(Text::tr("not a Hearken adaptation"));
    const auto u32At = [&](qsizetype at) { return qFromLittleEndian<quint32>(bytes.data() + at); };
    if (u32At(4) != formatVersion)
        return tl::unexpected(Text::tr("unsupported adaptation format version %1").arg(u32At(4)));
    const quint32 corrections = u32At(8);
    const quint32 count = u32At(12);
    if (corrections > quint32(std::numeric_limits<int>::max()) ||
        (bytes.size() - headerSize) / entrySize != qsizetype(count) ||
        (bytes.size() - headerSize) % entrySize != 0)
        return tl::unexpected(Text::tr("the adaptation is truncated or corrupt"));
    AdaptiveLayer layer;
    layer.m_corrections = int(corrections);
    layer.m_weights.reserve(count);
    for (qsizetype i = 0, at = headerSize; i < qsizetype(count); ++i, at += entrySize) {
        const quint32 hash = u32At(at);
        Row row;
        for (int c = 0; c < modelColumns; ++c)
            row[c] = std::bit_cast<float>(u32At(at + 4 + 4 * c));
        if (!std::all_of(row.begin(), row.end(), [](float w) { return std::isfinite(w); }) ||
            layer.m_weights.contains(hash))
            return tl::unexpected(Text::tr("the adaptation is truncated or corrupt"));
        layer.m_weights.insert(hash, row);
    }
    return layer;
}

} // namespace hearken
