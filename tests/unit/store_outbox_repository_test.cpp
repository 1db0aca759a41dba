// SPDX-License-Identifier: GPL-3.0-or-later
// The outbox's rows and their states on both engines (claiming is the delivery engine's).
#include "support/outbox_store_fixture.h"

#include <gtest/gtest.h>

using namespace hearken;
using namespace hearken::testing;

namespace {

class OutboxStore : public OutboxStoreTest {
protected:
    QStringList historyKinds()
    {
        QStringList kinds;
        const QList<Event> events = ws->posts().events(item).value();
        for (const Event& e : events)
            kinds << e.kind;
        return kinds;
    }

    const QString desk = u"desk"_qs;
};

} // namespace

TEST_P(OutboxStore, AnEnqueuedReplyIsQueuedWithItsTargetAndAKeyOfItsOwn)
{
    const OutboxEntry first = enqueue(u"On its way!"_qs);
    const OutboxEntry second = enqueue(u"Tracking: 12"_qs);
    EXPECT_EQ(first.state, OutboxState::Queued);
    EXPECT_EQ(first.targetPostId, item);
    EXPECT_EQ(first.targetRemoteId, u"m1"_qs);
    EXPECT_EQ(first.network, u"mastodon"_qs);
    EXPECT_EQ(first.actor, u"Sam"_qs);
    EXPECT_EQ(first.createdAt, fixedNow);
    EXPECT_FALSE(first.idempotencyKey.isEmpty());
    EXPECT_NE(first.idempotencyKey, second.idempotencyKey);
    EXPECT_EQ(ws->outbox().pendingCount().value(), 2);
    const QList<OutboxEntry> forAna = ws->outbox().entriesFor(item).value();
    ASSERT_EQ(forAna.size(), 2);
    EXPECT_EQ(forAna[0].id, first.id) << "oldest first";
    EXPECT_TRUE(historyKinds().contains(u"reply-queued"_qs));
    EXPECT_FALSE(ws->outbox().enqueue(world->reply(item + 1000, u"x"_qs), fixedNow).has_value())
        << "an entry needs its item";
}

TEST_P(OutboxStore, AFailedReplyIsEditedRetriedThenSentWithTheSameKey)
{
    const OutboxEntry queued = enqueue(u"On its way!"_qs);
    ASSERT_TRUE(claim(queued.id, desk, fixedNow));
    ASSERT_TRUE(ws->outbox().requeue(queued.id, desk, fixedNow + 60, u"timeout"_qs));
    EXPECT_EQ(ws->outbox().nextAttemptAfter(fixedNow).value(), fixedNow + 60);
    ASSERT_TRUE(claim(queued.id, desk, fixedNow + 60));
    ASSERT_TRUE(ws->outbox().markFailed(queued.id, desk, u"Too long"_qs, fixedNow + 70));
    const OutboxEntry failed = *ws->outbox().entry(queued.id).value();
    EXPECT_EQ(failed.state, OutboxState::Failed);
    EXPECT_EQ(failed.attempts, 2);
    EXPECT_EQ(failed.lastError, u"Too long"_qs);
    EXPECT_EQ(ws->outbox().pendingCount().value(), 0);

    ASSERT_TRUE(ws->outbox().edit(queued.id, u"Shipped!"_qs, u"Sam"_qs, fixedNow + 80));
    ASSERT_TRUE(ws->outbox().retry(queued.id, u"Sam"_qs, fixedNow + 90));
    ASSERT_TRUE(claim(queued.id, desk, fixedNow + 90));
    ASSERT_TRUE(ws->outbox().markSent(
        queued.id, desk, {u"r1"_qs, u"https://x/r1"_qs, fixedNow + 95}, fixedNow + 95));
    const OutboxEntry sent = *ws->outbox().entry(queued.id).value();
    EXPECT_EQ(sent.state, OutboxState::Sent);
    EXPECT_EQ(sent.text, u"Shipped!"_qs);
    EXPECT_EQ(sent.idempotencyKey, queued.idempotencyKey);
    EXPECT_EQ(sent.remoteId, u"r1"_qs);
    EXPECT_EQ(sent.remoteUrl, u"https://x/r1"_qs);
    EXPECT_FALSE(ws->outbox().edit(queued.id, u"again"_qs, u"Sam"_qs, fixedNow + 99))
        << "a sent reply cannot change";
    EXPECT_FALSE(ws->outbox().discard(queued.id, u"Sam"_qs, fixedNow + 99));
    const QStringList kinds = historyKinds();
    EXPECT_TRUE(kinds.contains(u"delivery-failed"_qs)) << kinds.join(u' ').toStdString();
    EXPECT_TRUE(kinds.contains(u"reply-edited"_qs));
    EXPECT_TRUE(kinds.contains(u"delivery-retried"_qs));
}

TEST_P(OutboxStore, AQueuedReplyCanBeDiscardedAndOnesWaitingForSignInWakeAtOnce)
{
    const OutboxEntry waiting = enqueue(u"Later"_qs);
    const OutboxEntry dropped = enqueue(u"Oops"_qs);
    ASSERT_TRUE(claim(waiting.id, desk, fixedNow));
    ASSERT_TRUE(ws->outbox().requeue(waiting.id, desk, std::nullopt, u"Sign in again"_qs));
    ASSERT_TRUE(ws->outbox().discard(dropped.id, u"Sam"_qs, fixedNow));
    EXPECT_FALSE(ws->outbox().entry(dropped.id).value().has_value());
    EXPECT_TRUE(historyKinds().contains(u"outbox-discarded"_qs));

    ASSERT_TRUE(ws->outbox().wakeWaiting(fixedNow + 10));
    EXPECT_EQ(ws->outbox().entry(waiting.id).value()->nextAttemptAt, fixedNow + 10);
}

TEST_P(OutboxStore, RecentRepliesAreOurRepliesOnTheirWayWithThePersonTheyGoTo)
{
    enqueue(u"On its way!"_qs);
    const QList<RecentReply> recent = ws->outbox().recentReplies(fixedNow - 60).value();
    ASSERT_EQ(recent.size(), 1);
    EXPECT_EQ(recent[0].text, u"On its way!"_qs);
    EXPECT_EQ(recent[0].personId, ws->posts().post(item).value().author.id);
    EXPECT_TRUE(recent[0].personName.contains(u"Ana Ortiz"_qs));
    EXPECT_TRUE(ws->outbox().recentReplies(fixedNow + 60).value().isEmpty());
}

INSTANTIATE_TEST_SUITE_P(BothEngines, OutboxStore, bothEngines, engineName);
