// SPDX-License-Identifier: GPL-3.0-or-later
// The one builder of a workspace's services: on a team workspace a desk only queues replies
// and syncs nothing, while the service (and any runner of a workspace file) sends them.
#include "auth/memory_vault.h"
#include "composition/composition.h"
#include "providers/provider_registry.h"
#include "services/workspace_services.h"
#include "store/queue_query.h"
#include "store/sql.h"
#include "store/workspace.h"
#include "support/echo_provider.h"
#include "support/outbox_fixture.h"
#include "support/postgres_workspace.h"
#include "support/wait_for.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace hearken;
using namespace hearken::testing;

namespace {

using Runner = WorkspaceServices::Runner;

class WorkspaceServicesTest : public ::testing::TestWithParam<Engine> {
protected:
    void SetUp() override
    {
        ws = workspaceOn(GetParam());
        ASSERT_TRUE(ws);
        Account sample;
        sample.network = u"mastodon"_qs;
        sample.remoteId = u"brand"_qs;
        sample.handle = u"@brand@example.social"_qs;
        sample.isSample = true;
        const qint64 id = ws->accounts().saveAccount(sample, fixedNow).value();
        world = std::make_unique<OutboxWorld>(OutboxWorld{*ws, id, u"mastodon"_qs});
        item = world->item(u"m1"_qs, u"ana"_qs, u"Ana"_qs, u"Where is my parcel?"_qs);
    }

    std::unique_ptr<WorkspaceServices> services(Runner runner)
    {
        return std::make_unique<WorkspaceServices>(
            *ws, WorkspaceServices::Needs{
                     providers, std::nullopt, [] { return fixedNow; }, {}, {}, runner});
    }

    // Sends a reply through `runner`'s services and says whether it went out within a while.
    bool sentBy(Runner runner)
    {
        auto built = services(runner);
        built->outbox().start();
        auto queued = built->outbox().send(world->reply(item, u"It left today, Ana."_qs));
        EXPECT_TRUE(queued);
        return queued && spinUntil(
                             [&] {
                                 const auto now = ws->outbox().entry(queued->id).value();
                                 return now && now->state == OutboxState::Sent;
                             },
                             3000);
    }

    ProviderRegistry providers;
    std::unique_ptr<Workspace> ws;
    std::unique_ptr<OutboxWorld> world;
    qint64 item = 0;
};

TEST_P(WorkspaceServicesTest, TheServiceSendsWhatItIsGiven)
{
    EXPECT_TRUE(sentBy(Runner::Service));
}

TEST_P(WorkspaceServicesTest, ADeskSendsOnlyOnAWorkspaceFile)
{
    const bool team = GetParam() == Engine::Postgresql;
    EXPECT_EQ(services(Runner::Desk)->leftToService(), team);
    EXPECT_EQ(sentBy(Runner::Desk), !team);
    if (team) {
        const auto entries = ws->outbox().entries().value();
        ASSERT_EQ(entries.size(), 1);
        EXPECT_EQ(entries.first().state, OutboxState::Queued) << "left for the service";
        EXPECT_EQ(entries.first().attempts, 0);
    }
}

// A window closing (or a service stopping) while a reply is on its way lets go of its claim:
// another engine on the same workspace sends the reply at once, with the same key, instead of
// when the claim would have run out.
TEST_P(WorkspaceServicesTest, ServicesClosedMidDeliveryLetAnotherEngineSendAtOnce)
{
    auto closing = services(Runner::Service);
    closing->outbox().start();
    const auto queued = closing->outbox().send(world->reply(item, u"It left today, Ana."_qs));
    ASSERT_TRUE(queued);
    ASSERT_TRUE(closing->outbox().isDelivering(queued->id));
    closing.reset();

    auto next = services(Runner::Service);
    next->outbox().start();
    ASSERT_TRUE(spinUntil(
        [&] {
            const auto now = ws->outbox().entry(queued->id).value();
            return now && now->state == OutboxState::Sent;
        },
        3000))
        << "the closed services' claim still holds the reply";
    const auto sent = ws->outbox().entry(queued->id).value();
    EXPECT_EQ(sent->idempotencyKey, queued->idempotencyKey);
    EXPECT_EQ(sent->attempts, 2);
}

// `hearken sync` and `hearken serve` bring no triage of their own: the services label what
// they sync with the shipped classifier.
TEST_P(WorkspaceServicesTest, WithoutARunnersTriageSyncLabelsTheToneItself)
{
    auth::MemoryVault vault;
    Composition root{vault};
    auto echoes = std::make_unique<echo::Provider>();
    echoes->page = {u"This update is terrible. The app crashes every time I open it and "
                    u"support ignores me."_qs};
    root.providers().add(std::move(echoes));
    Account account;
    account.network = u"echo"_qs;
    account.remoteId = u"brand"_qs;
    account.handle = u"@brand.echo"_qs;
    const qint64 id = ws->accounts().saveAccount(account, fixedNow).value();
    WorkspaceServices built(*ws, {root.providers(),
                                  NetworkAccess{root.http(), root.vault(), root.nonces()},
                                  [] { return fixedNow; },
                                  {},
                                  {},
                                  Runner::Command});
    QSignalSpy finished(&built.sync(), &SyncEngine::accountFinished);
    built.sync().syncAccount(id);
    ASSERT_TRUE(spinUntil([&] { return !finished.isEmpty(); }, 5000));

    QueueFilter all;
    all.states.clear();
    const auto items = ws->queue().page(QueueQuery(all, fixedNow, {}), std::nullopt, 10).value();
    const auto synced = std::find_if(items.cbegin(), items.cend(), [](const QueueItem& queued) {
        return queued.network == u"echo";
    });
    ASSERT_NE(synced, items.cend());
    EXPECT_EQ(synced->triage.tone, Tone::Criticism);
    EXPECT_EQ(synced->triage.toneSource, ToneSource::Model);
}

INSTANTIATE_TEST_SUITE_P(BothEngines, WorkspaceServicesTest, bothEngines, engineName);

qint64 listedForSearch(Workspace& ws)
{
    auto listed =
        sql::exec(ws.database().connection(), u"SELECT count(*) FROM posts_search_pending"_qs);
    return listed ? sql::firstValue(*listed, qint64(-1)).value_or(-1) : -1;
}

// The posts an import left for the search indexer, and those a write adds later, are indexed
// once the workspace rests, batch by batch.
TEST(IdleSearchIndexing, IndexesWhatWaitsOnceTheWorkspaceRests)
{
    auto ws = memoryWorkspace();
    ASSERT_TRUE(ws);
    importSample(*ws, SearchIndexer::postsPerBatch + 500);
    ASSERT_GT(listedForSearch(*ws), SearchIndexer::postsPerBatch);
    ProviderRegistry providers;
    WorkspaceServices built(
        *ws, {providers, std::nullopt, [] { return fixedNow; }, {}, {}, Runner::Desk});
    EXPECT_TRUE(spinUntil([&] { return listedForSearch(*ws) == 0; }, 10'000));

    OutboxWorld world = OutboxWorld::create(*ws);
    world.item(u"late"_qs, u"ana"_qs, u"Ana"_qs, u"arrived while the window was open"_qs);
    EXPECT_EQ(listedForSearch(*ws), 1);
    EXPECT_TRUE(spinUntil([&] { return listedForSearch(*ws) == 0; }, 10'000));
}

} // namespace
