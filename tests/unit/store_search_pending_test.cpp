// SPDX-License-Identifier: GPL-3.0-or-later
// Search indexing off the ingest path: what the ingest writer lists for the indexer is found
// by the search before it is indexed exactly as after, edits and deletions of listed posts
// leave the contentless index whole, and what a run leaves listed is indexed by the next.
#include "store/search_indexer.h"
#include "store/sql.h"
#include "support/outbox_fixture.h"
#include "support/postgres_workspace.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace hearken;
using namespace hearken::testing;

namespace {

QList<qint64> found(Workspace& ws, const QString& words)
{
    QueueFilter filter;
    filter.states.clear();
    filter.search = words;
    auto page = ws.queue().page(QueueQuery(filter, fixedNow, {}), std::nullopt, 5000);
    EXPECT_TRUE(page.has_value()) << words.toStdString();
    QList<qint64> ids;
    for (const QueueItem& item : page.value_or(QList<QueueItem>()))
        ids.append(item.postId);
    std::sort(ids.begin(), ids.end());
    return ids;
}

qint64 scalar(Workspace& ws, const QString& statement, const QVariantList& binds = {})
{
    auto query = sql::exec(ws.database().connection(), statement, binds);
    EXPECT_TRUE(query.has_value()) << query.error().message.toStdString();
    return query ? sql::firstValue(*query, qint64(-1)).value_or(-1) : -1;
}

qint64 listed(Workspace& ws)
{
    return scalar(ws, QStringLiteral("SELECT count(*) FROM posts_search_pending"));
}

// Whether the index itself (not the list) holds the post for these words.
bool indexed(Workspace& ws, qint64 postId, const QString& words)
{
    return scalar(ws,
                  QStringLiteral("SELECT count(*) FROM posts_search WHERE posts_search MATCH ? "
                                 "AND rowid = ?"),
                  {Dialect::of(Engine::Sqlite).searchQuery(words), postId}) == 1;
}

// FTS5 finds a contentless index damaged when it was told to forget values it never held.
void expectIndexWhole(Workspace& ws)
{
    EXPECT_TRUE(sql::exec(ws.database().connection(),
                          QStringLiteral("INSERT INTO posts_search (posts_search) VALUES "
                                         "('integrity-check')")));
}

class SearchBeforeIndexing : public ::testing::TestWithParam<Engine> {
protected:
    void SetUp() override
    {
        ws = workspaceOn(GetParam());
        ASSERT_TRUE(ws);
        world = std::make_unique<OutboxWorld>(OutboxWorld::create(*ws));
    }
    bool sqlite() const { return GetParam() == Engine::Sqlite; }

    std::unique_ptr<Workspace> ws;
    std::unique_ptr<OutboxWorld> world;
};

} // namespace

TEST_P(SearchBeforeIndexing, FindsAJustIngestedPostByAccentCasePrefixAndAuthor)
{
    const qint64 id = world->item(u"1"_qs, u"zoe"_qs, u"Zoë Ångström"_qs,
                                  u"Der Kaffee in Zürich war köstlich, it's true"_qs);
    world->item(u"2"_qs, u"bo"_qs, u"Bo"_qs, u"Tea in Bern"_qs);
    if (sqlite()) {
        EXPECT_EQ(listed(*ws), 2);
    }
    const QList<std::pair<QString, QList<qint64>>> searches = {
        {u"ZURICH"_qs, {id}},     {u"zür"_qs, {id}},       {u"KÖST"_qs, {id}},
        {u"kaffee zur"_qs, {id}}, {u"zoe"_qs, {id}},       {u"@angstr"_qs, {id}},
        {u"it's"_qs, {id}},       {u"kaffee "_qs, {id}},   {u"kaff "_qs, {}},
        {u"zurichs"_qs, {}},      {u"kaffee bern"_qs, {}},
    };
    for (const auto& [words, ids] : searches)
        EXPECT_EQ(found(*ws, words), ids) << words.toStdString() << " before indexing";
    EXPECT_EQ(ws->searchIndexer().indexAll().value(), sqlite() ? 2 : 0);
    if (sqlite()) {
        EXPECT_EQ(listed(*ws), 0);
        EXPECT_TRUE(indexed(*ws, id, u"zurich"_qs));
    }
    for (const auto& [words, ids] : searches)
        EXPECT_EQ(found(*ws, words), ids) << words.toStdString() << " after indexing";
}

TEST_P(SearchBeforeIndexing, EditsOfListedAndIndexedPostsKeepTheSearchExact)
{
    const qint64 id = world->item(u"1"_qs, u"ana"_qs, u"Ana"_qs, u"alpha words"_qs);
    world->item(u"1"_qs, u"ana"_qs, u"Ana"_qs, u"beta words"_qs);
    EXPECT_EQ(found(*ws, u"alpha"_qs), QList<qint64>());
    EXPECT_EQ(found(*ws, u"beta"_qs), QList<qint64>{id});
    ASSERT_TRUE(ws->searchIndexer().indexAll());
    world->item(u"1"_qs, u"ana"_qs, u"Ana"_qs, u"gamma words"_qs);
    EXPECT_EQ(found(*ws, u"beta"_qs), QList<qint64>());
    EXPECT_EQ(found(*ws, u"gamma"_qs), QList<qint64>{id});
    ASSERT_TRUE(ws->searchIndexer().indexAll());
    EXPECT_EQ(found(*ws, u"beta"_qs), QList<qint64>());
    EXPECT_EQ(found(*ws, u"gamma"_qs), QList<qint64>{id});
    if (sqlite())
        expectIndexWhole(*ws);
}

TEST_P(SearchBeforeIndexing, RenamingTheAuthorOfListedPostsKeepsTheSearchExact)
{
    const qint64 indexedPost = world->item(u"1"_qs, u"ana"_qs, u"Ana Alvarez"_qs, u"one"_qs);
    ASSERT_TRUE(ws->searchIndexer().indexAll());
    const qint64 listedPost = world->item(u"2"_qs, u"ana"_qs, u"Ana Alvarez"_qs, u"two"_qs);
    const qint64 renamedPost = world->item(u"3"_qs, u"ana"_qs, u"Ana Bravo"_qs, u"three"_qs);
    const QList<qint64> all{indexedPost, listedPost, renamedPost};
    EXPECT_EQ(found(*ws, u"bravo"_qs), all);
    EXPECT_EQ(found(*ws, u"alvarez"_qs), QList<qint64>());
    ASSERT_TRUE(ws->searchIndexer().indexAll());
    EXPECT_EQ(found(*ws, u"bravo"_qs), all);
    EXPECT_EQ(found(*ws, u"alvarez"_qs), QList<qint64>());
    if (sqlite())
        expectIndexWhole(*ws);
}

TEST_P(SearchBeforeIndexing, RemovingAnAccountWithListedPostsLeavesTheIndexWhole)
{
    world->item(u"1"_qs, u"ana"_qs, u"Ana"_qs, u"indexed words"_qs);
    ASSERT_TRUE(ws->searchIndexer().indexAll());
    world->item(u"2"_qs, u"bo"_qs, u"Bo"_qs, u"listed words"_qs);
    ASSERT_TRUE(ws->accounts().removeAccount(world->accountId));
    EXPECT_EQ(found(*ws, u"words"_qs), QList<qint64>());
    if (sqlite()) {
        EXPECT_EQ(listed(*ws), 0);
        expectIndexWhole(*ws);
    }
}

INSTANTIATE_TEST_SUITE_P(BothEngines, SearchBeforeIndexing, bothEngines, engineName);

TEST(SearchIndexer, TheSearchFindsTheSameBeforeAndAfterIndexing)
{
    auto ws = memoryWorkspace();
    ASSERT_TRUE(ws);
    OutboxWorld world = OutboxWorld::create(*ws);
    // What FTS5's tokenizer folds (Latin accents, also as combining marks) and what it keeps
    // (Greek accents, other marks, words of CJK letters, emoji as separators).
    const QStringList texts = {
        u"Crème brûlée at the CAFÉ"_qs, u"Cafe\u0301s open late"_qs, u"σοφία and ΣΟΦΊΑ"_qs,
        u"日本語テキスト review"_qs,    u"emoji😀word mixes"_qs,      u"İstanbul Ǻngström ḗx"_qs,
        u"don't stop, it's fine"_qs,    u"x\u0305y bar q_r-s"_qs,    u"!!! ??? ..."_qs,
    };
    for (qsizetype i = 0; i < texts.size(); ++i)
        world.item(u"odd-"_qs + QString::number(i), u"p"_qs + QString::number(i), u"Zoë"_qs,
                   texts[i]);
    importSample(*ws, 2000);
    const QStringList searches = {
        u"ZURICH"_qs,   u"coffee"_qs,   u"order subscrip"_qs, u"lumen"_qs, u"creme brul"_qs,
        u"café"_qs,     u"cafes"_qs,    u"cafe"_qs,           u"σοφια"_qs, u"σοφία"_qs,
        u"日本"_qs,     u"日本語 "_qs,  u"emoji"_qs,          u"word "_qs, u"istanbul"_qs,
        u"angstrom"_qs, u"ex"_qs,       u"it's"_qs,           u"it s"_qs,  u"don"_qs,
        u"xy"_qs,       u"x\u0305y"_qs, u"q r s"_qs,          u"!!!"_qs,   u"!!! fine"_qs,
        u"zoe"_qs,      u"@zo"_qs,      u"thanks"_qs,         u"th"_qs,    u"a"_qs,
    };
    QList<QList<qint64>> before;
    for (const QString& words : searches)
        before.append(found(*ws, words));
    ASSERT_GT(listed(*ws), 2000);
    ASSERT_TRUE(ws->searchIndexer().indexAll());
    ASSERT_EQ(listed(*ws), 0);
    int nonEmpty = 0;
    for (qsizetype i = 0; i < searches.size(); ++i) {
        EXPECT_EQ(found(*ws, searches[i]), before[i]) << searches[i].toStdString();
        nonEmpty += !before[i].isEmpty();
    }
    EXPECT_GT(nonEmpty, 20);
}

// Every Latin letter with accents, and every combining mark, folded by both: the search before
// indexing finds what FTS5 finds for each plain letter.
TEST(SearchIndexer, FoldsLatinLettersAndMarksAsTheIndexDoes)
{
    auto ws = memoryWorkspace();
    ASSERT_TRUE(ws);
    const OutboxWorld world = OutboxWorld::create(*ws);
    IngestBatch batch;
    const auto add = [&](char32_t c) {
        InboundItem item;
        item.post.accountId = world.accountId;
        item.post.network = world.network;
        item.post.remoteId = QString::number(c);
        item.post.author.network = world.network;
        item.post.author.remoteId = u"ana"_qs;
        item.post.author.handle = u"ana"_qs;
        item.post.text = u"qq"_qs + QString::fromUcs4(&c, 1) + u"qq"_qs;
        batch.items.append(item);
    };
    for (char32_t c = 0xc0; c <= 0x24f; ++c)
        add(c);
    for (char32_t c = 0x300; c <= 0x36f; ++c)
        add(c);
    for (char32_t c = 0x1e00; c <= 0x1eff; ++c)
        add(c);
    ASSERT_TRUE(ws->ingest().write(batch));
    QStringList searches{u"qqqq "_qs};
    for (char16_t c = u'a'; c <= u'z'; ++c)
        searches.append(u"qq"_qs + QChar(c) + u"qq "_qs);
    QList<QList<qint64>> before;
    for (const QString& words : searches)
        before.append(found(*ws, words));
    ASSERT_TRUE(ws->searchIndexer().indexAll());
    qsizetype matches = 0;
    for (qsizetype i = 0; i < searches.size(); ++i) {
        EXPECT_EQ(found(*ws, searches[i]), before[i]) << searches[i].toStdString();
        matches += before[i].size();
    }
    EXPECT_GT(matches, 500);
}

TEST(SearchIndexer, WhatARunLeavesListedIsFoundAndIndexedByTheNext)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(u"w.hearken"_qs);
    QList<qint64> ids;
    {
        auto ws = openWorkspace(path);
        ASSERT_TRUE(ws);
        OutboxWorld world = OutboxWorld::create(*ws);
        for (const QString& n : {u"1"_qs, u"2"_qs, u"3"_qs})
            ids.append(world.item(n, u"ana"_qs, u"Ana"_qs, u"parcel number "_qs + n));
    }
    {
        auto ws = openWorkspace(path);
        ASSERT_TRUE(ws);
        EXPECT_EQ(found(*ws, u"parcel"_qs), ids);
        EXPECT_EQ(listed(*ws), 3);
        // A batch is taken off the list whole, oldest first, and the next one resumes.
        EXPECT_EQ(ws->searchIndexer().indexBatch(2).value(), 2);
        EXPECT_EQ(listed(*ws), 1);
        EXPECT_TRUE(indexed(*ws, ids[0], u"parcel"_qs));
        EXPECT_TRUE(indexed(*ws, ids[1], u"parcel"_qs));
        EXPECT_FALSE(indexed(*ws, ids[2], u"parcel"_qs));
        EXPECT_EQ(found(*ws, u"parcel"_qs), ids);
    }
    auto ws = openWorkspace(path);
    ASSERT_TRUE(ws);
    EXPECT_EQ(ws->searchIndexer().indexAll().value(), 1);
    EXPECT_EQ(listed(*ws), 0);
    for (qint64 id : ids)
        EXPECT_TRUE(indexed(*ws, id, u"parcel"_qs));
    EXPECT_EQ(found(*ws, u"parcel"_qs), ids);
    expectIndexWhole(*ws);
}
