// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/workspace_fixture.h"
#include "workflow/queue_actions.h"
#include "workflow/tone_triage.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace hearken;
using hearken::testing::fixedNow;

namespace {

ToneClassifier shipped()
{
    auto classifier = ToneClassifier::loadShipped();
    EXPECT_TRUE(classifier.has_value());
    return *classifier;
}

InboundItem unlabelled(const QString& remoteId, const QString& text, qint64 accountId)
{
    InboundItem item;
    item.post.accountId = accountId;
    item.post.network = QStringLiteral("mastodon");
    item.post.remoteId = remoteId;
    item.post.author.network = item.post.network;
    item.post.author.remoteId = QStringLiteral("fan");
    item.post.author.handle = QStringLiteral("@fan@example.social");
    item.post.text = text;
    item.post.createdAt = fixedNow - 60;
    return item;
}

// Brand words the shipped model knows nothing about; in this brand they are praise.
const QString brandPraise = QStringLiteral("the zorblax firmware did the glimmerfax thing again");

class ToneTriageTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ws = hearken::testing::openWorkspace(dir.filePath(QStringLiteral("tone.hearken")));
        ASSERT_TRUE(ws);
        Account account;
        account.network = QStringLiteral("mastodon");
        account.remoteId = QStringLiteral("us");
        account.handle = QStringLiteral("@us@example.social");
        accountId = ws->accounts().saveAccount(account, fixedNow).value();
    }

    qint64 ingest(const QString& remoteId, const QString& text, ToneTriage& triage)
    {
        IngestBatch batch;
        batch.items << unlabelled(remoteId, text, accountId);
        triage.classify(batch);
        auto written = ws->ingest().write(batch);
        EXPECT_TRUE(written.has_value());
        return written ? written->newItemIds.value(0) : 0;
    }

    QTemporaryDir dir;
    std::unique_ptr<Workspace> ws;
    qint64 accountId = 0;
};

} // namespace

TEST_F(ToneTriageTest, LabelsWhatArrivesAndLeavesLabelledItemsAlone)
{
    auto triage = ToneTriage::open(shipped(), *ws, [] { return fixedNow; });
    ASSERT_TRUE(triage);
    IngestBatch batch;
    batch.items << unlabelled(QStringLiteral("1"),
                              QStringLiteral("Worst service ever, I want a refund"), accountId)
                << unlabelled(QStringLiteral("2"), QStringLiteral("Do you ship to Norway?"),
                              accountId);
    batch.items[1].tone = Tone::Praise;
    batch.items[1].toneSource = ToneSource::Person;
    triage->classify(batch);
    EXPECT_EQ(batch.items[0].tone, Tone::Criticism);
    EXPECT_EQ(batch.items[0].toneSource, ToneSource::Model);
    EXPECT_GT(batch.items[0].toneConfidence, 0.5);
    EXPECT_EQ(batch.items[1].tone, Tone::Praise) << "a person's label is never overwritten";
}

TEST_F(ToneTriageTest, OurRepliesThatThankMarkPraiseThanked)
{
    auto triage = ToneTriage::open(shipped(), *ws, [] { return fixedNow; });
    ASSERT_TRUE(triage);
    IngestBatch batch;
    batch.items << unlabelled(QStringLiteral("1"), QStringLiteral("I love the new blend!"),
                              accountId);
    OwnReply reply;
    reply.post = unlabelled(QStringLiteral("r"),
                            QStringLiteral("Thanks so much, that means a lot 🙏"), accountId)
                     .post;
    reply.post.kind = PostKind::Own;
    reply.post.replyToRemoteId = QStringLiteral("1");
    reply.post.createdAt = fixedNow;
    batch.ownReplies << reply;
    triage->classify(batch);
    EXPECT_TRUE(batch.ownReplies[0].expressesThanks);
    auto written = ws->ingest().write(batch);
    ASSERT_TRUE(written);
    const auto events = ws->posts().events(written->newItemIds.value(0)).value();
    ASSERT_FALSE(events.isEmpty());
    EXPECT_EQ(events.last().kind, QStringLiteral("thanked"));
}

TEST_F(ToneTriageTest, CorrectionsTeachTheWorkspaceAndSurviveReopening)
{
    auto triage = ToneTriage::open(shipped(), *ws, [] { return fixedNow; });
    ASSERT_TRUE(triage);
    const ToneResult before = triage->classify(brandPraise);
    ASSERT_NE(before.tone, Tone::Praise);
    QueueActions actions(
        ws->queue(), QStringLiteral("Ana"), [] { return fixedNow; }, &*triage);
    for (int i = 0; i < 30; ++i) {
        const qint64 id =
            ingest(QStringLiteral("c%1").arg(i),
                   QStringLiteral("again the zorblax firmware glimmerfax %1").arg(i), *triage);
        ASSERT_TRUE(actions.setTone({id}, Tone::Praise));
        EXPECT_EQ(ws->queue().triageStates({id}).value().value(0).toneSource, ToneSource::Person);
    }
    EXPECT_EQ(triage->corrections(), 30);
    const ToneResult after = triage->classify(brandPraise);
    EXPECT_EQ(after.tone, Tone::Praise);

    auto reopened = ToneTriage::adaptedClassifier(shipped(), *ws);
    ASSERT_TRUE(reopened);
    EXPECT_EQ(reopened->classify(brandPraise).tone, Tone::Praise);

    ASSERT_TRUE(triage->resetLearning());
    EXPECT_EQ(triage->classify(brandPraise).tone, before.tone);
    EXPECT_DOUBLE_EQ(triage->classify(brandPraise).toneConfidence, before.toneConfidence);
    EXPECT_EQ(ToneTriage::adaptedClassifier(shipped(), *ws)->classify(brandPraise).tone,
              before.tone);
}

TEST_F(ToneTriageTest, UnreadableCorrectionsAreReportedNotIgnored)
{
    ASSERT_TRUE(ws->toneAdaptation().save(QByteArray("not a layer"), 1, fixedNow));
    auto triage = ToneTriage::open(shipped(), *ws, [] { return fixedNow; });
    ASSERT_FALSE(triage.has_value());
    EXPECT_TRUE(triage.error().message.contains(QStringLiteral("reset")));
}
