// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "triage/features.h"
#include "triage/vocabulary_filter.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <tl/expected.hpp>

#include <array>
#include <vector>

namespace hearken {

// Columns of the weight table: the three tones in the order of enum Tone, then the
// "asks a question" model.
inline constexpr int toneColumns = 3;
inline constexpr int questionColumn = 3;
inline constexpr int modelColumns = 4;

// The trained weights and calibration, as stored in a .hkm file.
//
// File layout, little-endian:
//   "HKTM", u32 format version, u32 feature scheme version, u32 bucket bits,
//   u32 vocabulary hash count, u32 vocabulary byte count,
//   f32 scales[4], f32 biases[4], f32 tone temperature, f32 question slope, f32 question offset,
//   f32 question threshold,
//   vocabulary bytes, i8 weights[4 << bucket bits] (bucket-major), u64 checksum of all before.
struct ToneModel {
    quint32 bucketBits = 0;
    std::array<float, modelColumns> scales{};
    std::array<float, modelColumns> biases{};
    float toneTemperature = 1;
    float questionSlope = 1;
    float questionOffset = 0;
    // The calibrated question probability from which a text counts as a question, chosen for
    // the best F1 on validation data.
    float questionThreshold = 0.5f;
    VocabularyFilter vocabulary;
    QByteArray weights;

    quint32 bucketMask() const { return (quint32(1) << bucketBits) - 1; }
    const qint8* row(quint32 hash) const
    {
        return reinterpret_cast<const qint8*>(weights.constData()) +
               std::size_t(hash & bucketMask()) * modelColumns;
    }

    using Logits = std::array<float, modelColumns>;
    // The uncalibrated scores of each column for a text's features.
    Logits logits(const std::vector<HashedFeature>& features) const;

    QByteArray serialise() const;
    static tl::expected<ToneModel, QString> parse(QByteArrayView bytes);
};

} // namespace hearken
