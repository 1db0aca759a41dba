// SPDX-License-Identifier: GPL-3.0-or-later
#include "triage/features.h"

#include <cmath>

namespace hearken {

namespace {

constexpr quint64 fnvOffset = 14695981039346656037ULL;
constexpr quint64 fnvPrime = 1099511628211ULL;

enum Seed : quint64 { Unigram = 1, Negated, Hashtag, Bigram, Signal, CharGram, NegatedCharGram };

constexpr int minCharGram = 2;
constexpr int maxCharGram = 5;
constexpr char16_t wordStart = 0x0002;
constexpr char16_t wordEnd = 0x0003;

quint64 mix(quint64 h)
{
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return h;
}

quint64 hashText(quint64 seed, QStringView text)
{
    quint64 h = fnvOffset ^ (seed * fnvPrime);
    for (const QChar c : text)
        h = (h ^ c.unicode()) * fnvPrime;
    return mix(h);
}

quint32 low32(quint64 h)
{
    return quint32(h & 0xffffffffU);
}

bool hasCharGrams(TokenKind kind)
{
    return kind == TokenKind::Word || kind == TokenKind::Hashtag;
}

class Hasher {
public:
    explicit Hasher(const TokenizedText& text)
        : m_text(text)
    {}

    std::vector<HashedFeature> run();

private:
    void addWord(quint64 hash, qint16 token, qint16 partner = -1)
    {
        m_features.push_back({low32(hash), 0, token, partner, FeatureGroup::Word});
        ++m_wordCount;
    }
    void addCharGrams(QStringView word, bool negated, qint16 token);
    void addSignal(QStringView name) { addWord(hashText(Signal, name), -1); }

    const TokenizedText& m_text;
    std::vector<HashedFeature> m_features;
    int m_wordCount = 0;
    int m_charCount = 0;
};

std::vector<HashedFeature> Hasher::run()
{
    const auto& tokens = m_text.tokens;
    m_features.reserve(std::size_t(tokens.size()) * 16 + 4);
    quint64 previous = hashText(Bigram, u"<s>");
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const Token& token = tokens[i];
        const auto index = qint16(qMin<qsizetype>(i, 0x7fff));
        const quint64 unit = hashText(token.isNegated() ? Negated : Unigram, token.text);
        addWord(unit, index);
        if (token.kind == TokenKind::Hashtag)
            addWord(hashText(Hashtag, token.text), index);
        addWord(mix(previous * fnvPrime + unit), qint16(index - 1), index);
        previous = unit;
        if (hasCharGrams(token.kind))
            addCharGrams(token.text, token.isNegated(), index);
    }
    addWord(mix(previous * fnvPrime + hashText(Bigram, u"</s>")), qint16(tokens.size() - 1));
    const Intensity& intensity = m_text.intensity;
    if (intensity.elongatedWords > 0)
        addSignal(u"elongated");
    if (intensity.shoutedWords > 0)
        addSignal(u"shouted");
    if (intensity.exclamationRuns > 0)
        addSignal(u"exclaimed");

    const float wordValue = m_wordCount > 0 ? 1.0f / std::sqrt(float(m_wordCount)) : 0.0f;
    const float charValue = m_charCount > 0 ? 1.0f / std::sqrt(float(m_charCount)) : 0.0f;
    for (HashedFeature& f : m_features)
        f.value = f.group == FeatureGroup::Word ? wordValue : charValue;
    return std::move(m_features);
}

void Hasher::addCharGrams(QStringView word, bool negated, qint16 token)
{
    const qsizetype length = word.size() + 2;
    const auto unitAt = [&](qsizetype i) -> char16_t {
        if (i == 0)
            return wordStart;
        if (i == length - 1)
            return wordEnd;
        return word[i - 1].unicode();
    };
    const quint64 seed = fnvOffset ^ ((negated ? NegatedCharGram : CharGram) * fnvPrime);
    for (qsizetype start = 0; start + minCharGram <= length; ++start) {
        quint64 h = seed;
        for (int n = 1; n <= maxCharGram && start + n <= length; ++n) {
            h = (h ^ unitAt(start + n - 1)) * fnvPrime;
            if (n >= minCharGram) {
                m_features.push_back({low32(mix(h)), 0, token, -1, FeatureGroup::Character});
                ++m_charCount;
            }
        }
    }
}

} // namespace

std::vector<HashedFeature> hashFeatures(const TokenizedText& text)
{
    return Hasher(text).run();
}

quint64 vocabularyHash(QStringView word)
{
    return hashText(Unigram, word);
}

} // namespace hearken
