// SPDX-License-Identifier: GPL-3.0-or-later
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
    DeferredDeliverer::Made pending;
    int makes = 0;
    DeferredDeliverer deferred([&](DeferredDeliverer::Made made) {
        ++makes;
        pending = std::move(made);
    });
    QList<QString> answered;
    deferred.deliver(entryWithKey("a"), [&](const DeliveryOutcome& o) { answered << o->remoteId; });
    deferred.deliver(entryWithKey("b"), [&](const DeliveryOutcome& o) { answered << o->remoteId; });
    EXPECT_EQ(makes, 1);
    EXPECT_TRUE(answered.isEmpty());

    auto made = std::make_unique<AnsweringDeliverer>(DeliveryReceipt{u"42"_qs, {}, 0});
    AnsweringDeliverer* network = made.get();
    pending(std::move(made), {});
    EXPECT_EQ(network->keys, (QList<QString>{u"a"_qs, u"b"_qs}));
    EXPECT_EQ(answered, (QList<QString>{u"42"_qs, u"42"_qs}));
    deferred.deliver(entryWithKey("c"), [](const DeliveryOutcome&) {});
    EXPECT_EQ(makes, 1);
}

TEST(DeferredDeliverer, WithoutSecretsEntriesWaitForASignInAndTheNextOneTriesAgain)
{
    int makes = 0;
    DeferredDeliverer deferred([&](DeferredDeliverer::Made made) {
        ++makes;
        made(nullptr, u"No token is stored for this account; sign in again."_qs);
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
    DeferredDeliverer deferred([&](DeferredDeliverer::Made made) {
        ++makes;
        made(std::make_unique<AnsweringDeliverer>(tl::unexpected(signInNeeded())), {});
    });
    deferred.deliver(entryWithKey("a"), [](const DeliveryOutcome&) {});
    deferred.deliver(entryWithKey("a"), [](const DeliveryOutcome&) {});
    EXPECT_EQ(makes, 2);
}

TEST(DeferredDeliverer, AnAnswerAfterItIsGoneIsDropped)
{
    DeferredDeliverer::Made pending;
    bool answered = false;
    {
        DeferredDeliverer deferred(
            [&](DeferredDeliverer::Made made) { pending = std::move(made); });
        deferred.deliver(entryWithKey("a"), [&](const DeliveryOutcome&) { answered = true; });
    }
    pending(std::make_unique<AnsweringDeliverer>(DeliveryReceipt{}), {});
    EXPECT_FALSE(answered);
}
