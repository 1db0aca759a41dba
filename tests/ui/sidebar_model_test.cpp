// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui_test_support.h"
#include "shell/count_throttle.h"
#include "shell/queue_counter.h"
#include "shell/sidebar_model.h"
#include "workflow/queue_actions.h"

#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace hearken;
using namespace hearken::testing;

namespace {

qint64 storeCount(Workspace& ws, const QueueFilter& filter)
{
    auto counted =
        ws.queue().count(QueueQuery(filter, fixedNow, ws.settings().responseTargets().value()));
    EXPECT_TRUE(counted.has_value());
    return counted.value_or(-1);
}

bool countsMatchStore(SidebarModel& model, Workspace& ws)
{
    for (auto group : {SidebarModel::Views, SidebarModel::Accounts}) {
        const QModelIndex parent = model.groupIndex(group);
        for (int row = 0; row < model.rowCount(parent); ++row) {
            const QModelIndex leaf = model.index(row, 0, parent);
            const QVariant shown = leaf.data(CountRole);
            if (!shown.isValid() || shown.toLongLong() != storeCount(ws, *model.filterAt(leaf)))
                return false;
        }
    }
    return true;
}

class SidebarModelTest : public ::testing::Test {
protected:
    void open(std::unique_ptr<Workspace> workspace)
    {
        ws = std::move(workspace);
        ASSERT_TRUE(ws);
        importSample(*ws, 500);
        counter = std::make_unique<QueueCounter>(*ws, fixedClock);
        model = std::make_unique<SidebarModel>(ws->savedViews(), ws->accounts(), ws->changes(),
                                               *counter, NetworkNames());
        tester = testModel(*model);
    }

    std::unique_ptr<Workspace> ws;
    std::unique_ptr<QueueCounter> counter;
    std::unique_ptr<SidebarModel> model;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

} // namespace

TEST_F(SidebarModelTest, ListsTheSavedViewsAndAccountsWithTheirCounts)
{
    open(memoryWorkspace());
    ASSERT_EQ(model->rowCount(), 2);
    const QModelIndex views = model->groupIndex(SidebarModel::Views);
    ASSERT_EQ(model->rowCount(views), 8);
    EXPECT_EQ(model->index(0, 0, views).data().toString(), QStringLiteral("Needs attention"));
    EXPECT_EQ(model->index(7, 0, views).data().toString(), QStringLiteral("Dismissed"));
    EXPECT_EQ(model->rowCount(model->groupIndex(SidebarModel::Accounts)), 2);
    EXPECT_FALSE(model->flags(views).testFlag(Qt::ItemIsSelectable));

    ASSERT_TRUE(QTest::qWaitFor([&] { return countsMatchStore(*model, *ws); }, 5000));
}

TEST_F(SidebarModelTest, CountsFollowChangesCoalescedIntoFewRecounts)
{
    open(memoryWorkspace());
    ASSERT_TRUE(QTest::qWaitFor([&] { return countsMatchStore(*model, *ws); }, 5000));
    QSignalSpy recounts(model.get(), &SidebarModel::countsUpdated);
    QueueActions actions(ws->queue(), QStringLiteral("Ana"), fixedClock);
    const QList<qint64> open = storeOrder(*ws, QueueFilter());
    for (int i = 0; i < 20; ++i)
        ASSERT_TRUE(actions.markDone({open.at(i)}));

    ASSERT_TRUE(recounts.wait(5000));
    EXPECT_TRUE(countsMatchStore(*model, *ws));
    QTest::qWait(2 * CountThrottle::burstDelayMs);
    EXPECT_LE(recounts.size(), 2);
}

TEST_F(SidebarModelTest, SavingRenamingAndRemovingViewsUpdatesTheList)
{
    open(memoryWorkspace());
    QueueFilter praise;
    praise.tone = Tone::Praise;
    auto id = ws->savedViews().save(QStringLiteral("Kind words"), praise);
    ASSERT_TRUE(id);
    const QModelIndex views = model->groupIndex(SidebarModel::Views);
    ASSERT_EQ(model->rowCount(views), 9);
    const QModelIndex saved = model->indexOf(praise);
    ASSERT_TRUE(saved.isValid());
    EXPECT_EQ(saved.data().toString(), QStringLiteral("Kind words"));

    ASSERT_TRUE(ws->savedViews().rename(*id, QStringLiteral("Praise")));
    EXPECT_EQ(model->indexOf(praise).data().toString(), QStringLiteral("Praise"));
    ASSERT_TRUE(ws->savedViews().remove(*id));
    EXPECT_EQ(model->rowCount(views), 8);
    EXPECT_FALSE(model->indexOf(praise).isValid());
    ASSERT_TRUE(QTest::qWaitFor([&] { return countsMatchStore(*model, *ws); }, 5000));
}

TEST_F(SidebarModelTest, CountsAWorkspaceFileInAWorkerThread)
{
    QTemporaryDir dir;
    open(openWorkspace(dir.filePath(QStringLiteral("counts.hearken"))));
    ASSERT_TRUE(QTest::qWaitFor([&] { return countsMatchStore(*model, *ws); }, 5000));
    QueueActions actions(ws->queue(), QStringLiteral("Ana"), fixedClock);
    ASSERT_TRUE(actions.dismiss(storeOrder(*ws, QueueFilter()).mid(0, 5)));
    ASSERT_TRUE(QTest::qWaitFor([&] { return countsMatchStore(*model, *ws); }, 5000));
}

TEST_F(SidebarModelTest, StaysConsistentWhileItemsArriveAndTheQueueResets)
{
    open(memoryWorkspace());
    importSample(*ws, 120, 31);
    ASSERT_TRUE(QTest::qWaitFor([&] { return countsMatchStore(*model, *ws); }, 5000));
    QSignalSpy recounts(model.get(), &SidebarModel::countsUpdated);
    Q_EMIT ws->changes().queueReset();
    ASSERT_TRUE(recounts.wait(5000));
    EXPECT_TRUE(countsMatchStore(*model, *ws));
}

TEST_F(SidebarModelTest, AnAccountRowShowsThatAccountsOpenItems)
{
    open(memoryWorkspace());
    const QModelIndex first = model->index(0, 0, model->groupIndex(SidebarModel::Accounts));
    const auto filter = model->filterAt(first);
    ASSERT_TRUE(filter);
    EXPECT_EQ(filter->accountId, first.data(AccountIdRole).toLongLong());
    EXPECT_EQ(filter->states, QList<ItemState>{ItemState::Open});
    EXPECT_FALSE(first.data(Qt::DecorationRole).isNull());
}
