// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace hearken {

enum class TokenKind { Word, Number, Hashtag, Handle, Url, Emoji, Emoticon, Punctuation };

// One normalised unit of a post. Words are lower-cased and elongations are squeezed to two
// letters; hashtags keep their word without the '#'; every handle is "@user" and every link
// "<url>"; numbers are "<num>"; emoticons take a canonical spelling (":-))" becomes ":)").
struct Token {
    TokenKind kind = TokenKind::Word;
    QString text;
    // The word that put this token in a negation scope ("n't", "never", ...); empty if none.
    QString negatedBy;
    bool elongated = false;
    bool shouted = false;

    bool isNegated() const { return !negatedBy.isEmpty(); }
};

// What the tokens alone do not say about how intense a post is.
struct Intensity {
    int elongatedWords = 0;
    int shoutedWords = 0;
    int exclamationRuns = 0; // "!!" or longer
};

struct TokenizedText {
    QList<Token> tokens;
    Intensity intensity;
};

TokenizedText tokenize(QStringView text);

} // namespace hearken
