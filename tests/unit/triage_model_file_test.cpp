// SPDX-License-Identifier: GPL-3.0-or-later
#include "triage/tone_classifier.h"

#include <QElapsedTimer>
#include <QFile>

#include <gtest/gtest.h>

using namespace hearken;

namespace {

QByteArray shippedBytes()
{
    QFile file(u":/model/tone.hkm"_qs);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST(ModelFile, ShippedModelLoadsQuicklyAndIsSmall)
{
    QElapsedTimer timer;
    timer.start();
    const auto classifier = ToneClassifier::loadShipped();
    ASSERT_TRUE(classifier.has_value()) << classifier.error().toStdString();
    EXPECT_LT(timer.elapsed(), 1000);
    EXPECT_LE(shippedBytes().size(), 8 * 1024 * 1024);
}

TEST(ModelFile, RoundTripsByteForByte)
{
    const QByteArray bytes = shippedBytes();
    const auto model = ToneModel::parse(bytes);
    ASSERT_TRUE(model.has_value()) << model.error().toStdString();
    EXPECT_EQ(model->serialise(), bytes);
}

TEST(ModelFile, EveryTruncationIsAnErrorNotACrash)
{
    const QByteArray bytes = shippedBytes();
    QList<qsizetype> sizes;
    for (qsizetype size = 0; size < 128; ++size)
        sizes.append(size);
    for (qsizetype size = 128; size < bytes.size(); size += bytes.size() / 40)
        sizes.append(size);
    sizes.append(bytes.size() - 1);
    for (qsizetype size : sizes) {
        const auto loaded = ToneClassifier::load(QByteArrayView(bytes).first(size));
        ASSERT_FALSE(loaded.has_value()) << "size " << size;
        EXPECT_FALSE(loaded.error().isEmpty());
    }
}

TEST(ModelFile, CorruptionIsDetected)
{
    const QByteArray bytes = shippedBytes();
    for (qsizetype at : {qsizetype(0), qsizetype(5), qsizetype(13), qsizetype(30), qsizetype(70),
                         bytes.size() / 2, bytes.size() - 2}) {
        QByteArray corrupt = bytes;
        corrupt[at] = char(corrupt[at] ^ 0x5a);
        const auto loaded = ToneClassifier::load(corrupt);
        EXPECT_FALSE(loaded.has_value()) << "flipped byte " << at;
    }
    const QByteArray longer = bytes + QByteArray(16, 'x');
    const auto extended = ToneClassifier::load(longer);
    EXPECT_FALSE(extended.has_value());
}

TEST(ModelFile, ExplainsWhatIsWrong)
{
    EXPECT_TRUE(ToneClassifier::load(QByteArrayView("GIF89a-not-a-model-at-all-but-long-enough-to-"
                                                    "have-a-header-of-seventy-two-bytes-ok"))
                    .error()
                    .contains(u"not a Hearken tone model"));
    QByteArray bytes = shippedBytes();
    bytes.chop(1000);
    EXPECT_TRUE(ToneClassifier::load(bytes).error().contains(u"truncated"));
    EXPECT_FALSE(ToneClassifier::loadFile(u"/nonexistent/tone.hkm"_qs).has_value());
}
