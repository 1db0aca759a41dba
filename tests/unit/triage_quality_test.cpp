// SPDX-License-Identifier: GPL-3.0-or-later
#include "triage/tone_classifier.h"
#include "triage/tone_evaluation.h"

#include <gtest/gtest.h>

using namespace hearken;

namespace {

// Macro-averaged recall of the shipped model on TweetEval's validation split, as measured
// when it was trained (tools/train_tone/README.md). Retraining updates it.
constexpr double recordedValidationMacroRecall = 0.687;

} // namespace

TEST(Quality, ShippedModelKeepsItsValidationScore)
{
    const auto classifier = ToneClassifier::loadShipped();
    ASSERT_TRUE(classifier.has_value()) << classifier.error().toStdString();
    const QString dir = QStringLiteral(HEARKEN_DATA_DIR) + u"/tone/tweeteval-sentiment"_qs;
    const auto e =
        evaluateTweetEvalFiles(*classifier, dir + u"/val_text.txt"_qs, dir + u"/val_labels.txt"_qs);
    ASSERT_TRUE(e.has_value()) << "the labelled data is required: " << e.error().toStdString();
    EXPECT_EQ(e->count, 2000);
    EXPECT_GE(e->macroRecall, recordedValidationMacroRecall - 0.01)
        << formatEvaluation(*e).toStdString();
}

TEST(Quality, ObviousCasesAreRight)
{
    const auto classifier = ToneClassifier::loadShipped();
    ASSERT_TRUE(classifier.has_value());
    EXPECT_EQ(
        classifier->classify(u"This is the worst update ever, everything is broken \U0001F621")
            .tone,
        Tone::Criticism);
    EXPECT_EQ(
        classifier->classify(u"Absolutely love the new design, great work!! \u2764\uFE0F").tone,
        Tone::Praise);
    EXPECT_EQ(classifier->classify(u"The office moves to Main Street on Monday.").tone,
              Tone::Other);
    EXPECT_EQ(classifier->classify(u"not good at all").tone, Tone::Criticism);
    EXPECT_TRUE(classifier->classify(u"How do I reset my password?").isQuestion);
    EXPECT_FALSE(classifier->classify(u"I reset my password.").isQuestion);
    const QList<QString> why = classifier->reasons(u"I hate the new layout, it is awful", 2);
    ASSERT_FALSE(why.isEmpty());
    EXPECT_TRUE(why.contains(u"hate"_qs) || why.contains(u"awful"_qs))
        << why.join(u',').toStdString();
}
