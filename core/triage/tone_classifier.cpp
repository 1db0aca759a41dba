// SPDX-License-Identifier: GPL-3.0-or-later
#include "triage/tone_classifier.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace hearken {

namespace {

// English posts rarely have more than a quarter of unknown words (on TweetEval's validation
// split, 10 of 2,000 reach 0.3). From fallbackFrom the tone blends towards the low-confidence
// prior below, and at unknownLanguageFrom the language counts as unknown and only the prior is
// left. A text without any token is all prior too.
constexpr double fallbackFrom = 0.25;
constexpr double unknownLanguageFrom = 0.4;
constexpr std::array<double, toneColumns> fallbackPrior = {0.3, 0.3, 0.4}; // by enum Tone

// The translation context of this file's texts.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(hearken::ToneClassifier)
};

QString displayForm(const Token& token)
{
    const QString word = token.kind == TokenKind::Hashtag ? u'#' + token.text : token.text;
    return token.isNegated() ? token.negatedBy + u' ' + word : word;
}

bool explainable(TokenKind kind)
{
    return kind != TokenKind::Handle && kind != TokenKind::Url && kind != TokenKind::Number;
}

} // namespace

tl::expected<ToneClassifier, QString> ToneClassifier::load(QByteArrayView modelBytes)
{
    auto model = ToneModel::parse(modelBytes);
    if (!model)
        return tl::unexpected(model.error());
    return ToneClassifier(std::make_shared<const ToneModel>(std::move(*model)));
}

tl::expected<ToneClassifier, QString> ToneClassifier::loadFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tl::unexpected(
            Text::tr("cannot open tone model %1: %2").arg(path, file.errorString()));
    return load(file.readAll());
}

tl::expected<ToneClassifier, QString> ToneClassifier::loadShipped()
{
    return loadFile(u":/model/tone.hkm"_qs);
}

ToneClassifier ToneClassifier::withAdaptation(AdaptiveLayer layer) const
{
    ToneClassifier adapted(m_model);
    adapted.m_adaptation = std::move(layer);
    return adapted;
}

ToneClassifier::Logits ToneClassifier::logits(const std::vector<HashedFeature>& features,
                                              const AdaptiveLayer& layer) const
{
    Logits out = m_model->logits(features);
    if (layer.isEmpty())
        return out;
    for (const HashedFeature& f : features) {
        if (f.group != FeatureGroup::Word)
            continue;
        if (const AdaptiveLayer::Row* delta = layer.find(f.hash)) {
            for (int c = 0; c < modelColumns; ++c)
                out[c] += f.value * (*delta)[c];
        }
    }
    return out;
}

std::array<double, toneColumns> ToneClassifier::toneProbabilities(const Logits& logits) const
{
    const double t = m_model->toneTemperature;
    const double top = *std::max_element(logits.begin(), logits.begin() + toneColumns) / t;
    std::array<double, toneColumns> p;
    for (int c = 0; c < toneColumns; ++c)
        p[c] = std::exp(logits[c] / t - top);
    const double sum = std::accumulate(p.begin(), p.end(), 0.0);
    for (double& v : p)
        v /= sum;
    return p;
}

double ToneClassifier::questionProbability(const Logits& logits) const
{
    const double z = m_model->questionSlope * logits[questionColumn] + m_model->questionOffset;
    return 1.0 / (1.0 + std::exp(-z));
}

double ToneClassifier::outOfVocabularyRatio(const TokenizedText& text) const
{
    int words = 0;
    int unknown = 0;
    for (const Token& token : text.tokens) {
        if (token.kind != TokenKind::Word)
            continue;
        ++words;
        // Words a workspace has corrected texts with count as known, so a team can teach the
        // model its own language.
        const quint64 hash = vocabularyHash(token.text);
        if (!m_model->vocabulary.contains(hash) && !m_adaptation.find(quint32(hash & 0xffffffffU)))
            ++unknown;
    }
    return words == 0 ? 0.0 : double(unknown) / words;
}

ToneResult ToneClassifier::classify(QStringView text) const
{
    const TokenizedText tokens = tokenize(text);
    const Logits z = logits(hashFeatures(tokens), m_adaptation);
    std::array<double, toneColumns> p = toneProbabilities(z);

    ToneResult result;
    result.outOfVocabularyRatio = outOfVocabularyRatio(tokens);
    result.languageKnown = result.outOfVocabularyRatio < unknownLanguageFrom;
    const double fallback = tokens.tokens.isEmpty()
                                ? 1.0
                                : std::clamp((result.outOfVocabularyRatio - fallbackFrom) /
                                                 (unknownLanguageFrom - fallbackFrom),
                                             0.0, 1.0);
    for (int c = 0; c < toneColumns; ++c)
        p[c] = (1 - fallback) * p[c] + fallback * fallbackPrior[c];
    const auto best = std::max_element(p.begin(), p.end());
    result.tone = Tone(best - p.begin());
    result.toneConfidence = *best;
    result.questionConfidence = questionProbability(z);
    result.isQuestion = result.questionConfidence >= m_model->questionThreshold;
    return result;
}

QList<QString> ToneClassifier::reasons(QStringView text, int n) const
{
    const TokenizedText tokens = tokenize(text);
    const std::vector<HashedFeature> features = hashFeatures(tokens);
    const int chosen = int(classify(text).tone);
    std::vector<double> push(std::size_t(tokens.tokens.size()), 0.0);
    for (const HashedFeature& f : features) {
        if (f.token < 0 && f.partner < 0)
            continue;
        const qint8* row = m_model->row(f.hash);
        const AdaptiveLayer::Row* delta =
            f.group == FeatureGroup::Word ? m_adaptation.find(f.hash) : nullptr;
        std::array<double, toneColumns> contribution;
        for (int c = 0; c < toneColumns; ++c)
            contribution[c] = f.value * (m_model->scales[c] * row[c] + (delta ? (*delta)[c] : 0));
        const double others = (std::accumulate(contribution.begin(), contribution.end(), 0.0) -
                               contribution[chosen]) /
                              (toneColumns - 1);
        const double toward = contribution[chosen] - others;
        if (f.partner >= 0) {
            push[std::size_t(f.partner)] += toward / 2;
            if (f.token >= 0)
                push[std::size_t(f.token)] += toward / 2;
        } else {
            push[std::size_t(f.token)] += toward;
        }
    }
    std::vector<std::size_t> order(push.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return push[a] > push[b]; });
    QList<QString> out;
    for (std::size_t i : order) {
        if (out.size() >= n || push[i] <= 0)
            break;
        const Token& token = tokens.tokens[qsizetype(i)];
        const QString shown = displayForm(token);
        if (explainable(token.kind) && !out.contains(shown))
            out.append(shown);
    }
    return out;
}

} // namespace hearken
