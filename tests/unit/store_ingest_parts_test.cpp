// SPDX-License-Identifier: GPL-3.0-or-later
// A batch written in parts: our replies are committed with the items they answer, so that no
// item is ever seen unanswered between two parts, and each answer is logged once.
#include "store/change_notifier.h"
#include "store/ingest_writer.h"
#include "store/sql.h"
#include "support/postgres_workspace.h"

#include <gtest/gtest.h>

using namespace hearken;
using hearken::testing::fixedNow;

namespace {

Person person(const QString& remoteId, const QString& handle)
{
    Person p;
    p.network = QStringLiteral("mastodon");
    p.remoteId = remoteId;
    p.handle = handle;
    return p;
}

Post post(qint64 accountId, const QString& remoteId, const Person& author, qint64 at, PostKind kind,
          const QString& replyTo = {})
{
    Post p;
    p.accountId = accountId;
    p.network = QStringLiteral("mastodon");
    p.remoteId = remoteId;
    p.kind = kind;
    p.author = author;
    p.text = QStringLiteral("words ") + remoteId;
    p.createdAt = at;
    p.replyToRemoteId = replyTo;
    return p;
}

// answered_at and thanked_at of the item with this remote id, -1 for none.
std::pair<qint64, qint64> answeredAndThanked(Workspace& ws, const QString& remoteId)
{
    auto query = sql::exec(ws.database().connection(),
                           QStringLiteral("SELECT coalesce(q.answered_at, -1), "
                                          "coalesce(q.thanked_at, -1) FROM queue q JOIN posts p "
                                          "ON p.id = q.post_id WHERE p.remote_id = ?"),
                           {remoteId});
    if (!query || !query->next())
        return {-2, -2};
    return {query->value(0).toLongLong(), query->value(1).toLongLong()};
}

class IngestInParts : public ::testing::TestWithParam<Engine> {
protected:
    void SetUp() override
    {
        ws = hearken::testing::workspaceOn(GetParam());
        ASSERT_TRUE(ws);
        accountId = ws->accounts().saveAccount(hearken::testing::brandAccount(), fixedNow).value();
    }

    // Items 1..count, one a part, each with one reply of ours (a thanking one for odd items).
    IngestBatch answeredItems(int count)
    {
        const Person fan = person(QStringLiteral("7"), QStringLiteral("@fan@x.y"));
        const Person us = person(QStringLiteral("109"), QStringLiteral("@brand@example.social"));
        IngestBatch batch;
        for (int i = 1; i <= count; ++i) {
            InboundItem item;
            item.post =
                post(accountId, QString::number(i), fan, fixedNow - 1000 + i, PostKind::Mention);
            item.tone = Tone::Praise;
            batch.items << item;
            batch.ownReplies << OwnReply{post(accountId, QStringLiteral("r%1").arg(i), us,
                                              fixedNow - 500 + i, PostKind::Own,
                                              QString::number(i)),
                                         i % 2 == 1};
        }
        return batch;
    }

    std::unique_ptr<Workspace> ws;
    qint64 accountId = 0;
};

} // namespace

TEST_P(IngestInParts, AnItemIsCommittedAlreadyAnsweredByTheReplyThatCameWithIt)
{
    // What a view reading the workspace sees the moment each part's items arrive.
    QList<std::pair<qint64, qint64>> seen;
    QObject::connect(&ws->changes(), &ChangeNotifier::itemsArrived, [&](const QList<qint64>&) {
        seen << answeredAndThanked(*ws, QString::number(seen.size() + 1));
    });
    IngestParts ones{1};
    ASSERT_TRUE(ws->ingest().writeInParts(answeredItems(3), ones).has_value());

    ASSERT_EQ(seen.size(), 3);
    EXPECT_EQ(seen[0], std::pair(fixedNow - 499, fixedNow - 499));
    EXPECT_EQ(seen[1], std::pair(fixedNow - 498, qint64(-1)));
    EXPECT_EQ(seen[2], std::pair(fixedNow - 497, fixedNow - 497));
}

TEST_P(IngestInParts, EachAnswerIsLoggedOnceAndASecondSyncAddsNothing)
{
    IngestParts twos{2};
    ASSERT_TRUE(ws->ingest().writeInParts(answeredItems(3), twos).has_value());
    ASSERT_TRUE(ws->ingest().writeInParts(answeredItems(3), twos).has_value());
    auto kinds = sql::exec(ws->database().connection(),
                           QStringLiteral("SELECT kind FROM events ORDER BY post_id, at"));
    ASSERT_TRUE(kinds.has_value());
    const auto all =
        sql::rows(*kinds, [](const QSqlQuery& row) { return row.value(0).toString(); });
    ASSERT_TRUE(all.has_value());
    EXPECT_EQ(all->join(u','), QStringLiteral("thanked,answered,thanked"));
    EXPECT_EQ(answeredAndThanked(*ws, QStringLiteral("2")), std::pair(fixedNow - 498, qint64(-1)));
}

TEST_P(IngestInParts, WithAnAimPartsGrowWhileTheyTakeLessAndTheNextBatchStartsWhereTheyCameTo)
{
    // Every part here takes far less than the aim, so each is twice the last (never more).
    IngestParts aimed{1, std::chrono::seconds(2)};
    QList<int> partSizes;
    QObject::connect(&ws->changes(), &ChangeNotifier::itemsArrived,
                     [&](const QList<qint64>& ids) { partSizes << int(ids.size()); });
    ASSERT_TRUE(ws->ingest().writeInParts(answeredItems(6), aimed).has_value());

    EXPECT_EQ(partSizes, (QList<int>{1, 2, 3}));
    EXPECT_EQ(aimed.items, 8);
    for (int i = 1; i <= 6; ++i)
        EXPECT_EQ(answeredAndThanked(*ws, QString::number(i)).first, fixedNow - 500 + i) << i;
}

INSTANTIATE_TEST_SUITE_P(BothEngines, IngestInParts, hearken::testing::bothEngines,
                         hearken::testing::engineName);
