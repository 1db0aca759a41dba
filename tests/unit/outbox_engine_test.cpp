// SPDX-License-Identifier: GPL-3.0-or-later
// The delivery state machine with a scripted deliverer and a clock moved by hand.
#include "outbox/delivery_engine.h"
#include "store/sql.h"
#include "support/outbox_fixture.h"

#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace hearken;
using namespace hearken::testing;

namespace {

// Keeps every delivery waiting until the test answers it.
class ScriptedDeliverer : public Deliverer {
public:
    struct Call {
        OutboxEntry entry;
        Done done;
    };
    void deliver(const OutboxEntry& entry, Done done) override
    {
        calls.append({entry, std::move(done)});
    }
    void answer(const DeliveryOutcome& outcome)
    {
        ASSERT_FALSE(calls.isEmpty());
        Call call = calls.takeFirst();
        call.done(outcome);
        QCoreApplication::processEvents();
    }
    QList<Call> calls;
};

DeliveryReceipt receipt(const QString& id)
{
    return {id, QStringLiteral("https://example.social/@brand/") + id, fixedNow};
}

tl::unexpected<DeliveryFailure> failure(DeliveryFailure::Kind kind,
                                        std::optional<qint64> retryAt = std::nullopt)
{
    return tl::unexpected(DeliveryFailure{kind, QStringLiteral("scripted failure"), retryAt});
}

class Outbox : public ::testing::Test {
protected:
    void SetUp() override
    {
        ws = memoryWorkspace();
        ASSERT_TRUE(ws);
        world = std::make_unique<OutboxWorld>(OutboxWorld::create(*ws));
        item = world->item(QStringLiteral("m1"), QStringLiteral("ana"), QStringLiteral("Ana Ortiz"),
                           QStringLiteral("Your app lost my order again"));
        engine = std::make_unique<DeliveryEngine>(
            *ws, [this](const Account&) -> Deliverer* { return &deliverer; },
            [this] { return now; });
        engine->setBackoff({10, 160});
    }

    OutboxEntry entry(qint64 id)
    {
        auto found = ws->outbox().entry(id);
        EXPECT_TRUE(found && *found);
        return found && *found ? **found : OutboxEntry{};
    }

    OutboxEntry queueReply(const QString& text = QStringLiteral("Sorry Ana, we are on it."))
    {
        auto queued = engine->send(world->reply(item, text));
        EXPECT_TRUE(queued.has_value());
        return queued.value_or(OutboxEntry{});
    }

    int ownPosts()
    {
        auto thread = ws->posts().thread(item);
        int own = 0;
        for (const ThreadEntry& e : thread.value_or(QList<ThreadEntry>()))
            own += e.post.isOwn() ? 1 : 0;
        return own;
    }

    QStringList eventKinds()
    {
        QStringList kinds;
        for (const Event& e : ws->posts().events(item).value_or(QList<Event>()))
            kinds << e.kind;
        return kinds;
    }

    qint64 now = fixedNow;
    std::unique_ptr<Workspace> ws;
    std::unique_ptr<OutboxWorld> world;
    qint64 item = 0;
    ScriptedDeliverer deliverer;
    std::unique_ptr<DeliveryEngine> engine;
};

} // namespace

TEST_F(Outbox, AReplyIsCommittedQueuedThenSendingBeforeTheNetworkIsAsked)
{
    const OutboxEntry queued = queueReply();
    EXPECT_FALSE(queued.idempotencyKey.isEmpty());
    ASSERT_EQ(deliverer.calls.size(), 1);
    // The deliverer was asked only after Sending was committed.
    const OutboxEntry sending = entry(queued.id);
    EXPECT_EQ(sending.state, OutboxState::Sending);
    EXPECT_EQ(sending.attempts, 1);
    EXPECT_EQ(deliverer.calls.first().entry.idempotencyKey, queued.idempotencyKey);
    EXPECT_EQ(deliverer.calls.first().entry.targetRemoteId, u"m1"_qs);
    EXPECT_EQ(ws->outbox().pendingCount().value(), 1);
}

TEST_F(Outbox, SuccessStoresOurReplyAndAnswersTheItem)
{
    QSignalSpy idle(engine.get(), &DeliveryEngine::idle);
    const OutboxEntry queued = queueReply(QStringLiteral("Thank you, Ana! Fixed now."));
    deliverer.answer(receipt(QStringLiteral("r1")));
    const OutboxEntry sent = entry(queued.id);
    EXPECT_EQ(sent.state, OutboxState::Sent);
    EXPECT_EQ(sent.remoteId, u"r1"_qs);
    EXPECT_EQ(ownPosts(), 1);
    const auto facts = ws->queue().triageStates({item}).value();
    ASSERT_EQ(facts.size(), 1);
    QueueFilter all;
    all.states.clear();
    const auto row = ws->queue().matching(QueueQuery(all, now, {}), {item}).value();
    ASSERT_EQ(row.size(), 1);
    EXPECT_TRUE(row.first().facts.answeredAt.has_value());
    EXPECT_TRUE(row.first().facts.thankedAt.has_value()) << "the reply says thank you";
    EXPECT_TRUE(eventKinds().contains(u"reply-queued"_qs));
    EXPECT_TRUE(eventKinds().contains(u"thanked"_qs));
    EXPECT_EQ(idle.size(), 1);
    EXPECT_EQ(ws->outbox().pendingCount().value(), 0);
}

TEST_F(Outbox, ALikeMarksTheItemLiked)
{
    auto queued =
        engine->send({world->accountId, item, OutboxKind::Like, {}, {}, u"Sam"_qs, std::nullopt});
    ASSERT_TRUE(queued);
    deliverer.answer(receipt(QStringLiteral("fav1")));
    EXPECT_EQ(entry(queued->id).state, OutboxState::Sent);
    EXPECT_EQ(ownPosts(), 0);
    EXPECT_TRUE(eventKinds().contains(u"liked"_qs));
}

TEST_F(Outbox, TemporaryFailureBacksOffAndDoublesUntilTheLongestWait)
{
    const OutboxEntry queued = queueReply();
    const qint64 expectedWaits[] = {10, 20, 40, 80, 160, 160};
    for (qint64 wait : expectedWaits) {
        deliverer.answer(failure(DeliveryFailure::Kind::Temporary));
        const OutboxEntry waiting = entry(queued.id);
        EXPECT_EQ(waiting.state, OutboxState::Queued);
        EXPECT_EQ(waiting.nextAttemptAt, now + wait);
        EXPECT_EQ(waiting.lastError, u"scripted failure"_qs);
        // Not due a second early.
        now += wait - 1;
        engine->pump();
        EXPECT_TRUE(deliverer.calls.isEmpty());
        now += 1;
        engine->pump();
        ASSERT_EQ(deliverer.calls.size(), 1);
        EXPECT_EQ(deliverer.calls.first().entry.idempotencyKey, queued.idempotencyKey);
    }
    deliverer.answer(receipt(QStringLiteral("r9")));
    EXPECT_EQ(entry(queued.id).state, OutboxState::Sent);
    EXPECT_EQ(entry(queued.id).attempts, 7);
    EXPECT_EQ(ownPosts(), 1);
}

TEST_F(Outbox, RateLimitWaitsUntilTheNetworkSaysAndHoldsTheAccountsOtherEntries)
{
    const qint64 second = world->item(QStringLiteral("m2"), QStringLiteral("bo"),
                                      QStringLiteral("Bo"), QStringLiteral("Where is my order?"));
    const OutboxEntry first = queueReply();
    auto other = engine->send(world->reply(second, QStringLiteral("Checking, Bo!")));
    ASSERT_TRUE(other);
    ASSERT_EQ(deliverer.calls.size(), 1) << "one entry per account in flight";
    EXPECT_FALSE(engine->nextLookMs().has_value()) << "no busy loop while an answer is awaited";
    deliverer.answer(failure(DeliveryFailure::Kind::RateLimited, now + 300));
    EXPECT_EQ(entry(first.id).nextAttemptAt, now + 300);
    EXPECT_TRUE(deliverer.calls.isEmpty()) << "the account is paused, the other entry waits";
    ASSERT_TRUE(engine->nextLookMs().has_value());
    EXPECT_GT(*engine->nextLookMs(), 59000) << "it sleeps (at most a minute), it does not spin";
    EXPECT_EQ(entry(other->id).state, OutboxState::Queued);
    now += 299;
    engine->pump();
    EXPECT_TRUE(deliverer.calls.isEmpty());
    now += 1;
    engine->pump();
    ASSERT_EQ(deliverer.calls.size(), 1);
    deliverer.answer(receipt(QStringLiteral("r1")));
    ASSERT_EQ(deliverer.calls.size(), 1);
    deliverer.answer(receipt(QStringLiteral("r2")));
    EXPECT_EQ(entry(first.id).state, OutboxState::Sent);
    EXPECT_EQ(entry(other->id).state, OutboxState::Sent);
}

TEST_F(Outbox, SignInNeededWaitsUntilTheAccountSignsInAgain)
{
    const OutboxEntry queued = queueReply();
    deliverer.answer(failure(DeliveryFailure::Kind::SignInNeeded));
    EXPECT_EQ(entry(queued.id).state, OutboxState::Queued);
    EXPECT_FALSE(entry(queued.id).nextAttemptAt.has_value());
    now += 24 * 3600;
    engine->pump();
    EXPECT_TRUE(deliverer.calls.isEmpty()) << "nothing goes out until the account signs in";
    EXPECT_FALSE(engine->nextLookMs().has_value());
    engine->signedIn(world->accountId);
    ASSERT_EQ(deliverer.calls.size(), 1);
    deliverer.answer(receipt(QStringLiteral("r1")));
    EXPECT_EQ(entry(queued.id).state, OutboxState::Sent);
}

TEST_F(Outbox, RejectedFailsThenAPersonEditsAndRetriesWithTheSameKey)
{
    const OutboxEntry queued = queueReply(QStringLiteral("far too long"));
    deliverer.answer(failure(DeliveryFailure::Kind::Rejected));
    const OutboxEntry failed = entry(queued.id);
    EXPECT_EQ(failed.state, OutboxState::Failed);
    EXPECT_EQ(failed.lastError, u"scripted failure"_qs);
    EXPECT_EQ(ws->outbox().pendingCount().value(), 0);
    now += 3600;
    engine->pump();
    EXPECT_TRUE(deliverer.calls.isEmpty()) << "a failed entry waits for a person";

    ASSERT_TRUE(engine->edit(queued.id, QStringLiteral("Shorter."), u"Sam"_qs));
    ASSERT_TRUE(engine->retry(queued.id, u"Sam"_qs));
    ASSERT_EQ(deliverer.calls.size(), 1);
    EXPECT_EQ(deliverer.calls.first().entry.text, u"Shorter."_qs);
    EXPECT_EQ(deliverer.calls.first().entry.idempotencyKey, queued.idempotencyKey);
    deliverer.answer(receipt(QStringLiteral("r1")));
    EXPECT_EQ(entry(queued.id).state, OutboxState::Sent);
    const QStringList kinds = eventKinds();
    EXPECT_TRUE(kinds.contains(u"delivery-failed"_qs));
    EXPECT_TRUE(kinds.contains(u"reply-edited"_qs));
    EXPECT_TRUE(kinds.contains(u"delivery-retried"_qs));
}

TEST_F(Outbox, SentAndSendingEntriesCannotBeEditedOrDiscarded)
{
    const OutboxEntry queued = queueReply();
    EXPECT_FALSE(engine->edit(queued.id, u"changed"_qs, u"Sam"_qs)) << "it is being sent";
    EXPECT_FALSE(engine->discard(queued.id, u"Sam"_qs));
    deliverer.answer(receipt(QStringLiteral("r1")));
    EXPECT_FALSE(engine->edit(queued.id, u"changed"_qs, u"Sam"_qs));
    EXPECT_FALSE(engine->retry(queued.id, u"Sam"_qs));
    EXPECT_EQ(entry(queued.id).text, u"Sorry Ana, we are on it."_qs);
}

TEST_F(Outbox, AFailedEntryCanBeDiscarded)
{
    const OutboxEntry queued = queueReply();
    deliverer.answer(failure(DeliveryFailure::Kind::Rejected));
    ASSERT_TRUE(engine->discard(queued.id, u"Sam"_qs));
    EXPECT_FALSE(ws->outbox().entry(queued.id).value().has_value());
    EXPECT_TRUE(eventKinds().contains(u"outbox-discarded"_qs));
}

TEST_F(Outbox, AnEntryLeftSendingByACrashIsSentAgainWithTheSameKeyOnceItsClaimRunsOut)
{
    const OutboxEntry queued = queueReply();
    ASSERT_EQ(deliverer.calls.size(), 1);
    // The process dies here: the network may or may not have the reply.
    deliverer.calls.clear();
    engine.reset();
    DeliveryEngine restarted(
        *ws, [this](const Account&) -> Deliverer* { return &deliverer; }, [this] { return now; });
    restarted.start();
    EXPECT_TRUE(deliverer.calls.isEmpty()) << "the dead process's claim still holds";
    now += 60;
    restarted.pump();
    ASSERT_EQ(deliverer.calls.size(), 1);
    EXPECT_EQ(deliverer.calls.first().entry.idempotencyKey, queued.idempotencyKey);
    EXPECT_EQ(deliverer.calls.first().entry.attempts, 2);
    deliverer.answer(receipt(QStringLiteral("r1")));
    EXPECT_EQ(entry(queued.id).state, OutboxState::Sent);
    EXPECT_EQ(ownPosts(), 1);
}

TEST_F(Outbox, StoringTheSameReplyTwiceAfterALostAcknowledgementKeepsOnePost)
{
    // The reply was stored, then the process died before the entry was marked sent: the
    // network answers the repeated request with the same post.
    const OutboxEntry queued = queueReply();
    IngestBatch batch;
    Post own = ws->posts().post(item).value();
    own.remoteId = u"r1"_qs;
    own.kind = PostKind::Own;
    own.replyToRemoteId = u"m1"_qs;
    own.author = {0,  u"mastodon"_qs, u"brand-1"_qs, u"@brand@example.social"_qs, u"Brand"_qs, {},
                  {}, std::nullopt};
    batch.ownReplies.append({own, false});
    ASSERT_TRUE(ws->ingest().write(batch));
    deliverer.answer(receipt(QStringLiteral("r1")));
    EXPECT_EQ(entry(queued.id).state, OutboxState::Sent);
    EXPECT_EQ(ownPosts(), 1);
}

TEST_F(Outbox, ANetworkHearkenCannotPostToFailsWithAClearMessage)
{
    DeliveryEngine noNetworks(
        *ws, [](const Account&) -> Deliverer* { return nullptr; }, [this] { return now; });
    auto queued = noNetworks.send(world->reply(item, u"hello"_qs));
    ASSERT_TRUE(queued);
    const OutboxEntry failed = entry(queued->id);
    EXPECT_EQ(failed.state, OutboxState::Failed);
    // No provider delivers it, so none gives a label: the network is named by its id.
    EXPECT_TRUE(failed.lastError.contains(u"mastodon"_qs)) << failed.lastError.toStdString();
}

TEST_F(Outbox, ADeliveryAnsweredAfterTheEngineIsGoneChangesNothing)
{
    const OutboxEntry queued = queueReply();
    engine.reset();
    deliverer.answer(receipt(QStringLiteral("r1")));
    EXPECT_EQ(entry(queued.id).state, OutboxState::Sending);
}

TEST_F(Outbox, AReceiptWithoutAnIdStillStoresOneReplyUnderTheKey)
{
    const OutboxEntry queued = queueReply();
    deliverer.answer(DeliveryReceipt{{}, {}, 0});
    const OutboxEntry sent = entry(queued.id);
    EXPECT_EQ(sent.state, OutboxState::Sent);
    EXPECT_EQ(ownPosts(), 1);
    const auto thread = ws->posts().thread(item).value();
    const auto own = std::find_if(thread.cbegin(), thread.cend(),
                                  [](const ThreadEntry& e) { return e.post.isOwn(); });
    ASSERT_NE(own, thread.cend());
    EXPECT_EQ(own->post.remoteId, u"outbox-"_qs + queued.idempotencyKey);
    EXPECT_GE(own->post.createdAt, ws->posts().post(item).value().createdAt)
        << "never older than the item it answers";
}

TEST_F(Outbox, AnItemDeletedWhileItsReplyWasOnTheWayIsReportedNotCrashedOn)
{
    QSignalSpy failed(engine.get(), &DeliveryEngine::failed);
    const OutboxEntry queued = queueReply();
    ASSERT_TRUE(
        sql::exec(ws->database().connection(), u"DELETE FROM posts WHERE id = ?"_qs, {item}));
    deliverer.answer(receipt(QStringLiteral("r1")));
    EXPECT_GE(failed.size(), 1);
    EXPECT_FALSE(ws->outbox().entry(queued.id).value().has_value()) << "it went with its item";
}
