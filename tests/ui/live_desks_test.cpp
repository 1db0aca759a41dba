// SPDX-License-Identifier: GPL-3.0-or-later
// Two desks on one team workspace in one offscreen process, each with its own connection: what
// desk A does shows in desk B's queue and sidebar through the database's notifications, row by
// row (no reload), with B's selection kept.
#include "gui_test_support.h"
#include "inbox/queue_model.h"
#include "shell/queue_counter.h"
#include "shell/sidebar_model.h"
#include "store/remote_changes.h"
#include "support/postgres_environment.h"
#include "workflow/queue_actions.h"

#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

namespace hearken::testing {
namespace {

class LiveDesksTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        const QString uri = postgresEnvironment().freshWorkspaceDatabase();
        ASSERT_FALSE(uri.isEmpty());
        deskA = openWorkspace(uri);
        ASSERT_TRUE(deskA);
        importSample(*deskA, 60);
        deskB = openWorkspace(uri);
        ASSERT_TRUE(deskB);
        live = std::make_unique<RemoteChanges>(deskB->database(), deskB->changes());
        QSignalSpy listening(live.get(), &RemoteChanges::listening);
        live->start();
        ASSERT_TRUE(listening.wait(10'000));

        queue = std::make_unique<QueueModel>(deskB->queue(), deskB->changes(),
                                             deskB->settings().responseTargets().value(),
                                             fixedClock, NetworkNames());
        queueTester = testModel(*queue);
        fetchAll(*queue);
        counter = std::make_unique<QueueCounter>(*deskB, fixedClock);
        sidebar = std::make_unique<SidebarModel>(deskB->savedViews(), deskB->accounts(),
                                                 deskB->changes(), *counter, NetworkNames());
        const qint64 account = queue->itemAt(0).accountId;
        ASSERT_TRUE(
            QTest::qWaitFor([&] { return openCount(account) == storeOpenCount(account); }, 5000));
    }

    // The sidebar's row of an account, which shows its open items.
    QModelIndex accountRow(qint64 accountId) const
    {
        const QModelIndex accounts = sidebar->groupIndex(SidebarModel::Accounts);
        for (int row = 0; row < sidebar->rowCount(accounts); ++row) {
            const QModelIndex account = sidebar->index(row, 0, accounts);
            if (account.data(AccountIdRole).toLongLong() == accountId)
                return account;
        }
        return {};
    }
    // What B's sidebar shows beside an account, and what the store holds.
    qint64 openCount(qint64 accountId) const
    {
        return accountRow(accountId).data(CountRole).toLongLong();
    }
    qint64 storeOpenCount(qint64 accountId) const
    {
        return storeOrder(*deskA, *sidebar->filterAt(accountRow(accountId))).size();
    }

    std::unique_ptr<Workspace> deskA;
    std::unique_ptr<Workspace> deskB;
    std::unique_ptr<RemoteChanges> live;
    std::unique_ptr<QueueModel> queue;
    std::unique_ptr<QAbstractItemModelTester> queueTester;
    std::unique_ptr<QueueCounter> counter;
    std::unique_ptr<SidebarModel> sidebar;
};

TEST_F(LiveDesksTest, ItemDoneOnOneDeskLeavesTheOthersQueueRowByRowAndItsCountFollows)
{
    ASSERT_GE(queue->rowCount(), 3);
    const qint64 done = queue->itemAt(0).postId;
    const qint64 account = queue->itemAt(0).accountId;
    const qint64 selected = queue->itemAt(2).postId;
    QItemSelectionModel selection(queue.get());
    selection.setCurrentIndex(queue->index(2, 0), QItemSelectionModel::ClearAndSelect);
    const int rowsBefore = queue->rowCount();
    const qint64 countBefore = openCount(account);
    QSignalSpy reset(queue.get(), &QAbstractItemModel::modelReset);
    QSignalSpy removed(queue.get(), &QAbstractItemModel::rowsRemoved);

    QueueActions actions(deskA->queue(), QStringLiteral("ana"), fixedClock);
    ASSERT_TRUE(actions.markDone({done}).has_value());

    ASSERT_TRUE(QTest::qWaitFor([&] { return removed.count() > 0; }, 5000));
    EXPECT_EQ(queue->rowCount(), rowsBefore - 1);
    EXPECT_EQ(queue->rowOf(done), -1);
    EXPECT_EQ(reset.count(), 0);
    EXPECT_EQ(queue->itemAt(selection.currentIndex().row()).postId, selected);
    ASSERT_TRUE(QTest::qWaitFor([&] { return openCount(account) == countBefore - 1; }, 5000));
    EXPECT_EQ(openCount(account), storeOpenCount(account));
}

TEST_F(LiveDesksTest, AnAssignmentOnOneDeskChangesTheOthersRowInPlace)
{
    const qint64 item = queue->itemAt(1).postId;
    QSignalSpy reset(queue.get(), &QAbstractItemModel::modelReset);
    QSignalSpy changed(queue.get(), &QAbstractItemModel::dataChanged);

    QueueActions actions(deskA->queue(), QStringLiteral("ana"), fixedClock);
    const qint64 bo = deskA->accounts().teammate(QStringLiteral("Bo")).value();
    ASSERT_TRUE(actions.assign({item}, bo, QStringLiteral("Bo")).has_value());

    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            const int row = queue->rowOf(item);
            return row >= 0 && queue->itemAt(row).assigneeName == QStringLiteral("Bo");
        },
        5000));
    EXPECT_GT(changed.count(), 0);
    EXPECT_EQ(reset.count(), 0);
}

} // namespace
} // namespace hearken::testing
