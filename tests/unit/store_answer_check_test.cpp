// SPDX-License-Identifier: GPL-3.0-or-later
// No two answers without knowing: the check before sending and the enqueue that enforces it,
// on both engines.
#include "support/outbox_fixture.h"
#include "support/postgres_workspace.h"
#include "workflow/answer_check.h"

#include <gtest/gtest.h>

using namespace hearken;
using namespace hearken::testing;

namespace {

class AnswerCheckStore : public ::testing::TestWithParam<Engine> {
protected:
    void SetUp() override
    {
        ws = workspaceOn(GetParam());
        ASSERT_TRUE(ws);
        world = std::make_unique<OutboxWorld>(OutboxWorld::create(*ws));
        item = world->item(u"m1"_qs, u"wen"_qs, u"Wen"_qs, u"Where is my order?"_qs);
    }

    OutboxDraft replyBy(const QString& actor, const QString& text) const
    {
        OutboxDraft draft = world->reply(item, text);
        draft.actor = actor;
        return draft;
    }
    // Enqueues a reply `actor` began writing at `since`, unchecked.
    StoreResult<OutboxEntry> enqueueBy(const QString& actor, const QString& text, qint64 since,
                                       qint64 at)
    {
        return ws->outbox().enqueue(replyBy(actor, text), at, AnswerGuard{since, std::nullopt});
    }

    QList<Event> history(const QString& kind)
    {
        QList<Event> found;
        const QList<Event> events = ws->posts().events(item).value();
        for (const Event& event : events)
            if (event.kind == kind)
                found << event;
        return found;
    }

    std::unique_ptr<Workspace> ws;
    std::unique_ptr<OutboxWorld> world;
    qint64 item = 0;
};

} // namespace

TEST_P(AnswerCheckStore, AColleaguesReplySinceTheComposerOpenedIsFoundAndStopsMine)
{
    ASSERT_TRUE(enqueueBy(u"ana"_qs, u"Sorry, it ships today"_qs, fixedNow, fixedNow + 10));
    const OutboxDraft mine = replyBy(u"bo"_qs, u"Let me check"_qs);
    const AnswerCheck check = checkAnswer(*ws, mine, fixedNow + 5, fixedNow + 20).value();
    ASSERT_EQ(check.replies.size(), 1);
    EXPECT_EQ(check.replies[0].person, u"ana"_qs);
    EXPECT_EQ(check.replies[0].at, fixedNow + 10);
    EXPECT_EQ(check.replies[0].text, u"Sorry, it ships today"_qs);

    const auto refused = ws->outbox().enqueue(mine, fixedNow + 20, check.guard(false));
    ASSERT_FALSE(refused.has_value()) << "the enqueue itself refuses an unseen earlier reply";
    EXPECT_TRUE(refused.error().message.contains(u"ana replied to this item"_qs))
        << refused.error().message.toStdString();
    EXPECT_EQ(ws->outbox().entriesFor(item).value().size(), 1);
    EXPECT_TRUE(history(u"second-answer"_qs).isEmpty());
}

TEST_P(AnswerCheckStore, SendingAnywayRecordsTheSecondAnswerInTheWritersName)
{
    ASSERT_TRUE(enqueueBy(u"ana"_qs, u"Sorry, it ships today"_qs, fixedNow, fixedNow + 10));
    const OutboxDraft mine = replyBy(u"bo"_qs, u"Let me check"_qs);
    const AnswerCheck check = checkAnswer(*ws, mine, fixedNow + 5, fixedNow + 20).value();
    ASSERT_TRUE(ws->outbox().enqueue(mine, fixedNow + 21, check.guard(true)));
    EXPECT_EQ(ws->outbox().entriesFor(item).value().size(), 2);
    const QList<Event> second = history(u"second-answer"_qs);
    ASSERT_EQ(second.size(), 1);
    EXPECT_EQ(second[0].actor, u"bo"_qs);
    EXPECT_EQ(second[0].detail, u"Sorry, it ships today"_qs);
}

TEST_P(AnswerCheckStore, AReplyMadeAfterTheCheckStillStopsOneSentAnyway)
{
    const OutboxDraft mine = replyBy(u"bo"_qs, u"Let me check"_qs);
    const AnswerCheck check = checkAnswer(*ws, mine, fixedNow, fixedNow + 20).value();
    EXPECT_TRUE(check.replies.isEmpty());
    ASSERT_TRUE(enqueueBy(u"ana"_qs, u"Ships today"_qs, fixedNow, fixedNow + 25));
    EXPECT_FALSE(ws->outbox().enqueue(mine, fixedNow + 26, check.guard(true)).has_value());
    EXPECT_FALSE(ws->outbox().enqueue(mine, fixedNow + 26, check.guard(false)).has_value());
}

TEST_P(AnswerCheckStore, MyOwnEarlierRepliesAndOlderOnesDoNotCount)
{
    ASSERT_TRUE(enqueueBy(u"ana"_qs, u"Old answer"_qs, fixedNow - 100, fixedNow - 50));
    ASSERT_TRUE(enqueueBy(u"bo"_qs, u"First part"_qs, fixedNow, fixedNow + 10));
    const OutboxDraft mine = replyBy(u"bo"_qs, u"Second part"_qs);
    const AnswerCheck check = checkAnswer(*ws, mine, fixedNow, fixedNow + 20).value();
    EXPECT_TRUE(check.replies.isEmpty());
    EXPECT_TRUE(ws->outbox().enqueue(mine, fixedNow + 20, check.guard(false)).has_value());
}

TEST_P(AnswerCheckStore, TheBrandAnsweringFromAnotherAppCounts)
{
    Post own;
    own.accountId = world->accountId;
    own.network = world->network;
    own.remoteId = u"own-1"_qs;
    own.kind = PostKind::Own;
    own.author = {0, world->network, u"brand-1"_qs, u"@brand"_qs, u"Brand"_qs, {}, {}, {}};
    own.text = u"Answered from the phone"_qs;
    own.replyToRemoteId = u"m1"_qs;
    own.createdAt = fixedNow + 8;
    IngestBatch batch;
    batch.ownReplies.append({own, false});
    ASSERT_TRUE(ws->ingest().write(batch));

    const OutboxDraft mine = replyBy(u"bo"_qs, u"Let me check"_qs);
    const AnswerCheck check = checkAnswer(*ws, mine, fixedNow, fixedNow + 20).value();
    ASSERT_EQ(check.replies.size(), 1);
    EXPECT_EQ(earlierReplyAuthor(check.replies[0]), u"@brand@example.social from another app"_qs);
    EXPECT_EQ(check.replies[0].text, u"Answered from the phone"_qs);
    EXPECT_FALSE(ws->outbox().enqueue(mine, fixedNow + 20, check.guard(false)).has_value());
}

TEST_P(AnswerCheckStore, AReplyWithoutAStartIsNotChecked)
{
    ASSERT_TRUE(enqueueBy(u"ana"_qs, u"Ships today"_qs, fixedNow, fixedNow + 10));
    EXPECT_TRUE(ws->outbox().enqueue(world->reply(item, u"Hello"_qs), fixedNow + 20));
}

INSTANTIATE_TEST_SUITE_P(BothEngines, AnswerCheckStore, bothEngines, engineName);
