// SPDX-License-Identifier: GPL-3.0-or-later
#include "triage/gratitude.h"

#include "triage/tokenizer.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace hearken {

namespace {

using Words = std::u16string_view;

// Spelled with each run of a repeated letter squeezed to one, as words are compared
// ("thaaanks" and "thankss" both become "thanks", "appreciate" is "apreciate").
constexpr std::array<Words, 29> thanksWords = {
    u"thanks",      u"thank",    u"thx",       u"thnx",      u"thanx",     u"thnks",
    u"thks",        u"tnx",      u"tx",        u"ty",        u"tysm",      u"tyvm",
    u"thankyou",    u"thanku",   u"thankies",  u"thanq",     u"thnaks",    u"thansk",
    u"thnak",       u"tahnks",   u"thaks",     u"thanksyou", u"apreciate", u"apreciated",
    u"apreciation", u"grateful", u"gratitude", u"thankful",  u"chers",
};
constexpr std::array<Words, 8> notToAPerson = {u"god",  u"goodnes", u"heavens", u"heaven",
                                               u"lord", u"christ",  u"fuck",    u"jesus"};
constexpr std::array<Words, 16> sarcasmTargets = {
    u"nothing", u"breaking", u"ruining",      u"wasting", u"ignoring",   u"screwing",
    u"mesing",  u"losing",   u"deleting",     u"kiling",  u"destroying", u"crashing",
    u"failing", u"wrecking", u"overcharging", u"spaming",
};
constexpr std::array<Words, 7> requestMarkers = {u"would", u"i'd",    u"we'd", u"they'd",
                                                 u"you'd", u"should", u"could"};
constexpr std::array<char32_t, 13> gratefulEmoji = {
    0x1F64F, 0x2764,  0x2665,  0x1F499, 0x1F49A, 0x1F49B, 0x1F49C,
    0x1F9E1, 0x1F90D, 0x1F5A4, 0x1F495, 0x1F496, 0x1F497,
};

QString squeezed(const QString& word)
{
    QString out;
    out.reserve(word.size());
    for (const QChar c : word) {
        if (out.isEmpty() || out.back() != c || !c.isLetter())
            out.append(c);
    }
    return out;
}

template <std::size_t N>
bool isOneOf(const QString& word, const std::array<Words, N>& list)
{
    const Words w(reinterpret_cast<const char16_t*>(word.utf16()), std::size_t(word.size()));
    return std::find(list.begin(), list.end(), w) != list.end();
}

bool isGratefulEmoji(const Token& token)
{
    if (token.kind == TokenKind::Emoticon)
        return token.text == u"<3";
    if (token.kind != TokenKind::Emoji)
        return false;
    const char32_t c = token.text.toUcs4().value(0);
    return std::find(gratefulEmoji.begin(), gratefulEmoji.end(), c) != gratefulEmoji.end();
}

class Reading {
public:
    explicit Reading(const TokenizedText& text)
    {
        for (const Token& token : text.tokens) {
            if (token.kind == TokenKind::Word)
                m_words.append({token.text, squeezed(token.text), token.isNegated()});
            else if (token.kind == TokenKind::Punctuation || isGratefulEmoji(token))
                m_words.append({token.text, token.text, false});
        }
    }

    // Whether some word thanks; `cancelled` tells whether one was a refusal or sarcasm.
    bool thanks(bool& cancelled) const
    {
        cancelled = false;
        for (qsizetype i = 0; i < m_words.size(); ++i) {
            if (!isOneOf(m_words[i].squeezed, thanksWords))
                continue;
            if (counts(i))
                return true;
            cancelled = true;
        }
        return false;
    }

private:
    struct Word {
        QString text;
        QString squeezed;
        bool negated = false;
    };

    QString at(qsizetype i) const
    {
        return i >= 0 && i < m_words.size() ? m_words[i].text : QString();
    }
    QString squeezedAt(qsizetype i) const
    {
        return i >= 0 && i < m_words.size() ? m_words[i].squeezed : QString();
    }

    bool counts(qsizetype i) const
    {
        const QString& word = m_words[i].squeezed;
        // "can't thank you enough", "couldn't be more grateful"
        if ((word == u"thank" && at(i + 2) == u"enough") ||
            (at(i - 1) == u"more" && at(i - 2) == u"be"))
            return true;
        if (m_words[i].negated || at(i - 1) == u"no" || at(i - 1) == u"not")
            return false;
        if (word == u"thank" && isOneOf(squeezedAt(i + 1), notToAPerson))
            return false;
        if (word == u"chers" && at(i + 1) == u"to")
            return false;
        if (word.startsWith(u"apreciat") &&
            (isOneOf(at(i - 1), requestMarkers) || (at(i + 1) == u"it" && at(i + 2) == u"if")))
            return false;
        if (at(i + 1) == u"but" && at(i + 2) == u"no")
            return false;
        return !sarcastic(i);
    }

    // "thanks (a lot) for nothing / breaking it": a thank-you for harm.
    bool sarcastic(qsizetype i) const
    {
        for (qsizetype j = i + 1; j <= i + 4 && j < m_words.size(); ++j) {
            if (m_words[j].text == u"for")
                return isOneOf(squeezedAt(j + 1), sarcasmTargets) ||
                       (at(j + 1) == u"the" && at(j + 2) == u"nothing");
            if (m_words[j].text == u"?" || m_words[j].text == u"!")
                return false;
        }
        return false;
    }

    QList<Word> m_words;
};

} // namespace

bool expressesGratitude(QStringView text)
{
    const TokenizedText tokens = tokenize(text);
    bool cancelled = false;
    if (Reading(tokens).thanks(cancelled))
        return true;
    return !cancelled && std::any_of(tokens.tokens.begin(), tokens.tokens.end(), isGratefulEmoji);
}

} // namespace hearken
