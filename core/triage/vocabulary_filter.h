// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace hearken {

// A Bloom filter of the words the model saw often enough in training, so the classifier can
// tell when a text is mostly made of words it has never met (another language, say).
class VocabularyFilter {
public:
    VocabularyFilter() = default;
    // bits.size() must be a power of two.
    VocabularyFilter(QByteArray bits, quint32 hashCount)
        : m_bits(std::move(bits))
        , m_hashCount(hashCount)
    {}

    // A filter sized for the given number of words at about one false positive in a hundred.
    static VocabularyFilter forWordCount(qsizetype words);

    void insert(quint64 wordHash);
    bool contains(quint64 wordHash) const;

    const QByteArray& bits() const { return m_bits; }
    quint32 hashCount() const { return m_hashCount; }

private:
    template <typename Visit>
    void forEachBit(quint64 wordHash, Visit visit) const;

    QByteArray m_bits;
    quint32 m_hashCount = 0;
};

} // namespace hearken
