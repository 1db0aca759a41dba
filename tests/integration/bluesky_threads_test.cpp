// SPDX-License-Identifier: GPL-3.0-or-later
// Bluesky threads and history on the reference network, synced into a real workspace: replies
// deep in the brand's threads with their chain, the kind of an item that names the brand, a
// backdated post, and a first sync of a history the brand partly answered from another app.
#include "auth/memory_vault.h"
#include "bluesky_network_fixture.h"
#include "providers/bluesky/bluesky_account_syncer.h"
#include "providers/bluesky/bluesky_chain_fetcher.h"
#include "providers/bluesky/bluesky_mapping.h"
#include "providers/bluesky/session_secrets.h"
#include "store/queue_query.h"
#include "support/workspace_fixture.h"
#include "sync/workspace_ledger.h"

#include <QTemporaryDir>

namespace hearken {
namespace {

using testing::await;
using testing::eventually;
using testing::now;

// A brand's workspace on disk and its account's syncer, as the sync engine runs it.
class BrandSync : public testing::BlueskyNetwork {
protected:
    void open(const char* who, bluesky::Fetcher::Limits limits)
    {
        workspace = testing::openWorkspace(dir.filePath(QStringLiteral("w.hearken")));
        ASSERT_TRUE(workspace);
        const bluesky::SessionGrant grant = signIn(who);
        account = accountFor(grant, 0);
        const auto id = workspace->accounts().saveAccount(account, now());
        ASSERT_TRUE(id.has_value());
        account.id = *id;
        ledger = std::make_unique<WorkspaceLedger>(*workspace, account.id, Classify());
        syncer = std::make_unique<bluesky::Syncer>(
            std::make_unique<bluesky::AtprotoSession>(transport, grant, nonces), account, limits);
    }

    SyncOutcome sync()
    {
        return await<SyncOutcome>([&](auto done) { syncer->sync(*ledger).then(done); }, 60'000);
    }

    // The queue's items by their post's URI.
    QHash<QString, QueueItem> items()
    {
        QHash<QString, QueueItem> byUri;
        const auto page = workspace->queue().page(
            QueueQuery(QueueFilter{}, now(), ResponseTargets{}), std::nullopt, 1000);
        EXPECT_TRUE(page.has_value());
        for (const QueueItem& item : page.value_or(QList<QueueItem>{})) {
            const auto post = workspace->posts().post(item.postId);
            EXPECT_TRUE(post.has_value());
            byUri.insert(post ? post->remoteId : QString(), item);
        }
        return byUri;
    }

    QTemporaryDir dir;
    std::unique_ptr<Workspace> workspace;
    Account account;
    std::unique_ptr<WorkspaceLedger> ledger;
    std::unique_ptr<bluesky::Syncer> syncer;
};

TEST_F(BrandSync, RepliesDeepInTheBrandsThreadArriveWithTheirChainFromTheRoot)
{
    open("dana", {.pageSize = 2});
    const SyncOutcome outcome = sync();
    ASSERT_EQ(outcome.kind, SyncOutcome::Kind::Ok) << outcome.message.toStdString();

    const QHash<QString, QueueItem> queue = items();
    // The AppView notified dana of the first three levels only; the rest come from the walk.
    for (const char* level : {"danaLevel3", "danaLevel5", "danaLevel6"}) {
        ASSERT_TRUE(queue.contains(net.postUri(level))) << level;
        EXPECT_EQ(queue.value(net.postUri(level)).kind, PostKind::Reply) << level;
    }
    // Six levels of replies and the reply that names her, each once (other tests add mentions
    // of dana outside the thread).
    int inThread = 0;
    for (const QueueItem& item : queue)
        inThread += workspace->posts().post(item.postId)->rootRemoteId == net.postUri("danaRoot");
    EXPECT_EQ(inThread, 7);

    // The deepest reply is shown in its conversation: dana's post, then every level.
    const auto thread = workspace->posts().thread(queue.value(net.postUri("danaLevel6")).postId);
    ASSERT_TRUE(thread.has_value()) << thread.error().message.toStdString();
    ASSERT_EQ(thread->size(), 7);
    EXPECT_EQ(thread->first().post.remoteId, net.postUri("danaRoot"));
    EXPECT_TRUE(thread->first().post.isOwn());
    EXPECT_EQ(thread->at(3).post.remoteId, net.postUri("danaLevel3"));
    EXPECT_EQ(thread->at(5).post.remoteId, net.postUri("danaLevel5"));
    EXPECT_TRUE(thread->last().isFocus);
    EXPECT_EQ(thread->last().post.remoteId, net.postUri("danaLevel6"));
}

TEST_F(BrandSync, AReplyOrAQuoteThatNamesTheBrandKeepsItsKind)
{
    open("dana", {});
    const SyncOutcome outcome = sync();
    ASSERT_EQ(outcome.kind, SyncOutcome::Kind::Ok) << outcome.message.toStdString();
    const QHash<QString, QueueItem> queue = items();
    // Both came with reason "mention": the AppView notifies each person once per post.
    ASSERT_TRUE(queue.contains(net.postUri("danaNamingReply")));
    EXPECT_EQ(queue.value(net.postUri("danaNamingReply")).kind, PostKind::Reply);
    ASSERT_TRUE(queue.contains(net.postUri("danaNamingQuote")));
    EXPECT_EQ(queue.value(net.postUri("danaNamingQuote")).kind, PostKind::Quote);
    EXPECT_TRUE(queue.value(net.postUri("danaNamingQuote"))
                    .text.contains(QLatin1String("We changed our opening hours.")));
}

TEST_F(BrandSync, APostDatedBeforeWhatWasSeenStillArrives)
{
    open("dana", {});
    const SyncOutcome first = sync();
    ASSERT_EQ(first.kind, SyncOutcome::Kind::Ok) << first.message.toStdString();

    // A client that backdates its post two hours: the AppView lists it below everything seen.
    bluesky::AtprotoSession carol(transport, signIn("carol"), nonces);
    const QString text = QStringLiteral("@dana.test found this old note of mine %1").arg(now());
    const auto created = post(
        carol, QStringLiteral("com.atproto.repo.createRecord"),
        QJsonObject{
            {QStringLiteral("repo"), carol.grant().did},
            {QStringLiteral("collection"), QStringLiteral("app.bsky.feed.post")},
            {QStringLiteral("record"),
             QJsonObject{
                 {QStringLiteral("$type"), QStringLiteral("app.bsky.feed.post")},
                 {QStringLiteral("text"), text},
                 {QStringLiteral("createdAt"),
                  QDateTime::currentDateTimeUtc().addSecs(-2 * 3600).toString(Qt::ISODateWithMs)},
                 {QStringLiteral("facets"),
                  QJsonArray{QJsonObject{
                      {QStringLiteral("index"), QJsonObject{{QStringLiteral("byteStart"), 0},
                                                            {QStringLiteral("byteEnd"), 10}}},
                      {QStringLiteral("features"),
                       QJsonArray{QJsonObject{{QStringLiteral("$type"),
                                               QStringLiteral("app.bsky.richtext.facet#mention")},
                                              {QStringLiteral("did"), account.remoteId}}}}}}},
             }}});
    ASSERT_TRUE(created.has_value()) << created.error().message.toStdString();
    const QString uri = created->value(QLatin1String("uri")).toString();

    EXPECT_TRUE(eventually([&] {
        const SyncOutcome next = sync();
        return next.kind == SyncOutcome::Kind::Ok && items().contains(uri);
    }));
    EXPECT_EQ(items().value(uri).text, text);
}

TEST_F(BrandSync, AFirstSyncShowsTheHistoryAnsweredFromAnotherAppAsAnswered)
{
    // One notification and one post a page: a history longer than any fixed page cap.
    open("erin", {.pageSize = 1});
    QList<SyncProgress> progress;
    QObject::connect(syncer.get(), &AccountSyncer::progress, syncer.get(),
                     [&](const SyncProgress& p) { progress.append(p); });
    const SyncOutcome outcome = sync();
    ASSERT_EQ(outcome.kind, SyncOutcome::Kind::Ok) << outcome.message.toStdString();
    ASSERT_FALSE(progress.isEmpty());
    EXPECT_EQ(progress.first().phase, QStringLiteral("backfill"));

    const QJsonObject history = net.seed.value(QLatin1String("erinHistory")).toObject();
    QSet<QString> answered;
    for (const QJsonValue& uri : history.value(QLatin1String("answered")).toArray())
        answered.insert(uri.toString());
    const QHash<QString, QueueItem> queue = items();
    EXPECT_EQ(queue.size(), history.value(QLatin1String("complaints")).toInt());
    int falseFlags = 0;
    int unanswered = 0;
    for (auto it = queue.cbegin(); it != queue.cend(); ++it) {
        const bool hasAnswer = it->facts.answeredAt.has_value();
        falseFlags += answered.contains(it.key()) && !hasAnswer;
        unanswered += !answered.contains(it.key()) && !hasAnswer;
        EXPECT_EQ(hasAnswer, answered.contains(it.key())) << it->text.toStdString();
    }
    EXPECT_EQ(falseFlags, 0);
    EXPECT_EQ(unanswered, int(queue.size() - answered.size()));

    // The next sync reads the last day again and changes nothing: no item, no history entry.
    const auto historyOf = [&](const QHash<QString, QueueItem>& items) {
        QHash<QString, int> entries;
        for (auto it = items.cbegin(); it != items.cend(); ++it)
            entries.insert(it.key(), int(workspace->posts().events(it->postId)->size()));
        return entries;
    };
    const QHash<QString, int> before = historyOf(queue);
    const SyncOutcome again = sync();
    ASSERT_EQ(again.kind, SyncOutcome::Kind::Ok) << again.message.toStdString();
    EXPECT_EQ(again.newItems, 0);
    EXPECT_EQ(historyOf(items()), before);
}

TEST_F(BrandSync, TheChainAboveAReplyIsFetchedFromTheRootAndStoredAsContext)
{
    open("dana", {});
    // Only the deepest reply is stored, as a notification would bring it.
    bluesky::AtprotoSession session(transport, signIn("dana"), nonces);
    const auto views = call(session, QStringLiteral("app.bsky.feed.getPosts"),
                            QUrlQuery{{QStringLiteral("uris"), net.postUri("danaLevel6")}});
    ASSERT_TRUE(views.has_value()) << views.error().message.toStdString();
    const auto deep =
        bluesky::postFromView(views->value(QLatin1String("posts")).toArray().first().toObject(),
                              account, PostKind::Reply);
    ASSERT_TRUE(deep.has_value());
    IngestBatch batch;
    InboundItem item;
    item.post = *deep;
    batch.items.append(item);
    const auto written = workspace->ingest().write(batch);
    ASSERT_TRUE(written.has_value());
    const qint64 itemId = written->newItemIds.value(0);
    ASSERT_EQ(workspace->posts().thread(itemId)->size(), 1);

    auth::MemoryVault vault;
    ASSERT_TRUE(await<bool>([&](auto done) {
        storeGrant(vault, session.grant(),
                   [done](const auth::VaultResult<void>& stored) { done(stored.has_value()); });
    }));
    bluesky::ChainFetcher chains({transport, vault, nonces});
    using Above = tl::expected<QList<Post>, QString>;
    const Above above = await<Above>(
        [&](auto done) { chains.fetch(account, *deep, [done](Above got) { done(got); }); });
    ASSERT_TRUE(above.has_value()) << above.error().toStdString();
    IngestBatch context;
    context.context = *above;
    ASSERT_TRUE(WorkspaceLedger(*workspace, account.id, {}).store(context).has_value());

    const auto thread = workspace->posts().thread(itemId);
    ASSERT_TRUE(thread.has_value());
    ASSERT_EQ(thread->size(), 7);
    EXPECT_EQ(thread->first().post.remoteId, net.postUri("danaRoot"));
    EXPECT_TRUE(thread->first().post.isOwn());
    // Cached, not queued: the chain is context, the queue holds the one item.
    EXPECT_EQ(items().size(), 1);

    Post gone = *deep;
    gone.remoteId = QStringLiteral("at://%1/app.bsky.feed.post/3zzzzzzzzzzzz").arg(net.did("bob"));
    const Above failed = await<Above>(
        [&](auto done) { chains.fetch(account, gone, [done](Above got) { done(got); }); });
    ASSERT_FALSE(failed.has_value());
    EXPECT_FALSE(failed.error().isEmpty());
}

} // namespace
} // namespace hearken
