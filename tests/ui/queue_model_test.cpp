// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui_test_support.h"
#include "inbox/queue_model.h"
#include "store/ingest_writer.h"
#include "workflow/queue_actions.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace hearken;
using namespace hearken::testing;

namespace {

QList<qint64> modelOrder(const QueueModel& model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.itemAt(row).postId);
    return ids;
}

class QueueModelTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ws = memoryWorkspace();
        ASSERT_TRUE(ws);
        importSample(*ws, 700);
        model = std::make_unique<QueueModel>(ws->queue(), ws->changes(),
                                             ws->settings().responseTargets().value(), fixedClock,
                                             NetworkNames());
        tester = testModel(*model);
    }

    QueueActions actions() { return QueueActions(ws->queue(), QStringLiteral("Ana"), fixedClock); }

    std::unique_ptr<Workspace> ws;
    std::unique_ptr<QueueModel> model;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

} // namespace

TEST_F(QueueModelTest, LoadsPagesLazilyInTheStoresOrder)
{
    model->setFilter(anyState());
    EXPECT_EQ(model->rowCount(), QueueModel::pageSize);
    EXPECT_TRUE(model->canFetchMore({}));
    model->fetchMore({});
    EXPECT_EQ(model->rowCount(), 2 * QueueModel::pageSize);
    fetchAll(*model);
    EXPECT_FALSE(model->canFetchMore({}));
    EXPECT_EQ(modelOrder(*model), storeOrder(*ws, anyState()));
}

TEST_F(QueueModelTest, StartsEmptyUntilTheViewAsks)
{
    QueueModel fresh(ws->queue(), ws->changes(), ws->settings().responseTargets().value(),
                     fixedClock, NetworkNames());
    EXPECT_EQ(fresh.rowCount(), 0);
    EXPECT_TRUE(fresh.canFetchMore({}));
    fresh.fetchMore({});
    EXPECT_EQ(fresh.rowCount(), QueueModel::pageSize);
}

TEST_F(QueueModelTest, MarkingOneItemDoneRemovesOnlyThatRow)
{
    model->setFilter(QueueFilter());
    const int before = model->rowCount();
    const qint64 id = model->itemAt(3).postId;
    QSignalSpy removed(model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);

    ASSERT_TRUE(actions().markDone({id}));

    ASSERT_EQ(removed.size(), 1);
    EXPECT_EQ(removed.at(0).at(1).toInt(), 3);
    EXPECT_EQ(removed.at(0).at(2).toInt(), 3);
    // Only author names may be shown again: its author's name may no longer be shared.
    for (const QList<QVariant>& change : std::as_const(changed)) {
        EXPECT_EQ(change.at(0).toModelIndex().column(), int(QueueColumn::Author));
        EXPECT_EQ(change.at(1).toModelIndex().column(), int(QueueColumn::Author));
    }
    EXPECT_EQ(inserted.size(), 0);
    EXPECT_EQ(reset.size(), 0);
    EXPECT_EQ(model->rowCount(), before - 1);
    EXPECT_EQ(model->rowOf(id), -1);
}

TEST_F(QueueModelTest, AChangeThatKeepsTheItemInViewChangesOnlyItsRow)
{
    model->setFilter(QueueFilter());
    const qint64 id = model->itemAt(5).postId;
    QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy moved(model.get(), &QAbstractItemModel::rowsMoved);
    auto teammates = ws->accounts().teammates();
    ASSERT_TRUE(teammates && !teammates->isEmpty());

    ASSERT_TRUE(actions().assign({id}, teammates->first().id, teammates->first().name));

    ASSERT_EQ(changed.size(), 1);
    EXPECT_EQ(changed.at(0).at(0).toModelIndex().row(), 5);
    EXPECT_EQ(changed.at(0).at(1).toModelIndex().row(), 5);
    EXPECT_EQ(moved.size(), 0);
    EXPECT_EQ(model->itemAt(5).assigneeName, teammates->first().name);
}

TEST_F(QueueModelTest, ATonePersonSetMovesTheRowToItsNewPlace)
{
    model->setFilter(anyState());
    fetchAll(*model);
    int last = model->rowCount() - 1;
    while (last > 0 && model->itemAt(last).facts.answeredAt)
        --last;
    const qint64 id = model->itemAt(last).postId;
    ASSERT_EQ(model->itemAt(last).rank, 3);
    QSignalSpy moved(model.get(), &QAbstractItemModel::rowsMoved);

    ASSERT_TRUE(actions().setTone({id}, Tone::Criticism));

    EXPECT_EQ(moved.size(), 1);
    EXPECT_EQ(modelOrder(*model), storeOrder(*ws, anyState()));
    const int row = model->rowOf(id);
    ASSERT_GE(row, 0);
    EXPECT_EQ(model->data(model->index(row, 0), ToneSourceRole).toInt(), int(ToneSource::Person));
}

TEST_F(QueueModelTest, StaysEqualToTheStoreWhileItemsChangeAndArrive)
{
    model->setFilter(QueueFilter());
    model->fetchMore({});
    auto act = actions();
    QList<qint64> some;
    for (int row = 0; row < model->rowCount(); row += 37)
        some.append(model->itemAt(row).postId);
    ASSERT_TRUE(act.markDone(some.mid(0, 3)));
    ASSERT_TRUE(act.setTone(some.mid(3, 3), Tone::Praise));
    ASSERT_TRUE(act.setQuestion(some.mid(6, 2), true));
    ASSERT_TRUE(act.snooze(some.mid(8, 2), fixedNow + 3600));
    auto undone = act.dismiss(some.mid(10));
    ASSERT_TRUE(undone);
    ASSERT_TRUE(act.undo(*undone));
    importSample(*ws, 150, 99);

    fetchAll(*model);
    EXPECT_EQ(modelOrder(*model), storeOrder(*ws, QueueFilter()));
}

TEST_F(QueueModelTest, NewItemsPastTheLoadedPagesWaitForTheirPage)
{
    model->setFilter(QueueFilter());
    const int loaded = model->rowCount();
    QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
    importSample(*ws, 100, 42);
    // Only arrivals that sort inside the loaded range are inserted now.
    EXPECT_LE(model->rowCount(), loaded + 100);
    fetchAll(*model);
    EXPECT_EQ(modelOrder(*model), storeOrder(*ws, QueueFilter()));
}

TEST_F(QueueModelTest, AQueueResetReloadsTheFirstPage)
{
    model->setFilter(QueueFilter());
    fetchAll(*model);
    QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);
    Q_EMIT ws->changes().queueReset();
    EXPECT_EQ(reset.size(), 1);
    EXPECT_EQ(model->rowCount(), QueueModel::pageSize);
}

TEST_F(QueueModelTest, SearchNarrowsTheRows)
{
    QueueFilter filter;
    filter.search = QStringLiteral("oat");
    model->setFilter(filter);
    const int all = int(storeOrder(*ws, QueueFilter()).size());
    fetchAll(*model);
    EXPECT_GT(model->rowCount(), 0);
    EXPECT_LT(model->rowCount(), all);
    EXPECT_EQ(modelOrder(*model), storeOrder(*ws, filter));
}

TEST_F(QueueModelTest, ShowsTheColumnsAManagerReads)
{
    model->setFilter(QueueFilter());
    const QModelIndex first = model->index(0, int(QueueColumn::Age));
    EXPECT_FALSE(model->data(first).toString().isEmpty());
    EXPECT_EQ(model->headerData(int(QueueColumn::Excerpt), Qt::Horizontal).toString(),
              QStringLiteral("Post"));
    const QueueItem& item = model->itemAt(0);
    EXPECT_EQ(item.rank, 0);
    EXPECT_TRUE(Flags(model->data(first, FlagsRole).toInt()).testFlag(Flag::UnansweredCriticism));
    EXPECT_EQ(model->data(model->index(0, int(QueueColumn::Excerpt))).toString(),
              item.text.simplified());
}

TEST_F(QueueModelTest, OverdueViewGainsItemsAsTimePasses)
{
    qint64 now = fixedNow;
    QueueModel overdue(
        ws->queue(), ws->changes(), ws->settings().responseTargets().value(),
        [&now] { return now; }, NetworkNames());
    QueueFilter filter;
    filter.flag = Flag::Overdue;
    overdue.setFilter(filter);
    fetchAll(overdue);
    const int before = overdue.rowCount();
    now += 2 * 24 * 3600;
    overdue.refreshTimes();
    fetchAll(overdue);
    EXPECT_GT(overdue.rowCount(), before);
    EXPECT_EQ(modelOrder(overdue).size(),
              ws->queue()
                  .count(QueueQuery(filter, now, ws->settings().responseTargets().value()))
                  .value());
}

TEST(QueueModelAuthors, AuthorsWhoShareADisplayNameAreShownWithTheirHandles)
{
    auto ws = memoryWorkspace();
    ASSERT_TRUE(ws);
    Account account;
    account.network = QStringLiteral("mastodon");
    account.remoteId = QStringLiteral("1");
    account.handle = QStringLiteral("@brand@x.y");
    const qint64 accountId = ws->accounts().saveAccount(account, fixedNow).value();
    const auto mention = [&](const QString& id, const QString& handle, const QString& name) {
        InboundItem item;
        item.post.accountId = accountId;
        item.post.network = account.network;
        item.post.remoteId = id;
        item.post.kind = PostKind::Mention;
        item.post.author.network = account.network;
        item.post.author.remoteId = handle;
        item.post.author.handle = handle;
        item.post.author.displayName = name;
        item.post.text = QStringLiteral("Hello");
        item.post.createdAt = fixedNow - 100 + id.toLongLong();
        return item;
    };
    IngestBatch batch;
    batch.items << mention(QStringLiteral("1"), QStringLiteral("@sam@one.social"), u"Sam"_qs)
                << mention(QStringLiteral("2"), QStringLiteral("@kim@one.social"), u"Kim"_qs)
                << mention(QStringLiteral("3"), QStringLiteral("@kim@one.social"), u"Kim"_qs);
    ASSERT_TRUE(ws->ingest().write(batch).has_value());
    QueueModel model(ws->queue(), ws->changes(), ws->settings().responseTargets().value(),
                     fixedClock, NetworkNames());
    const auto tester = testModel(model);
    model.setFilter(QueueFilter());
    const auto authors = [&model] {
        QStringList shown;
        for (int row = 0; row < model.rowCount(); ++row)
            shown << model.data(model.index(row, int(QueueColumn::Author))).toString();
        shown.sort();
        return shown;
    };
    // One author with two items is one author: the name alone says who it is.
    EXPECT_EQ(authors(), (QStringList{u"Kim"_qs, u"Kim"_qs, u"Sam"_qs}));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    IngestBatch other;
    other.items << mention(QStringLiteral("4"), QStringLiteral("@sam@two.social"), u"Sam"_qs);
    ASSERT_TRUE(ws->ingest().write(other).has_value());
    EXPECT_EQ(authors(), (QStringList{u"Kim"_qs, u"Kim"_qs, u"Sam (@sam@one.social)"_qs,
                                      u"Sam (@sam@two.social)"_qs}));
    EXPECT_FALSE(changed.isEmpty()); // the row already shown is painted again

    qint64 secondSam = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.itemAt(row).authorHandle == u"@sam@two.social")
            secondSam = model.itemAt(row).postId;
    }
    ASSERT_NE(secondSam, 0);
    ASSERT_TRUE(QueueActions(ws->queue(), u"Ana"_qs, fixedClock).markDone({secondSam}));
    EXPECT_EQ(authors(), (QStringList{u"Kim"_qs, u"Kim"_qs, u"Sam"_qs}));
}
