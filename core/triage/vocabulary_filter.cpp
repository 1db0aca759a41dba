// SPDX-License-Identifier: GPL-3.0-or-later
#include "triage/vocabulary_filter.h"

namespace hearken {

VocabularyFilter VocabularyFilter::forWordCount(qsizetype words)
{
    constexpr qsizetype bitsPerWord = 10; // with 7 hashes: about 1% false positives
    qsizetype bytes = 64;
    while (bytes * 8 < words * bitsPerWord)
        bytes *= 2;
    return VocabularyFilter(QByteArray(bytes, '\0'), 7);
}

template <typename Visit>
void VocabularyFilter::forEachBit(quint64 wordHash, Visit visit) const
{
    const quint64 mask = quint64(m_bits.size()) * 8 - 1;
    const quint64 step = (wordHash >> 32) | 1;
    quint64 position = wordHash;
    for (quint32 i = 0; i < m_hashCount; ++i) {
        visit(qsizetype((position & mask) >> 3), char(1 << (position & 7)));
        position += step;
    }
}

void VocabularyFilter::insert(quint64 wordHash)
{
    forEachBit(wordHash,
               [this](qsizetype byte, char bit) { m_bits[byte] = char(m_bits[byte] | bit); });
}

bool VocabularyFilter::contains(quint64 wordHash) const
{
    if (m_bits.isEmpty())
        return false;
    bool all = true;
    forEachBit(wordHash, [&](qsizetype byte, char bit) { all = all && (m_bits[byte] & bit) != 0; });
    return all;
}

} // namespace hearken
