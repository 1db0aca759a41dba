// SPDX-License-Identifier: GPL-3.0-or-later
// Claims on outbox entries, on both engines: an entry one process claimed is not due for
// another until the claim runs out, only the claimant moves it on, and a claim that ran out
// is taken over with the same idempotency key. On PostgreSQL a claim passes over a row another
// transaction is claiming instead of waiting for it.
#include "support/outbox_store_fixture.h"

#include <QElapsedTimer>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace hearken;
using namespace hearken::testing;

namespace {

const QString serviceA = QStringLiteral("service A");
const QString serviceB = QStringLiteral("service B");

class OutboxClaims : public OutboxStoreTest {
protected:
    void SetUp() override
    {
        OutboxStoreTest::SetUp();
        entry = enqueue(u"On its way, Ana."_qs);
    }

    std::optional<OutboxEntry> claim(const QString& claimant, qint64 at, qint64 seconds = 60)
    {
        return OutboxStoreTest::claim(entry.id, claimant, at, seconds);
    }

    QList<qint64> dueIds(qint64 at)
    {
        QList<qint64> ids;
        const QList<OutboxEntry> due = ws->outbox().due(at).value();
        for (const OutboxEntry& e : due)
            ids << e.id;
        return ids;
    }

    OutboxEntry entry;
};

TEST_P(OutboxClaims, AClaimedEntryIsNotDueForAnotherProcessUntilItsClaimRunsOut)
{
    EXPECT_EQ(dueIds(fixedNow), QList<qint64>{entry.id});
    const auto mine = claim(serviceA, fixedNow);
    ASSERT_TRUE(mine);
    EXPECT_EQ(mine->state, OutboxState::Sending);
    EXPECT_EQ(mine->attempts, 1);

    EXPECT_TRUE(dueIds(fixedNow + 59).isEmpty());
    EXPECT_FALSE(claim(serviceB, fixedNow + 59)) << "service A's claim still holds";
    EXPECT_EQ(ws->outbox().nextAttemptAfter(fixedNow, serviceB).value(), fixedNow + 60);
    EXPECT_EQ(ws->outbox().nextAttemptAfter(fixedNow, serviceA).value(), std::nullopt)
        << "a claimant renews its own claims rather than waiting for them";

    // Service A died: its claim runs out, and service B sends the entry with the same key.
    EXPECT_EQ(dueIds(fixedNow + 60), QList<qint64>{entry.id});
    const auto taken = claim(serviceB, fixedNow + 60);
    ASSERT_TRUE(taken);
    EXPECT_EQ(taken->attempts, 2);
    EXPECT_EQ(taken->idempotencyKey, entry.idempotencyKey);
}

TEST_P(OutboxClaims, RenewingAClaimKeepsTheEntryWithItsClaimant)
{
    ASSERT_TRUE(claim(serviceA, fixedNow));
    ASSERT_TRUE(ws->outbox().renewClaims(serviceA, fixedNow + 120));
    ASSERT_TRUE(ws->outbox().renewClaims(serviceB, fixedNow + 500)) << "renews only its own";
    EXPECT_TRUE(dueIds(fixedNow + 119).isEmpty());
    EXPECT_EQ(ws->outbox().nextAttemptAfter(fixedNow, serviceB).value(), fixedNow + 120);
    EXPECT_EQ(dueIds(fixedNow + 120), QList<qint64>{entry.id});
}

TEST_P(OutboxClaims, OnlyTheClaimantMovesASendingEntryOn)
{
    ASSERT_TRUE(claim(serviceA, fixedNow));
    const DeliveryReceipt receipt{u"r1"_qs, u"https://example.social/@brand/r1"_qs, fixedNow};
    auto notMine = ws->outbox().markSent(entry.id, serviceB, receipt, fixedNow);
    ASSERT_FALSE(notMine);
    EXPECT_EQ(notMine.error().message, OutboxRepository::claimLost().message);
    EXPECT_FALSE(ws->outbox().requeue(entry.id, serviceB, fixedNow + 10, u"busy"_qs));
    EXPECT_FALSE(ws->outbox().markFailed(entry.id, serviceB, u"no"_qs, fixedNow));
    EXPECT_EQ(ws->outbox().entry(entry.id).value()->state, OutboxState::Sending);

    // A's claim ran out and B took the entry over: A's late answer leaves it to B.
    ASSERT_TRUE(claim(serviceB, fixedNow + 60));
    EXPECT_FALSE(ws->outbox().markSent(entry.id, serviceA, receipt, fixedNow + 61));
    ASSERT_TRUE(ws->outbox().markSent(entry.id, serviceB, receipt, fixedNow + 61));
    EXPECT_EQ(ws->outbox().entry(entry.id).value()->state, OutboxState::Sent);
    EXPECT_FALSE(claim(serviceA, fixedNow + 1000)) << "a sent entry is never claimed again";
}

TEST_P(OutboxClaims, ARequeuedEntryIsDueAgainForAnyProcessAtItsTime)
{
    ASSERT_TRUE(claim(serviceA, fixedNow));
    ASSERT_TRUE(ws->outbox().requeue(entry.id, serviceA, fixedNow + 30, u"server busy"_qs));
    EXPECT_TRUE(dueIds(fixedNow + 29).isEmpty());
    const auto again = claim(serviceB, fixedNow + 30);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->attempts, 2);
}

TEST_P(OutboxClaims, AnEntryLeftSendingBeforeClaimsExistedIsDueAtOnce)
{
    QSqlQuery query(ws->database().connection());
    ASSERT_TRUE(query.exec(u"UPDATE outbox SET state = 'sending', attempts = 1"_qs));
    EXPECT_EQ(dueIds(fixedNow), QList<qint64>{entry.id});
    const auto taken = claim(serviceA, fixedNow);
    ASSERT_TRUE(taken);
    EXPECT_EQ(taken->attempts, 2);
}

INSTANTIATE_TEST_SUITE_P(BothEngines, OutboxClaims, bothEngines, engineName);

TEST(OutboxClaimsOnPostgresql, AClaimPassesOverARowAnotherServiceIsClaimingInsteadOfWaiting)
{
    auto ws = workspaceOn(Engine::Postgresql);
    ASSERT_TRUE(ws);
    OutboxWorld world = OutboxWorld::create(*ws);
    const qint64 item = world.item(u"m1"_qs, u"ana"_qs, u"Ana"_qs, u"Hello?"_qs);
    const OutboxEntry entry =
        ws->outbox().enqueue(world.reply(item, u"Hi Ana"_qs), fixedNow).value();

    // Another service's claim, half way: its transaction holds the row.
    auto other = openWorkspace(ws->database().path());
    ASSERT_TRUE(other);
    QSqlQuery holding(other->database().connection());
    ASSERT_TRUE(holding.exec(u"BEGIN"_qs));
    ASSERT_TRUE(holding.exec(u"SELECT id FROM outbox FOR UPDATE"_qs));

    QElapsedTimer timer;
    timer.start();
    auto claimed = ws->outbox().claim(entry.id, {serviceA, fixedNow + 60}, fixedNow);
    ASSERT_TRUE(claimed) << claimed.error().message.toStdString();
    EXPECT_FALSE(*claimed);
    EXPECT_LT(timer.elapsed(), 2000) << "the claim waited for the other transaction";

    ASSERT_TRUE(holding.exec(u"ROLLBACK"_qs));
    auto afterwards = ws->outbox().claim(entry.id, {serviceA, fixedNow + 60}, fixedNow);
    ASSERT_TRUE(afterwards);
    EXPECT_TRUE(*afterwards);
}

} // namespace
