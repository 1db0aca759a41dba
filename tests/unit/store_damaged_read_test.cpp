// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/queue_query.h"
#include "store/report_repository.h"
#include "store/sql.h"
#include "support/damaged_file.h"
#include "support/workspace_fixture.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <limits>

using namespace hearken;

namespace {

// A workspace of a few thousand items with one page of the queue table (and of the reports'
// index of it) overwritten: it opens, and reading the queue runs into the damage part way
// through.
class DamagedWorkspace : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        {
            auto whole = hearken::testing::openWorkspace(path());
            ASSERT_TRUE(whole);
            hearken::testing::importSample(*whole, items);
        }
        hearken::testing::damageMiddleLeafOf(path(), QStringLiteral("queue"));
        // Reports read the items from the index that holds all their columns.
        hearken::testing::damageMiddleLeafOf(path(), QStringLiteral("queue_by_received"));
        ws = hearken::testing::openWorkspace(path());
        ASSERT_TRUE(ws);
    }

    QString path() const { return dir.filePath(QStringLiteral("damaged.hearken")); }

    void expectDamaged(const StoreError& error) const
    {
        EXPECT_EQ(error.kind, StoreError::Kind::Corrupt) << error.message.toStdString();
        EXPECT_EQ(error.message, damagedWorkspace(path(), QStringLiteral("database disk image "
                                                                         "is malformed"))
                                     .message);
    }

    static constexpr int items = 3000;
    QTemporaryDir dir;
    std::unique_ptr<Workspace> ws;
};

} // namespace

TEST_F(DamagedWorkspace, PagingTheQueueFailsInsteadOfEndingEarly)
{
    QueueFilter everything;
    everything.states.clear();
    const QueueQuery query(everything, hearken::testing::fixedNow, ResponseTargets{});
    std::optional<QueueCursor> after;
    qsizetype read = 0;
    for (;;) {
        auto page = ws->queue().page(query, after, 500);
        if (!page) {
            expectDamaged(page.error());
            break;
        }
        read += page->size();
        ASSERT_EQ(page->size(), 500)
            << "the queue ended after " << read << " of " << items << " items without an error";
        after = QueueRepository::cursorOf(page->last());
    }
    EXPECT_LT(read, items);
}

TEST_F(DamagedWorkspace, EveryRowWalkFailsAsDamaged)
{
    auto query = sql::exec(ws->database().connection(),
                           QStringLiteral("SELECT post_id, state FROM queue ORDER BY post_id"));
    ASSERT_TRUE(query) << query.error().message.toStdString();
    auto ids = sql::rows(*query, [](const QSqlQuery& row) { return row.value(0).toLongLong(); });
    ASSERT_FALSE(ids) << ids->size() << " rows read without an error";
    expectDamaged(ids.error());
}

TEST_F(DamagedWorkspace, ReportScanFailsAsDamaged)
{
    const ReportRepository reports(ws->database());
    qint64 seen = 0;
    auto scanned = reports.scanItems({}, {0, std::numeric_limits<qint64>::max()},
                                     [&seen](const ReportItemRow&) { return ++seen > 0; });
    ASSERT_FALSE(scanned) << seen << " rows read without an error";
    expectDamaged(scanned.error());
}
