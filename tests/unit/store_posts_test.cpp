// SPDX-License-Identifier: GPL-3.0-or-later
// Posts as conversations: a thread, its author and an item's history, on both engines.
#include "support/outbox_fixture.h"
#include "support/postgres_workspace.h"
#include "workflow/queue_actions.h"

#include <gtest/gtest.h>

using namespace hearken;
using namespace hearken::testing;

namespace {

class PostStore : public ::testing::TestWithParam<Engine> {
protected:
    void SetUp() override
    {
        ws = workspaceOn(GetParam());
        ASSERT_TRUE(ws);
        world = std::make_unique<OutboxWorld>(OutboxWorld::create(*ws));
        IngestBatch batch;
        batch.items = {inbound(u"r"_qs, u""_qs, u"ana"_qs, Tone::Criticism, false, 300),
                       inbound(u"c1"_qs, u"r"_qs, u"bo"_qs, Tone::Other, false, 200),
                       inbound(u"c2"_qs, u"c1"_qs, u"ana"_qs, Tone::Praise, true, 100)};
        ASSERT_TRUE(ws->ingest().write(batch));
    }

    InboundItem inbound(const QString& remoteId, const QString& replyTo, const QString& who,
                        Tone tone, bool question, qint64 ago) const
    {
        InboundItem i;
        i.post.accountId = world->accountId;
        i.post.network = world->network;
        i.post.remoteId = remoteId;
        i.post.kind = replyTo.isEmpty() ? PostKind::Mention : PostKind::Reply;
        i.post.author.network = world->network;
        i.post.author.remoteId = who;
        i.post.author.handle = who + u"@people.example"_qs;
        i.post.author.displayName = who.toUpper();
        i.post.author.followers = 12;
        i.post.text = u"Text of "_qs + remoteId;
        i.post.url = u"https://people.example/"_qs + remoteId;
        i.post.replyToRemoteId = replyTo;
        i.post.rootRemoteId = replyTo.isEmpty() ? QString() : u"r"_qs;
        i.post.createdAt = fixedNow - ago;
        i.tone = tone;
        i.toneSource = ToneSource::Sample;
        i.isQuestion = question;
        return i;
    }

    std::unique_ptr<Workspace> ws;
    std::unique_ptr<OutboxWorld> world;
};

} // namespace

TEST_P(PostStore, APostIsReadBackWithItsAuthor)
{
    const Post post = ws->posts().post(world->postId(u"c1"_qs)).value();
    EXPECT_EQ(post.kind, PostKind::Reply);
    EXPECT_EQ(post.text, u"Text of c1"_qs);
    EXPECT_EQ(post.url, u"https://people.example/c1"_qs);
    EXPECT_EQ(post.replyToRemoteId, u"r"_qs);
    EXPECT_EQ(post.createdAt, fixedNow - 200);
    EXPECT_EQ(post.author.handle, u"bo@people.example"_qs);
    EXPECT_EQ(post.author.displayName, u"BO"_qs);
    EXPECT_EQ(post.author.followers, 12);
    EXPECT_FALSE(ws->posts().post(post.id + 1000).has_value());
}

TEST_P(PostStore, TheThreadRunsFromTheFirstKnownPostThroughTheRepliesBelow)
{
    const QList<ThreadEntry> thread = ws->posts().thread(world->postId(u"c1"_qs)).value();
    ASSERT_EQ(thread.size(), 3);
    EXPECT_EQ(thread[0].post.remoteId, u"r"_qs);
    EXPECT_EQ(thread[0].depth, 0);
    EXPECT_EQ(thread[1].post.remoteId, u"c1"_qs);
    EXPECT_TRUE(thread[1].isFocus);
    EXPECT_EQ(thread[2].post.remoteId, u"c2"_qs);
    EXPECT_EQ(thread[2].depth, 2);
}

TEST_P(PostStore, TheAuthorSummaryCountsTheirItemsByKind)
{
    const AuthorSummary ana = ws->posts().author(world->postId(u"r"_qs)).value();
    EXPECT_EQ(ana.person.handle, u"ana@people.example"_qs);
    EXPECT_EQ(ana.items, 2);
    EXPECT_EQ(ana.criticism, 1);
    EXPECT_EQ(ana.praise, 1);
    EXPECT_EQ(ana.questions, 1);
}

TEST_P(PostStore, AnItemsHistoryIsInTheOrderItHappened)
{
    const qint64 id = world->postId(u"r"_qs);
    qint64 now = fixedNow;
    QueueActions actions(ws->queue(), u"Sam"_qs, [&now] { return now; });
    ASSERT_TRUE(actions.snooze({id}, fixedNow + 3600));
    now += 10;
    ASSERT_TRUE(actions.markDone({id}));
    const QList<Event> events = ws->posts().events(id).value();
    ASSERT_GE(events.size(), 2);
    EXPECT_EQ(events[events.size() - 2].at, fixedNow);
    EXPECT_EQ(events.last().at, fixedNow + 10);
    EXPECT_EQ(events.last().actor, u"Sam"_qs);
    EXPECT_LT(events[events.size() - 2].id, events.last().id);
}

INSTANTIATE_TEST_SUITE_P(BothEngines, PostStore, bothEngines, engineName);
