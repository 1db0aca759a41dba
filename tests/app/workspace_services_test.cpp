// SPDX-License-Identifier: GPL-3.0-or-later
// The one builder of a workspace's services: on a team workspace a desk only queues replies
// and syncs nothing, while the service (and any runner of a workspace file) sends them.
#include "providers/provider_registry.h"
#include "services/workspace_services.h"
#include "store/workspace.h"
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

INSTANTIATE_TEST_SUITE_P(BothEngines, WorkspaceServicesTest, bothEngines, engineName);

} // namespace
