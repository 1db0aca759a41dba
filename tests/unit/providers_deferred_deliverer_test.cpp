// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/callback_answer.h"
#include "providers/deferred_deliverer.h"

#include <QList>

#include <gtest/gtest.h>

using namespace hearken;

namespace {

// Answers every entry with what the test says, and counts what it was asked.
class AnsweringDeliverer : public Deliverer {
public:
    explicit AnsweringDeliverer(DeliveryOutcome answer)
        : m_answer(std::move(answer))
    {}
    void deliver(const OutboxEntry& entry, Done done) override
    {
        keys.append(entry.idempotencyKey);
        done(m_answer);
    }
    QList<QString> keys;

private:
    DeliveryOutcome m_answer;
};

OutboxEntry entryWithKey(const char* key)
{
    OutboxEntry entry;
    entry.idempotencyKey = QString::fromLatin1(key);
    return entry;
}

// A make whose answer the test gives when it likes, through `answer`.
QCoro::Task<DeferredDeliverer::Made>
answeredLater(QObject* context, std::function<void(DeferredDeliverer::Made)>& answer)
{
    co_return co_await CallbackAnswer<DeferredDeliverer::Made>(
        context, tl::unexpected(u"gone"_qs), [&answer](auto reply) { answer = std::move(reply); });
}

// A make that answers at once.
QCoro::Task<DeferredDeliverer::Made> answeredNow(DeferredDeliverer::Made made)
{
    co_return made;
}

DeliveryFailure signInNeeded()
{
    DeliveryFailure failure;
    failure.kind = DeliveryFailure::Kind::SignInNeeded;
    failure.message = u"The access token is invalid"_qs;
    return failure;
}

} // namespace

TEST(DeferredDeliverer, EntriesWaitUntilTheDelivererIsMadeThenGoOutInOrder)
{
    std::function<void(DeferredDeliverer::Made)> pending;
    int makes = 0;
    DeferredDeliverer deferred([&](QObject* context) {
        ++makes;
        return answeredLater(context, pending);
    });
    QList<QString> answered;
    deferred.deliver(entryWithKey("a"), [&](const DeliveryOutcome& o) { answered << o->remoteId; });
    deferred.deliver(entryWithKey("b"), [&](const DeliveryOutcome& o) { answered << o->remoteId; });
    EXPECT_EQ(makes, 1);
    EXPECT_TRUE(answered.isEmpty());

    auto made = std::make_shared<AnsweringDeliverer>(DeliveryReceipt{u"42"_qs, {}, 0});
    AnsweringDeliverer* network = made.get();
    pending(made);
    EXPECT_EQ(network->keys, (QList<QString>{u"a"_qs, u"b"_qs}));
    EXPECT_EQ(answered, (QList<QString>{u"42"_qs, u"42"_qs}));
    deferred.deliver(entryWithKey("c"), [](const DeliveryOutcome&) {});
    EXPECT_EQ(makes, 1);
}

TEST(DeferredDeliverer, WithoutSecretsEntriesWaitForASignInAndTheNextOneTriesAgain)
{
    int makes = 0;
    DeferredDeliverer deferred([&](QObject*) {
        ++makes;
        return answeredNow(
            tl::unexpected(u"No token is stored for this account; sign in again."_qs));
    });
    std::optional<DeliveryOutcome> outcome;
    deferred.deliver(entryWithKey("a"), [&](const DeliveryOutcome& o) { outcome = o; });
    ASSERT_TRUE(outcome && !*outcome);
    EXPECT_EQ(outcome->error().kind, DeliveryFailure::Kind::SignInNeeded);
    EXPECT_EQ(outcome->error().message, u"No token is stored for this account; sign in again.");
    deferred.deliver(entryWithKey("a"), [](const DeliveryOutcome&) {});
    EXPECT_EQ(makes, 2);
}

TEST(DeferredDeliverer, ASignInTheNetworkRefusesMakesTheNextEntryReadTheSecretsAgain)
{
    int makes = 0;
    DeferredDeliverer deferred([&](QObject*) {
        ++makes;
        return answeredNow(std::make_shared<AnsweringDeliverer>(tl::unexpected(signInNeeded())));
    });
    deferred.deliver(entryWithKey("a"), [](const DeliveryOutcome&) {});
    deferred.deliver(entryWithKey("a"), [](const DeliveryOutcome&) {});
    EXPECT_EQ(makes, 2);
}

TEST(DeferredDeliverer, OneDestroyedWhileItsDelivererIsMadeEndsWithoutAnswering)
{
    std::function<void(DeferredDeliverer::Made)> pending;
    bool answered = false;
    {
        DeferredDeliverer deferred(
            [&](QObject* context) { return answeredLater(context, pending); });
        deferred.deliver(entryWithKey("a"), [&](const DeliveryOutcome&) { answered = true; });
        ASSERT_TRUE(pending);
    }
    auto late = std::make_shared<AnsweringDeliverer>(DeliveryReceipt{});
    pending(late);
    EXPECT_FALSE(answered);
    EXPECT_TRUE(late->keys.isEmpty()) << "nothing is sent through a deliverer made too late";
}

// A deliverer still sending when the deferred one goes: its answer goes to nobody.
TEST(DeferredDeliverer, OneDestroyedWhileItsEntryIsSentEndsWithoutAnswering)
{
    Deliverer::Done sending;
    class HoldingDeliverer : public Deliverer {
    public:
        explicit HoldingDeliverer(Done& held)
            : m_held(held)
        {}
        void deliver(const OutboxEntry&, Done done) override { m_held = std::move(done); }

    private:
        Done& m_held;
    };
    bool answered = false;
    {
        DeferredDeliverer deferred(
            [&](QObject*) { return answeredNow(std::make_shared<HoldingDeliverer>(sending)); });
        deferred.deliver(entryWithKey("a"), [&](const DeliveryOutcome&) { answered = true; });
        ASSERT_TRUE(sending);
    }
    sending(DeliveryReceipt{u"1"_qs, {}, 0});
    EXPECT_FALSE(answered);
}
