// SPDX-License-Identifier: GPL-3.0-or-later
#include "triage/tone_classifier.h"
#include "triage/tone_evaluation.h"

#include <QBuffer>

#include <gtest/gtest.h>

using namespace hearken;

namespace {

QBuffer* buffer(const QByteArray& data)
{
    auto* b = new QBuffer;
    b->setData(data);
    b->open(QIODevice::ReadOnly);
    return b;
}

} // namespace

TEST(ToneScorer, ComputesMacroRecallAccuracyAndPerClassScores)
{
    ToneScorer scorer;
    // criticism: 3 texts, 2 found; other: 1 text, found; praise: 2 texts, 1 found.
    scorer.add(Tone::Criticism, Tone::Criticism);
    scorer.add(Tone::Criticism, Tone::Criticism);
    scorer.add(Tone::Criticism, Tone::Other);
    scorer.add(Tone::Other, Tone::Other);
    scorer.add(Tone::Praise, Tone::Praise);
    scorer.add(Tone::Praise, Tone::Criticism);
    const ToneEvaluation e = scorer.result();
    EXPECT_EQ(e.count, 6);
    EXPECT_DOUBLE_EQ(e.accuracy, 4.0 / 6);
    EXPECT_DOUBLE_EQ(e.macroRecall, (2.0 / 3 + 1.0 + 0.5) / 3);
    EXPECT_DOUBLE_EQ(e.perTone[int(Tone::Criticism)].precision, 2.0 / 3);
    EXPECT_DOUBLE_EQ(e.perTone[int(Tone::Other)].precision, 0.5);
    EXPECT_EQ(e.perTone[int(Tone::Praise)].support, 2);
    EXPECT_EQ(e.confusion[int(Tone::Praise)][int(Tone::Criticism)], 1);
    const QString report = formatEvaluation(e);
    EXPECT_TRUE(report.contains(u"macro-averaged recall: 72.2%")) << report.toStdString();
}

TEST(ToneEvaluation, ReadsTweetEvalFilesAsStreams)
{
    const auto classifier = ToneClassifier::loadShipped();
    ASSERT_TRUE(classifier.has_value());
    std::unique_ptr<QBuffer> texts(buffer("I love this so much!\nworst service ever, so angry\n"
                                          "The meeting is at 3pm\n"));
    std::unique_ptr<QBuffer> labels(buffer("2\n0\r\n1"));
    const auto e = evaluateTweetEval(*classifier, *texts, *labels);
    ASSERT_TRUE(e.has_value()) << e.error().toStdString();
    EXPECT_EQ(e->count, 3);
    EXPECT_DOUBLE_EQ(e->macroRecall, 1.0);
}

TEST(ToneEvaluation, RejectsMismatchedOrBadLabels)
{
    const auto classifier = ToneClassifier::loadShipped();
    ASSERT_TRUE(classifier.has_value());
    std::unique_ptr<QBuffer> texts(buffer("a\nb\n"));
    std::unique_ptr<QBuffer> labels(buffer("1\n"));
    EXPECT_FALSE(evaluateTweetEval(*classifier, *texts, *labels).has_value());
    std::unique_ptr<QBuffer> texts2(buffer("a\n"));
    std::unique_ptr<QBuffer> labels2(buffer("positive\n"));
    const auto bad = evaluateTweetEval(*classifier, *texts2, *labels2);
    ASSERT_FALSE(bad.has_value());
    EXPECT_TRUE(bad.error().contains(u"line 1"));
    EXPECT_FALSE(evaluateTweetEvalFiles(*classifier, u"/nonexistent/a"_qs, u"/nonexistent/b"_qs)
                     .has_value());
}
