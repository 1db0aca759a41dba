// SPDX-License-Identifier: GPL-3.0-or-later
// Undoing a tone or question decision takes back what the model learned from it, exactly.
#include "support/workspace_fixture.h"
#include "workflow/queue_actions.h"
#include "workflow/tone_triage.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace hearken;
using hearken::testing::fixedNow;

namespace {

const QStringList texts{
    QStringLiteral("Worst service ever, the order arrived broken and nobody answers"),
    QStringLiteral("I love the new blend, thank you so much!"),
    QStringLiteral("Do you ship to Norway?"),
    QStringLiteral("The broken lid again, this is the third order in a row"),
    QStringLiteral("Great coffee, fast delivery, will order again"),
    QStringLiteral("Store opens at nine tomorrow"),
};

// Every score the model gives, for every text in the workspace.
struct Scores {
    QList<ToneResult> results;
    int corrections = 0;
    QByteArray stored;
};

void expectSame(const Scores& actual, const Scores& expected)
{
    ASSERT_EQ(actual.results.size(), expected.results.size());
    for (qsizetype i = 0; i < actual.results.size(); ++i) {
        SCOPED_TRACE(texts[i].toStdString());
        EXPECT_EQ(actual.results[i].tone, expected.results[i].tone);
        EXPECT_EQ(actual.results[i].toneConfidence, expected.results[i].toneConfidence);
        EXPECT_EQ(actual.results[i].isQuestion, expected.results[i].isQuestion);
        EXPECT_EQ(actual.results[i].questionConfidence, expected.results[i].questionConfidence);
    }
    EXPECT_EQ(actual.corrections, expected.corrections);
    EXPECT_EQ(actual.stored, expected.stored);
}

class ToneUndoTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto classifier = ToneClassifier::loadShipped();
        ASSERT_TRUE(classifier.has_value());
        shipped = std::move(*classifier);
        ws = hearken::testing::openWorkspace(dir.filePath(QStringLiteral("undo.hearken")));
        ASSERT_TRUE(ws);
        Account account;
        account.network = QStringLiteral("mastodon");
        account.remoteId = QStringLiteral("us");
        account.handle = QStringLiteral("@us@example.social");
        const qint64 accountId = ws->accounts().saveAccount(account, fixedNow).value();
        auto opened = ToneTriage::open(*shipped, *ws, [] { return fixedNow; });
        ASSERT_TRUE(opened);
        triage.emplace(std::move(*opened));
        IngestBatch batch;
        for (qsizetype i = 0; i < texts.size(); ++i) {
            InboundItem item;
            item.post.accountId = accountId;
            item.post.network = account.network;
            item.post.remoteId = QString::number(i);
            item.post.author.network = account.network;
            item.post.author.remoteId = QStringLiteral("fan");
            item.post.author.handle = QStringLiteral("@fan@example.social");
            item.post.text = texts[i];
            item.post.createdAt = fixedNow - 60 - i;
            batch.items << item;
        }
        triage->classify(batch);
        auto written = ws->ingest().write(batch);
        ASSERT_TRUE(written);
        ids = written->newItemIds;
        ASSERT_EQ(ids.size(), texts.size());
        actions.emplace(
            ws->queue(), QStringLiteral("Ana"), [] { return fixedNow; }, &*triage);
    }

    Scores scores() const
    {
        Scores now;
        for (const QString& text : texts)
            now.results.append(triage->classify(text));
        now.corrections = triage->corrections();
        now.stored = ws->toneAdaptation().load().value();
        return now;
    }

    QList<TriageState> states() const { return ws->queue().triageStates(ids).value(); }

    QTemporaryDir dir;
    std::optional<ToneClassifier> shipped;
    std::unique_ptr<Workspace> ws;
    std::optional<ToneTriage> triage;
    std::optional<QueueActions> actions;
    QList<qint64> ids;
};

} // namespace

TEST_F(ToneUndoTest, UndoingACorrectionRestoresEveryScoreExactly)
{
    const QList<TriageState> labelled = states();
    ASSERT_EQ(labelled[0].tone, Tone::Criticism);
    ASSERT_GT(labelled[0].toneConfidence, 0.8);
    const Scores before = scores();

    auto change = actions->setTone({ids[0]}, Tone::Praise);
    ASSERT_TRUE(change);
    ASSERT_NE(scores().results[0].toneConfidence, before.results[0].toneConfidence)
        << "the correction must have taught the model something for undo to take back";

    ASSERT_TRUE(actions->undo(*change));
    EXPECT_EQ(states(), labelled);
    expectSame(scores(), before);
    // What is stored is what a new window reads.
    auto reopened = ToneTriage::adaptedClassifier(*shipped, *ws);
    ASSERT_TRUE(reopened);
    for (qsizetype i = 0; i < texts.size(); ++i)
        EXPECT_EQ(reopened->classify(texts[i]).toneConfidence, before.results[i].toneConfidence);
}

TEST_F(ToneUndoTest, RedoTeachesTheSameLessonAgain)
{
    auto change = actions->setTone({ids[0]}, Tone::Praise);
    ASSERT_TRUE(change);
    const Scores taught = scores();
    ASSERT_TRUE(actions->undo(*change));
    ASSERT_TRUE(actions->redo(*change));
    expectSame(scores(), taught);
}

TEST_F(ToneUndoTest, UndoingInReverseOrderWalksBackThroughEachLesson)
{
    const Scores start = scores();
    auto tone = actions->setTone({ids[0], ids[3]}, Tone::Other);
    ASSERT_TRUE(tone);
    const Scores afterTone = scores();
    auto question = actions->setQuestion({ids[5]}, true);
    ASSERT_TRUE(question);
    ASSERT_NE(scores().stored, afterTone.stored);

    ASSERT_TRUE(actions->undo(*question));
    expectSame(scores(), afterTone);
    ASSERT_TRUE(actions->undo(*tone));
    expectSame(scores(), start);
}

TEST_F(ToneUndoTest, UndoAfterForgettingKeepsTheModelForgotten)
{
    const Scores start = scores();
    ASSERT_TRUE(actions->setTone({ids[1]}, Tone::Criticism));
    auto change = actions->setTone({ids[0]}, Tone::Praise);
    ASSERT_TRUE(change);
    ASSERT_TRUE(triage->resetLearning());

    ASSERT_TRUE(actions->undo(*change));
    EXPECT_EQ(states()[0], change->before[0]);
    expectSame(scores(), start);
}
