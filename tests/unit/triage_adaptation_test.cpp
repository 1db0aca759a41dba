// SPDX-License-Identifier: GPL-3.0-or-later
#include "triage/adaptive_layer.h"
#include "triage/tone_classifier.h"

#include <gtest/gtest.h>

using namespace hearken;

namespace {

const ToneClassifier& shipped()
{
    static const ToneClassifier classifier = *ToneClassifier::loadShipped();
    return classifier;
}

double criticism(const ToneClassifier& c, QStringView text)
{
    const ToneResult r = c.classify(text);
    return r.tone == Tone::Criticism ? r.toneConfidence : 0.0;
}

// A workspace where "klunkmode" is what people call the app falling back to its slow mode.
QStringList brandCorrections()
{
    const QStringList openings = {u"klunkmode again"_qs, u"got klunkmode"_qs,
                                  u"klunkmode kicked in"_qs, u"stuck in klunkmode"_qs,
                                  u"klunkmode on my phone"_qs};
    const QStringList endings = {
        u"today"_qs,        u"this morning"_qs, u"during the meeting"_qs, u"after the update"_qs,
        u"on the train"_qs, u"at work"_qs};
    QStringList out;
    for (const QString& o : openings) {
        for (const QString& e : endings)
            out.append(o + u' ' + e);
    }
    return out;
}

const QStringList similar = {u"klunkmode at lunch"_qs, u"klunkmode kicked in tonight"_qs,
                             u"my tablet is in klunkmode"_qs, u"klunkmode while uploading"_qs,
                             u"klunkmode on the laptop"_qs};

} // namespace

TEST(Adaptation, CorrectionsOnBrandVocabularyMoveSimilarTexts)
{
    int criticismBefore = 0;
    for (const QString& text : similar)
        criticismBefore += shipped().classify(text).tone == Tone::Criticism ? 1 : 0;
    ASSERT_LE(criticismBefore, 2) << "the shipped model must not already know this workspace";

    AdaptiveLayer layer;
    for (const QString& text : brandCorrections())
        layer.learnTone(shipped(), text, Tone::Criticism);
    EXPECT_EQ(layer.correctionCount(), 30);
    const ToneClassifier adapted = shipped().withAdaptation(layer);
    int criticismAfter = 0;
    for (const QString& text : similar) {
        criticismAfter += adapted.classify(text).tone == Tone::Criticism ? 1 : 0;
        EXPECT_GT(criticism(adapted, text), criticism(shipped(), text)) << text.toStdString();
    }
    EXPECT_GE(criticismAfter, 4);
    EXPECT_TRUE(adapted.reasons(u"klunkmode at lunch", 3).contains(u"klunkmode"_qs));
}

TEST(Adaptation, LeavesUnrelatedTextsAlone)
{
    AdaptiveLayer layer;
    for (const QString& text : brandCorrections())
        layer.learnTone(shipped(), text, Tone::Criticism);
    const ToneClassifier adapted = shipped().withAdaptation(layer);
    for (const QString& text : {u"I love this, thank you so much!"_qs, u"Great job team!"_qs})
        EXPECT_EQ(adapted.classify(text).tone, Tone::Praise) << text.toStdString();
}

TEST(Adaptation, QuestionCorrectionsMoveTheQuestionMark)
{
    const QString text = u"wondering about the klunkmode schedule"_qs;
    AdaptiveLayer layer;
    for (int i = 0; i < 5; ++i)
        layer.learnQuestion(shipped(), text, true);
    EXPECT_GT(shipped().withAdaptation(layer).classify(text).questionConfidence,
              shipped().classify(text).questionConfidence + 0.2);
}

TEST(Adaptation, AWorkspaceCanTeachItsOwnLanguage)
{
    const QStringList corrections = {
        u"Lieferung kommt wieder zu spät"_qs,  u"schon wieder zu spät, die Lieferung"_qs,
        u"die Lieferung ist immer zu spät"_qs, u"Paket kommt zu spät"_qs,
        u"wieder ein Paket zu spät"_qs,        u"Lieferung zu spät, wie immer"_qs,
        u"immer zu spät mit der Lieferung"_qs, u"das Paket ist wieder zu spät"_qs,
        u"zu spät, schon wieder"_qs,           u"die Lieferung kam zu spät"_qs,
        u"Paket kam wieder zu spät"_qs,        u"warum ist die Lieferung immer zu spät"_qs,
    };
    const QString unseen = u"meine Lieferung ist zu spät"_qs;
    ASSERT_FALSE(shipped().classify(unseen).languageKnown);
    AdaptiveLayer layer;
    for (const QString& text : corrections)
        layer.learnTone(shipped(), text, Tone::Criticism);
    const ToneResult adapted = shipped().withAdaptation(layer).classify(unseen);
    EXPECT_TRUE(adapted.languageKnown);
    EXPECT_EQ(adapted.tone, Tone::Criticism);
}

TEST(Adaptation, ResetRestoresTheShippedModel)
{
    AdaptiveLayer layer;
    for (const QString& text : brandCorrections())
        layer.learnTone(shipped(), text, Tone::Praise);
    const ToneClassifier reset = shipped().withAdaptation(AdaptiveLayer());
    for (const QString& text : similar + brandCorrections()) {
        const ToneResult a = reset.classify(text);
        const ToneResult b = shipped().classify(text);
        EXPECT_EQ(a.tone, b.tone);
        EXPECT_EQ(a.toneConfidence, b.toneConfidence);
        EXPECT_EQ(a.questionConfidence, b.questionConfidence);
    }
}

TEST(Adaptation, SerialisesDeterministicallyAndValidates)
{
    AdaptiveLayer layer;
    for (const QString& text : brandCorrections())
        layer.learnTone(shipped(), text, Tone::Criticism);
    const QByteArray bytes = layer.toBytes();
    const auto restored = AdaptiveLayer::fromBytes(bytes);
    ASSERT_TRUE(restored.has_value()) << restored.error().toStdString();
    EXPECT_EQ(*restored, layer);
    EXPECT_EQ(restored->toBytes(), bytes);
    EXPECT_EQ(shipped().withAdaptation(*restored).classify(similar[0]).toneConfidence,
              shipped().withAdaptation(layer).classify(similar[0]).toneConfidence);

    EXPECT_TRUE(AdaptiveLayer::fromBytes(QByteArray())->isEmpty());
    EXPECT_FALSE(
        AdaptiveLayer::fromBytes(QByteArrayView(bytes).first(bytes.size() - 3)).has_value());
    EXPECT_FALSE(AdaptiveLayer::fromBytes(QByteArrayView("HKAL")).has_value());
    EXPECT_FALSE(AdaptiveLayer::fromBytes(QByteArrayView("not an adaptation")).has_value());
}
