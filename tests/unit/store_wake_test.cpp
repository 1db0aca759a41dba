// SPDX-License-Identifier: GPL-3.0-or-later
// Waking many snoozed items at once (a workspace opened after days away) asks views to
// reload instead of patching thousands of rows one by one.
#include "store/ingest_writer.h"
#include "store/sql.h"
#include "support/postgres_workspace.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace hearken;
using hearken::testing::fixedNow;

namespace {

IngestBatch snoozedItems(qint64 accountId, int count)
{
    IngestBatch batch;
    for (int i = 0; i < count; ++i) {
        InboundItem item;
        item.post.accountId = accountId;
        item.post.network = QStringLiteral("mastodon");
        item.post.remoteId = QStringLiteral("snoozed-%1").arg(i);
        item.post.author.network = QStringLiteral("mastodon");
        item.post.author.remoteId = QStringLiteral("fan-%1").arg(i % 50);
        item.post.author.handle = QStringLiteral("@fan%1@x.y").arg(i % 50);
        item.post.text = QStringLiteral("later please");
        item.post.createdAt = fixedNow - 10'000 + i;
        item.state = ItemState::Snoozed;
        item.snoozedUntil = fixedNow - 60;
        batch.items << item;
    }
    return batch;
}

qint64 openItems(Workspace& ws)
{
    auto query = sql::exec(ws.database().connection(),
                           QStringLiteral("SELECT count(*) FROM queue WHERE state = 'open'"));
    return query ? sql::firstValue(*query, qint64(0)).value_or(-1) : -1;
}

class WakeSnoozed : public ::testing::TestWithParam<Engine> {
protected:
    void SetUp() override
    {
        ws = hearken::testing::workspaceOn(GetParam());
        ASSERT_TRUE(ws);
        accountId = ws->accounts().saveAccount(hearken::testing::brandAccount(), fixedNow).value();
    }

    std::unique_ptr<Workspace> ws;
    qint64 accountId = 0;
};

} // namespace

TEST_P(WakeSnoozed, ManyWokenItemsAskViewsToReload)
{
    ASSERT_TRUE(ws->ingest().write(snoozedItems(accountId, 2500)).has_value());
    QSignalSpy changed(&ws->changes(), &ChangeNotifier::itemsChanged);
    QSignalSpy reset(&ws->changes(), &ChangeNotifier::queueReset);

    auto woken = ws->queue().wakeSnoozed(fixedNow);
    ASSERT_TRUE(woken.has_value()) << woken.error().message.toStdString();
    EXPECT_EQ(woken->size(), 2500);
    EXPECT_EQ(openItems(*ws), 2500);
    EXPECT_EQ(reset.size(), 1);
    EXPECT_EQ(changed.size(), 0);
}

TEST_P(WakeSnoozed, AFewWokenItemsArePatchedInPlace)
{
    ASSERT_TRUE(ws->ingest().write(snoozedItems(accountId, 3)).has_value());
    QSignalSpy changed(&ws->changes(), &ChangeNotifier::itemsChanged);
    QSignalSpy reset(&ws->changes(), &ChangeNotifier::queueReset);

    ASSERT_TRUE(ws->queue().wakeSnoozed(fixedNow).has_value());
    ASSERT_EQ(changed.size(), 1);
    EXPECT_EQ(changed[0][0].value<QList<qint64>>().size(), 3);
    EXPECT_EQ(reset.size(), 0);
}

INSTANTIATE_TEST_SUITE_P(BothEngines, WakeSnoozed, hearken::testing::bothEngines,
                         hearken::testing::engineName);
