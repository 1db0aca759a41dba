// SPDX-License-Identifier: GPL-3.0-or-later
// Two sync engines on one workspace, as two services would run them: on PostgreSQL one syncs
// an account and the other passes it over until the first stops; on SQLite both sync, as the
// window and `hearken sync` always did.
#include "domain/callback_answer.h"
#include "store/workspace.h"
#include "support/postgres_workspace.h"
#include "support/workspace_fixture.h"
#include "sync/sync_engine.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace hearken;
using namespace hearken::testing;

namespace {

const QString fakeNetwork = QStringLiteral("fake");

// An engine whose factory counts the syncers it was asked for and never answers: asking is
// what deciding to sync an account looks like from outside.
struct CountingEngine {
    explicit CountingEngine(Workspace& workspace)
        : engine(
              workspace, [](IngestBatch&) {}, [] { return fixedNow; })
    {
        engine.setFactory(fakeNetwork, [this](const Account&, QObject* context) {
            ++asked;
            return neverMade(context);
        });
        engine.setIntervals(3'600'000, 3'600'000);
    }

    QCoro::Task<SyncEngine::Made> neverMade(QObject* context)
    {
        co_await CallbackAnswer<bool>(context, false, [](auto) {});
        co_return tl::unexpected(QString());
    }

    SyncEngine engine;
    int asked = 0;
};

void addAccount(Workspace& workspace)
{
    Account account;
    account.network = fakeNetwork;
    account.remoteId = u"brand"_qs;
    account.handle = u"brand"_qs;
    ASSERT_TRUE(workspace.accounts().saveAccount(account, fixedNow));
}

TEST(SyncLocks, OnATeamWorkspaceOneEngineSyncsAnAccountAndAnotherTakesOverWhenItStops)
{
    auto first = workspaceOn(Engine::Postgresql);
    ASSERT_TRUE(first);
    addAccount(*first);
    auto second = openWorkspace(first->database().path());
    ASSERT_TRUE(second);

    auto a = std::make_unique<CountingEngine>(*first);
    CountingEngine b(*second);
    QSignalSpy elsewhere(&b.engine, &SyncEngine::syncedElsewhere);
    a->engine.syncAll();
    EXPECT_EQ(a->asked, 1);
    b.engine.syncAll();
    b.engine.syncNewAccounts();
    EXPECT_EQ(b.asked, 0) << "the account's lock is the first engine's";
    EXPECT_EQ(elsewhere.size(), 1) << "said once";

    a.reset();
    b.engine.syncNewAccounts();
    EXPECT_EQ(b.asked, 1) << "the first engine stopped: its lock went with it";
}

TEST(SyncLocks, OnASqliteWorkspaceEveryProcessSyncsAsBefore)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"w.hearken"_qs);
    auto first = openWorkspace(path);
    ASSERT_TRUE(first);
    addAccount(*first);
    auto second = openWorkspace(path);
    ASSERT_TRUE(second);

    CountingEngine a(*first);
    CountingEngine b(*second);
    a.engine.syncAll();
    b.engine.syncAll();
    EXPECT_EQ(a.asked, 1);
    EXPECT_EQ(b.asked, 1);
}

} // namespace
