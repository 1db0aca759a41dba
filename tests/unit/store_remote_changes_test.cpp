// SPDX-License-Identifier: GPL-3.0-or-later
// Live changes between two desks of one team workspace on a real PostgreSQL: what desk A does
// reaches desk B's notifier through the database's notifications, with exactly the post ids,
// once; a rolled-back change tells nobody; a payload Hearken cannot read is ignored; and the
// listener subscribes again after the server went away and came back, and hears what comes next.
#include "domain/ingest_batch.h"
#include "store/remote_changes.h"
#include "store/sql.h"
#include "store/transaction.h"
#include "store/workspace.h"
#include "support/postgres_cluster.h"
#include "support/postgres_environment.h"
#include "support/wait_for.h"
#include "support/workspace_fixture.h"
#include "workflow/queue_actions.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace hearken::testing {
namespace {

using Ids = QList<qint64>;

// How long a notification that should not come is waited for.
constexpr int quietMs = 300;

class RemoteChangesTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        const QString uri = postgresEnvironment().freshWorkspaceDatabase();
        ASSERT_FALSE(uri.isEmpty());
        open(uri);
    }

    // Desk A with sample items; desk B, which listens.
    void open(const QString& uri)
    {
        deskA = openWorkspace(uri);
        ASSERT_TRUE(deskA);
        importSample(*deskA, 20);
        deskB = openWorkspace(uri);
        ASSERT_TRUE(deskB);
        live = std::make_unique<RemoteChanges>(deskB->database(), deskB->changes(),
                                               std::chrono::milliseconds(200));
        QSignalSpy listening(live.get(), &RemoteChanges::listening);
        live->start();
        ASSERT_TRUE(listening.wait(10'000));
    }

    Ids openItems(int count)
    {
        const auto page =
            deskA->queue().page(QueueQuery({}, fixedNow, {}), std::nullopt, count).value();
        Ids ids;
        for (const QueueItem& item : page)
            ids.append(item.postId);
        std::sort(ids.begin(), ids.end());
        return ids;
    }

    // Waits for the first signal on `spy`; then for a while more, so that a second one would
    // show.
    static bool arrives(QSignalSpy& spy)
    {
        const bool arrived = spinUntil([&spy] { return spy.count() > 0; });
        QTest::qWait(quietMs);
        return arrived;
    }

    static Ids idsOf(const QSignalSpy& spy, int signal = 0)
    {
        return spy.at(signal).at(0).value<Ids>();
    }

    std::unique_ptr<Workspace> deskA;
    std::unique_ptr<Workspace> deskB;
    std::unique_ptr<RemoteChanges> live;
};

TEST(ChangePayload, ReadsKindsAndIdsAndRefusesAnythingElse)
{
    const auto items = parseChangePayload(QStringLiteral("items:3,14,15"));
    ASSERT_TRUE(items);
    EXPECT_EQ(items->kind, QStringLiteral("items"));
    EXPECT_EQ(items->ids, (Ids{3, 14, 15}));
    EXPECT_FALSE(items->reset);
    EXPECT_TRUE(parseChangePayload(QStringLiteral("reset")).value().reset);
    for (const char* malformed : {"", "items", "items:", "items:3,,4", "items:3,x", "items:-2",
                                  "gossip:3", ":3", "reset:1", "items:99999999999999999999"})
        EXPECT_FALSE(parseChangePayload(QString::fromLatin1(malformed))) << malformed;
}

TEST_F(RemoteChangesTest, DoneOnOneDeskReachesTheOtherWithExactlyItsPostIds)
{
    const Ids done = openItems(3).mid(0, 2);
    QSignalSpy changed(&deskB->changes(), &ChangeNotifier::itemsChanged);
    QueueActions actions(deskA->queue(), QStringLiteral("ana"), [] { return fixedNow; });
    ASSERT_TRUE(actions.markDone(done).has_value());

    ASSERT_TRUE(arrives(changed));
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(idsOf(changed), done);
}

TEST_F(RemoteChangesTest, AnAssignmentANoteAndAQueuedReplyReachTheOtherDesk)
{
    const qint64 item = openItems(1).value(0);
    QSignalSpy changed(&deskB->changes(), &ChangeNotifier::itemsChanged);
    QSignalSpy notes(&deskB->changes(), &ChangeNotifier::notesChanged);
    QSignalSpy outbox(&deskB->changes(), &ChangeNotifier::outboxChanged);

    QueueActions actions(deskA->queue(), QStringLiteral("ana"), [] { return fixedNow; });
    const qint64 bo = deskA->accounts().teammate(QStringLiteral("Bo")).value();
    ASSERT_TRUE(actions.assign({item}, bo, QStringLiteral("Bo")).has_value());
    ASSERT_TRUE(arrives(changed));
    EXPECT_EQ(idsOf(changed), Ids{item});

    ASSERT_TRUE(deskA->notes().add(item, QStringLiteral("ana"), QStringLiteral("VIP"), fixedNow));
    ASSERT_TRUE(arrives(notes));
    ASSERT_EQ(notes.count(), 1);
    EXPECT_EQ(notes.at(0).at(0).toLongLong(), item);

    OutboxDraft draft;
    draft.accountId = deskA->queue()
                          .page(QueueQuery({}, fixedNow, {}), std::nullopt, 1)
                          .value()
                          .value(0)
                          .accountId;
    draft.targetPostId = item;
    draft.text = QStringLiteral("We are on it.");
    draft.actor = QStringLiteral("ana");
    ASSERT_TRUE(deskA->outbox().enqueue(draft, fixedNow).has_value());
    ASSERT_TRUE(arrives(outbox));
    ASSERT_EQ(outbox.count(), 1);
    EXPECT_EQ(idsOf(outbox), Ids{item});
}

TEST_F(RemoteChangesTest, ANewItemWrittenByAnIngestReachesTheOtherDesk)
{
    const Ids before = openItems(100);
    QSignalSpy changed(&deskB->changes(), &ChangeNotifier::itemsChanged);
    InboundItem inbound;
    inbound.post.accountId = deskA->queue()
                                 .page(QueueQuery({}, fixedNow, {}), std::nullopt, 1)
                                 .value()
                                 .value(0)
                                 .accountId;
    inbound.post.network = QStringLiteral("mastodon");
    inbound.post.remoteId = QStringLiteral("live-1");
    inbound.post.kind = PostKind::Mention;
    inbound.post.author.network = QStringLiteral("mastodon");
    inbound.post.author.remoteId = QStringLiteral("live-fan");
    inbound.post.author.handle = QStringLiteral("@fan@live.example");
    inbound.post.text = QStringLiteral("Is the shop open on Sunday?");
    inbound.post.createdAt = fixedNow;
    IngestBatch batch;
    batch.items << inbound;
    const auto written = deskA->ingest().write(batch);
    ASSERT_TRUE(written.has_value()) << written.error().message.toStdString();
    ASSERT_EQ(written->newItemIds.size(), 1);

    ASSERT_TRUE(arrives(changed));
    EXPECT_EQ(idsOf(changed), Ids{written->newItemIds.first()});
    EXPECT_FALSE(before.contains(written->newItemIds.first()));
}

TEST_F(RemoteChangesTest, TheDeskThatActedIsNotToldAgain)
{
    RemoteChanges ownLive(deskA->database(), deskA->changes());
    QSignalSpy listening(&ownLive, &RemoteChanges::listening);
    ownLive.start();
    ASSERT_TRUE(listening.wait(10'000));
    const qint64 item = openItems(1).value(0);
    QSignalSpy own(&deskA->changes(), &ChangeNotifier::itemsChanged);
    QSignalSpy other(&deskB->changes(), &ChangeNotifier::itemsChanged);

    QueueActions actions(deskA->queue(), QStringLiteral("ana"), [] { return fixedNow; });
    ASSERT_TRUE(actions.markDone({item}).has_value());

    ASSERT_TRUE(arrives(other));
    // Announced once, by the repository that made the change.
    EXPECT_EQ(own.count(), 1);
}

TEST_F(RemoteChangesTest, ARolledBackChangeTellsNobody)
{
    const Ids items = openItems(2);
    QSignalSpy changed(&deskB->changes(), &ChangeNotifier::itemsChanged);
    {
        Transaction abandoned(deskA->database().connection());
        ASSERT_TRUE(abandoned.isActive());
        ASSERT_TRUE(sql::exec(deskA->database().connection(),
                              QStringLiteral("UPDATE queue SET state = 'done' WHERE post_id = ?"),
                              {items.at(0)}));
    }
    QueueActions actions(deskA->queue(), QStringLiteral("ana"), [] { return fixedNow; });
    ASSERT_TRUE(actions.markDone({items.at(1)}).has_value());

    ASSERT_TRUE(arrives(changed));
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(idsOf(changed), Ids{items.at(1)});
}

TEST_F(RemoteChangesTest, APayloadHearkenCannotReadIsIgnored)
{
    QSignalSpy changed(&deskB->changes(), &ChangeNotifier::itemsChanged);
    QSignalSpy reset(&deskB->changes(), &ChangeNotifier::queueReset);
    for (const char* payload : {"items:12,x", "gossip:1", "items"})
        ASSERT_TRUE(sql::exec(deskA->database().connection(),
                              QStringLiteral("SELECT pg_notify('hearken_changes', ?)"),
                              {QString::fromLatin1(payload)}));
    ASSERT_TRUE(sql::exec(deskA->database().connection(),
                          QStringLiteral("SELECT pg_notify('hearken_changes', 'items:7')")));

    ASSERT_TRUE(arrives(changed));
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(idsOf(changed), Ids{7});
    EXPECT_EQ(reset.count(), 0);
}

TEST_F(RemoteChangesTest, AStatementPastTheLimitSendsOneReset)
{
    QSignalSpy changed(&deskB->changes(), &ChangeNotifier::itemsChanged);
    QSignalSpy reset(&deskB->changes(), &ChangeNotifier::queueReset);
    ASSERT_TRUE(sql::exec(deskA->database().connection(),
                          QStringLiteral("SELECT hearken_notify_changes('items', "
                                         "array(SELECT generate_series(1, 3000)::bigint))")));

    ASSERT_TRUE(arrives(reset));
    EXPECT_EQ(reset.count(), 1);
    EXPECT_EQ(changed.count(), 0);
}

TEST_F(RemoteChangesTest, ALongListIsSplitBelowThePayloadLimit)
{
    QSignalSpy changed(&deskB->changes(), &ChangeNotifier::itemsChanged);
    // 1,500 ids of 13 digits: about 21,000 bytes, three notifications' worth.
    ASSERT_TRUE(sql::exec(deskA->database().connection(),
                          QStringLiteral("SELECT hearken_notify_changes('items', "
                                         "array(SELECT 1000000000000 + generate_series(1, "
                                         "1500)::bigint))")));

    ASSERT_TRUE(arrives(changed));
    ASSERT_EQ(changed.count(), 1);
    const Ids ids = idsOf(changed);
    ASSERT_EQ(ids.size(), 1500);
    EXPECT_EQ(ids.first(), 1000000000001);
    EXPECT_EQ(ids.last(), 1000000001500);
}

// A server of the test's own, which the test stops and starts again.
TEST(RemoteChangesReconnect, SubscribesAgainAfterTheServerCameBackReloadsOnceAndHearsNewChanges)
{
    QString error;
    auto cluster = PostgresCluster::start(error);
    ASSERT_TRUE(cluster) << error.toStdString();
    ASSERT_TRUE(cluster->run(QStringLiteral("CREATE DATABASE brand"), error))
        << error.toStdString();
    const QString uri = cluster->uri(QStringLiteral("brand"));
    auto deskA = openWorkspace(uri);
    ASSERT_TRUE(deskA);
    importSample(*deskA, 5);
    auto deskB = openWorkspace(uri);
    ASSERT_TRUE(deskB);
    RemoteChanges live(deskB->database(), deskB->changes(), std::chrono::milliseconds(200));
    QSignalSpy listening(&live, &RemoteChanges::listening);
    QSignalSpy lost(&live, &RemoteChanges::lost);
    QSignalSpy reset(&deskB->changes(), &ChangeNotifier::queueReset);
    live.start();
    ASSERT_TRUE(listening.wait(10'000));

    ASSERT_TRUE(cluster->stop(error)) << error.toStdString();
    ASSERT_TRUE(spinUntil([&] { return lost.count() == 1; }));
    ASSERT_TRUE(cluster->startAgain(error)) << error.toStdString();
    ASSERT_TRUE(spinUntil([&] { return listening.count() == 2; }, 20'000));
    EXPECT_TRUE(listening.at(1).at(0).toBool());
    EXPECT_EQ(reset.count(), 1);

    // And what desk A writes once it is connected again reaches desk B as before.
    QSignalSpy changed(&deskB->changes(), &ChangeNotifier::itemsChanged);
    ASSERT_TRUE(deskA->database().reconnect().has_value());
    importSample(*deskA, 3, 8);
    ASSERT_TRUE(changed.wait(5'000));
}

} // namespace
} // namespace hearken::testing
