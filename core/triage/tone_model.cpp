// SPDX-License-Identifier: GPL-3.0-or-later
#include "triage/tone_model.h"

#include "triage/features.h"

#include <QCoreApplication>
#include <QtEndian>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>

namespace hearken {

namespace {

constexpr char magic[4] = {'H', 'K', 'T', 'M'};
constexpr quint32 formatVersion = 1;
constexpr quint32 minBucketBits = 8;
constexpr quint32 maxBucketBits = 24;
constexpr quint32 maxVocabularyBytes = 1U << 24;
constexpr quint32 maxHashCount = 32;

quint64 checksum(QByteArrayView bytes)
{
    quint64 h = 14695981039346656037ULL;
    qsizetype i = 0;
    for (; i + 8 <= bytes.size(); i += 8)
        h = (h ^ qFromLittleEndian<quint64>(bytes.data() + i)) * 1099511628211ULL;
    for (; i < bytes.size(); ++i)
        h = (h ^ quint8(bytes[i])) * 1099511628211ULL;
    return h ^ (h >> 29);
}

// The translation context of this file's texts.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(hearken::ToneModel)
};

class Writer {
public:
    void raw(QByteArrayView bytes) { m_out.append(bytes); }
    void u32(quint32 v)
    {
        char b[4];
        qToLittleEndian(v, b);
        m_out.append(b, 4);
    }
    void u64(quint64 v)
    {
        char b[8];
        qToLittleEndian(v, b);
        m_out.append(b, 8);
    }
    void f32(float v) { u32(std::bit_cast<quint32>(v)); }
    QByteArray& bytes() { return m_out; }

private:
    QByteArray m_out;
};

class Reader {
public:
    explicit Reader(QByteArrayView bytes)
        : m_in(bytes)
    {}

    bool has(qsizetype n) const { return n >= 0 && m_in.size() - m_pos >= n; }
    QByteArrayView raw(qsizetype n)
    {
        const QByteArrayView v = m_in.sliced(m_pos, n);
        m_pos += n;
        return v;
    }
    quint32 u32() { return qFromLittleEndian<quint32>(raw(4).data()); }
    quint64 u64() { return qFromLittleEndian<quint64>(raw(8).data()); }
    float f32() { return std::bit_cast<float>(u32()); }
    qsizetype position() const { return m_pos; }

private:
    QByteArrayView m_in;
    qsizetype m_pos = 0;
};

constexpr qsizetype headerSize = 4 + 5 * 4 + 12 * 4;

} // namespace

ToneModel::Logits ToneModel::logits(const std::vector<HashedFeature>& features) const
{
    // The table is larger than a core's cache and rows are read at random: ask for each row a
    // few features ahead so the loads overlap.
    constexpr std::size_t lookahead = 8;
    std::array<float, modelColumns> sums{};
    for (std::size_t i = 0; i < features.size(); ++i) {
        if (i + lookahead < features.size())
            __builtin_prefetch(row(features[i + lookahead].hash));
        const qint8* r = row(features[i].hash);
        const float v = features[i].value;
        for (int c = 0; c < modelColumns; ++c)
            sums[c] += v * float(r[c]);
    }
    Logits out;
    for (int c = 0; c < modelColumns; ++c)
        out[c] = biases[c] + scales[c] * sums[c];
    return out;
}

QByteArray ToneModel::serialise() const
{
    Writer w;
    w.raw(QByteArrayView(magic, 4));
    w.u32(formatVersion);
    w.u32(featureSchemeVersion);
    w.u32(bucketBits);
    w.u32(vocabulary.hashCount());
    w.u32(quint32(vocabulary.bits().size()));
    for (float s : scales)
        w.f32(s);
    for (float b : biases)
        w.f32(b);
    w.f32(toneTemperature);
    w.f32(questionSlope);
    w.f32(questionOffset);
    w.f32(questionThreshold);
    w.raw(vocabulary.bits());
    w.raw(weights);
    w.u64(checksum(w.bytes()));
    return std::move(w.bytes());
}

tl::expected<ToneModel, QString> ToneModel::parse(QByteArrayView bytes)
{
    Reader r(bytes);
    if (!r.has(headerSize) || r.raw(4) != QByteArrayView(magic, 4))
        return tl::unexpected(Text::tr("not a Hearken tone model file"));
    const quint32 version = r.u32();
    if (version != formatVersion)
        return tl::unexpected(Text::tr("unsupported tone model format version %1").arg(version));
    const quint32 scheme = r.u32();
    if (scheme != featureSchemeVersion)
        return tl::unexpected(
            Text::tr("the tone model was trained for feature scheme %1, this build uses %2")
                .arg(scheme)
                .arg(featureSchemeVersion));
    ToneModel model;
    model.bucketBits = r.u32();
    const quint32 hashCount = r.u32();
    const quint32 vocabularyBytes = r.u32();
    if (model.bucketBits < minBucketBits || model.bucketBits > maxBucketBits)
        return tl::unexpected(Text::tr("the tone model has an invalid table size"));
    if (hashCount == 0 || hashCount > maxHashCount || vocabularyBytes > maxVocabularyBytes ||
        std::popcount(vocabularyBytes) != 1)
        return tl::unexpected(Text::tr("the tone model has an invalid vocabulary"));
    for (float& s : model.scales)
        s = r.f32();
    for (float& b : model.biases)
        b = r.f32();
    model.toneTemperature = r.f32();
    model.questionSlope = r.f32();
    model.questionOffset = r.f32();
    model.questionThreshold = r.f32();
    const qsizetype weightBytes = qsizetype(modelColumns) << model.bucketBits;
    if (!r.has(qsizetype(vocabularyBytes) + weightBytes + 8))
        return tl::unexpected(Text::tr("the tone model file is truncated"));
    if (r.position() + qsizetype(vocabularyBytes) + weightBytes + 8 != bytes.size())
        return tl::unexpected(Text::tr("the tone model file has trailing data"));
    model.vocabulary = VocabularyFilter(r.raw(vocabularyBytes).toByteArray(), hashCount);
    model.weights = r.raw(weightBytes).toByteArray();
    const quint64 expected = checksum(bytes.first(r.position()));
    if (r.u64() != expected)
        return tl::unexpected(Text::tr("the tone model file is corrupt (checksum mismatch)"));
    const auto finite = [](float v) { return std::isfinite(v); };
    if (!std::all_of(model.scales.begin(), model.scales.end(), finite) ||
        !std::all_of(model.biases.begin(), model.biases.end(), finite) ||
        !(model.toneTemperature > 0) || !std::isfinite(model.toneTemperature) ||
        !std::isfinite(model.questionSlope) || !std::isfinite(model.questionOffset) ||
        !(model.questionThreshold > 0 && model.questionThreshold < 1))
        return tl::unexpected(Text::tr("the tone model has invalid calibration values"));
    return model;
}

} // namespace hearken
