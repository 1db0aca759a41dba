// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/database.h"
#include "store/queue_query.h"
#include "store/sql.h"
#include "support/postgres_workspace.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace hearken;
using hearken::testing::fixedNow;

namespace {

QList<QueueItem> allPages(Workspace& ws, const QueueFilter& filter, int pageSize)
{
    const QueueQuery query(filter, fixedNow, ws.settings().responseTargets().value());
    QList<QueueItem> items;
    std::optional<QueueCursor> after;
    for (;;) {
        auto page = ws.queue().page(query, after, pageSize);
        EXPECT_TRUE(page.has_value());
        if (!page || page->isEmpty())
            return items;
        items += *page;
        after = QueueRepository::cursorOf(page->last());
    }
}

class QueueStore : public ::testing::TestWithParam<Engine> {
protected:
    void SetUp() override
    {
        ws = hearken::testing::workspaceOn(GetParam());
        ASSERT_TRUE(ws);
        hearken::testing::importSample(*ws, 2000);
        // The search before indexing is tested in store_search_pending_test.cpp.
        ASSERT_TRUE(ws->searchIndexer().indexAll());
    }
    std::unique_ptr<Workspace> ws;
};

} // namespace

TEST_P(QueueStore, PagesCoverEveryMatchingItemOnceInAttentionOrder)
{
    QueueFilter everything;
    everything.states.clear();
    const QList<QueueItem> items = allPages(*ws, everything, 97);
    ASSERT_EQ(items.size(), 2000);
    QSet<qint64> seen;
    for (qsizetype i = 0; i < items.size(); ++i) {
        EXPECT_FALSE(seen.contains(items[i].postId));
        seen.insert(items[i].postId);
        if (i > 0) {
            const auto& a = items[i - 1];
            const auto& b = items[i];
            EXPECT_LE(std::tuple(a.rank, a.facts.receivedAt),
                      std::tuple(b.rank, b.facts.receivedAt));
        }
    }
}

TEST_P(QueueStore, RankMatchesTheDomainRuleForEveryRow)
{
    QueueFilter everything;
    everything.states.clear();
    for (const QueueItem& item : allPages(*ws, everything, 500))
        EXPECT_EQ(item.rank, attentionRank(item.facts)) << item.postId;
}

TEST_P(QueueStore, EveryFlagFilterAgreesWithTheDomainRules)
{
    QueueFilter everything;
    everything.states.clear();
    const QList<QueueItem> all = allPages(*ws, everything, 500);
    const ResponseTargets targets = ws->settings().responseTargets().value();
    for (Flag flag : {Flag::UnansweredCriticism, Flag::UnansweredQuestion, Flag::UnthankedPraise,
                      Flag::Overdue}) {
        QSet<qint64> expected;
        for (const QueueItem& item : all) {
            if (flagsOf(item.facts, fixedNow, targets).testFlag(flag))
                expected.insert(item.postId);
        }
        QueueFilter filter = everything;
        filter.flag = flag;
        QSet<qint64> actual;
        for (const QueueItem& item : allPages(*ws, filter, 300))
            actual.insert(item.postId);
        EXPECT_FALSE(expected.isEmpty()) << flagName(flag).toStdString();
        EXPECT_EQ(actual, expected) << flagName(flag).toStdString();
    }
}

TEST_P(QueueStore, CountAgreesWithPagesForEachFilter)
{
    QList<QueueFilter> filters;
    QueueFilter f;
    filters << f;
    f.network = QStringLiteral("bluesky");
    filters << f;
    f = {};
    f.tone = Tone::Praise;
    filters << f;
    f = {};
    f.assigneeId = 0;
    filters << f;
    f = {};
    f.states = {ItemState::Done, ItemState::Dismissed};
    filters << f;
    for (const QueueFilter& filter : filters) {
        const QueueQuery query(filter, fixedNow, {});
        EXPECT_EQ(ws->queue().count(query).value(), allPages(*ws, filter, 250).size());
    }
}

TEST_P(QueueStore, SearchIgnoresAccentsAndCaseAndMatchesPrefixes)
{
    QueueFilter filter;
    filter.states.clear();
    filter.search = QStringLiteral("ZURICH");
    const auto accentless = allPages(*ws, filter, 100);
    ASSERT_FALSE(accentless.isEmpty());
    for (const QueueItem& item : accentless)
        EXPECT_TRUE(item.text.contains(QStringLiteral("Zürich"))) << item.text.toStdString();
    filter.search = QStringLiteral("Zür");
    EXPECT_EQ(allPages(*ws, filter, 100).size(), accentless.size());
}

// Every page of a search read with `plan`, whichever plan the repository would choose.
QList<qint64> searchPagesBy(Workspace& ws, const QueueFilter& filter, SearchPlan plan)
{
    const QueueQuery query(filter, fixedNow, ws.settings().responseTargets().value());
    const Dialect& dialect = Dialect::of(ws.database().engine());
    QList<qint64> ids;
    std::optional<QueueCursor> after;
    for (;;) {
        const SqlStatement page = query.page(dialect, after, 70, plan);
        auto rows = sql::exec(ws.database().connection(), page.text, page.binds);
        EXPECT_TRUE(rows.has_value());
        if (!rows)
            return ids;
        QueueCursor last;
        qsizetype read = 0;
        while (rows->next()) {
            last = {rows->value(19).toInt(), rows->value(8).toLongLong(),
                    rows->value(0).toLongLong()};
            ids.append(last.postId);
            ++read;
        }
        if (read == 0)
            return ids;
        after = last;
    }
}

TEST_P(QueueStore, BothSearchPlansFindTheSameItemsInTheSameOrder)
{
    QList<QueueFilter> filters;
    QueueFilter f;
    f.states.clear();
    for (const QString& words :
         {QStringLiteral("ZURICH"), QStringLiteral("coffee"), QStringLiteral("order subscrip")}) {
        f.search = words;
        filters << f;
    }
    f = {};
    f.search = QStringLiteral("lumen");
    f.tone = Tone::Praise;
    filters << f;
    for (const QueueFilter& filter : filters) {
        const QList<qint64> fromMatches = searchPagesBy(*ws, filter, SearchPlan::FromMatches);
        EXPECT_FALSE(fromMatches.isEmpty()) << filter.search.toStdString();
        EXPECT_EQ(searchPagesBy(*ws, filter, SearchPlan::InQueueOrder), fromMatches)
            << filter.search.toStdString();
        EXPECT_EQ(ws->queue().count(QueueQuery(filter, fixedNow, {})).value(), fromMatches.size())
            << filter.search.toStdString();
        // The ids of a change are checked against the search one by one.
        const QList<qint64> changed = fromMatches.mid(0, 40) + QList<qint64>{0, -1};
        const auto matched = ws->queue().matching(QueueQuery(filter, fixedNow, {}), changed);
        ASSERT_TRUE(matched.has_value());
        QList<qint64> checked;
        for (const QueueItem& item : *matched)
            checked.append(item.postId);
        EXPECT_EQ(checked, fromMatches.mid(0, 40)) << filter.search.toStdString();
    }
}

TEST_P(QueueStore, SearchTakesFtsSyntaxLiterally)
{
    QueueFilter filter;
    filter.search = QStringLiteral("\"unbalanced AND ( NEAR");
    const QueueQuery query(filter, fixedNow, {});
    EXPECT_TRUE(ws->queue().count(query).has_value());
    const Dialect& dialect = Dialect::of(GetParam());
    const bool sqlite = GetParam() == Engine::Sqlite;
    EXPECT_EQ(dialect.searchQuery(QStringLiteral("@ana  #coffee ")),
              sqlite ? QStringLiteral("\"ana\" \"coffee\"") : QStringLiteral("'ana' & 'coffee'"));
    EXPECT_EQ(dialect.searchQuery(QStringLiteral("cold bre")),
              sqlite ? QStringLiteral("\"cold\" \"bre\"*") : QStringLiteral("'cold' & 'bre':*"));
    EXPECT_EQ(dialect.searchQuery(QStringLiteral("it's")),
              sqlite ? QStringLiteral("\"it's\"*") : QStringLiteral("'it''s':*"));
}

TEST_P(QueueStore, MatchingReturnsOnlyIdsThatPassTheFilter)
{
    QueueFilter open;
    const QueueQuery query(open, fixedNow, {});
    QueueFilter everything;
    everything.states.clear();
    QList<qint64> ids;
    int openCount = 0;
    for (const QueueItem& item : allPages(*ws, everything, 500)) {
        if (ids.size() == 1200)
            break;
        ids.append(item.postId);
        openCount += item.facts.state == ItemState::Open;
    }
    const auto matched = ws->queue().matching(query, ids);
    ASSERT_TRUE(matched.has_value());
    EXPECT_EQ(matched->size(), openCount);
    for (const QueueItem& item : *matched)
        EXPECT_EQ(item.facts.state, ItemState::Open);
}

INSTANTIATE_TEST_SUITE_P(BothEngines, QueueStore, hearken::testing::bothEngines,
                         hearken::testing::engineName);

TEST(SearchIndex, KeepsItsPendingListSmallOnPostgresql)
{
    // A search reads the whole pending list of new entries of the GIN index; at the default
    // 4 MB that was 500 pages read by every search after an import.
    auto ws = hearken::testing::workspaceOn(Engine::Postgresql);
    ASSERT_TRUE(ws);
    auto options = sql::exec(ws->database().connection(),
                             QStringLiteral("SELECT array_to_string(reloptions, ',') FROM pg_class "
                                            "WHERE relname = 'posts_search_words'"));
    ASSERT_TRUE(options.has_value());
    EXPECT_EQ(sql::firstValue(*options, QString()).value(),
              QStringLiteral("gin_pending_list_limit=256"));
}
