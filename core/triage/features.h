// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "triage/tokenizer.h"

#include <QStringView>
#include <QtGlobal>

#include <vector>

namespace hearken {

// Bumped whenever tokenisation or hashing changes, so an old model file is refused rather
// than silently misread.
inline constexpr quint32 featureSchemeVersion = 1;

enum class FeatureGroup : quint8 { Word, Character };

// One hashed feature of a text: word unigrams and bigrams, intensity signals, and character
// 2- to 5-grams inside word boundaries. Each group is scaled to unit length.
struct HashedFeature {
    quint32 hash = 0;
    float value = 0;
    qint16 token = -1;   // the token it came from; -1 for whole-text signals
    qint16 partner = -1; // the other token of a bigram
    FeatureGroup group = FeatureGroup::Word;
};

std::vector<HashedFeature> hashFeatures(const TokenizedText& text);

// The stable 64-bit hash of a normalised word, for the model's vocabulary filter. Its low 32
// bits are the hash of the word's (not negated) unigram feature.
quint64 vocabularyHash(QStringView word);

} // namespace hearken
