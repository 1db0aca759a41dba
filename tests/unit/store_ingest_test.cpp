// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ingest_writer.h"
#include "support/postgres_workspace.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace hearken;
using hearken::testing::fixedNow;

namespace {

class Ingest : public ::testing::TestWithParam<Engine> {
protected:
    void SetUp() override
    {
        ws = hearken::testing::workspaceOn(GetParam());
        ASSERT_TRUE(ws);
        const Account account = hearken::testing::brandAccount();
        accountId = ws->accounts().saveAccount(account, fixedNow).value();
        us = person(account.remoteId, account.handle, QStringLiteral("Brand"));
    }

    static Person person(const QString& remoteId, const QString& handle, const QString& name)
    {
        Person p;
        p.network = QStringLiteral("mastodon");
        p.remoteId = remoteId;
        p.handle = handle;
        p.displayName = name;
        return p;
    }

    Post post(const QString& remoteId, const Person& author, const QString& text, qint64 at,
              const QString& replyTo = {}, PostKind kind = PostKind::Mention)
    {
        Post p;
        p.accountId = accountId;
        p.network = QStringLiteral("mastodon");
        p.remoteId = remoteId;
        p.kind = kind;
        p.author = author;
        p.text = text;
        p.createdAt = at;
        p.replyToRemoteId = replyTo;
        return p;
    }

    InboundItem item(const QString& remoteId, Tone tone, qint64 at, const QString& replyTo = {})
    {
        InboundItem i;
        i.post = post(remoteId, fan, QStringLiteral("words"), at, replyTo,
                      replyTo.isEmpty() ? PostKind::Mention : PostKind::Reply);
        i.tone = tone;
        i.toneSource = ToneSource::Sample;
        return i;
    }

    OwnReply reply(const QString& remoteId, const QString& to, qint64 at, bool thanks)
    {
        return {post(remoteId, us, QStringLiteral("Thanks!"), at, to, PostKind::Own), thanks};
    }

    QueueItem row(const QString& remoteId)
    {
        QueueFilter all;
        all.states.clear();
        const auto items =
            ws->queue().page(QueueQuery(all, fixedNow, {}), std::nullopt, 100).value();
        for (const QueueItem& i : items) {
            if (ws->posts().post(i.postId).value().remoteId == remoteId)
                return i;
        }
        ADD_FAILURE() << "no queue row for " << remoteId.toStdString();
        return {};
    }

    std::unique_ptr<Workspace> ws;
    qint64 accountId = 0;
    Person us;
    Person fan = person(QStringLiteral("7"), QStringLiteral("@fan@x.y"), QStringLiteral("Quentin"));
};

} // namespace

TEST_P(Ingest, OurReplyAnswersTheItemAndThanksWhenItSaysThanks)
{
    IngestBatch batch;
    batch.items << item(QStringLiteral("1"), Tone::Praise, fixedNow - 100)
                << item(QStringLiteral("2"), Tone::Criticism, fixedNow - 100);
    batch.ownReplies << reply(QStringLiteral("10"), QStringLiteral("1"), fixedNow - 50, true)
                     << reply(QStringLiteral("11"), QStringLiteral("2"), fixedNow - 40, false);
    auto written = ws->ingest().write(batch);
    ASSERT_TRUE(written.has_value()) << written.error().message.toStdString();
    EXPECT_EQ(written->newItemIds.size(), 2);

    const QueueItem praise = row(QStringLiteral("1"));
    EXPECT_EQ(praise.facts.thankedAt, fixedNow - 50);
    EXPECT_EQ(praise.rank, 3);
    const QueueItem criticism = row(QStringLiteral("2"));
    EXPECT_EQ(criticism.facts.answeredAt, fixedNow - 40);
    EXPECT_FALSE(criticism.facts.thankedAt.has_value());
    EXPECT_EQ(ws->posts().events(criticism.postId).value().last().kind, QStringLiteral("answered"));
}

TEST_P(Ingest, AReplyThatArrivedBeforeItsItemStillCounts)
{
    IngestBatch early;
    early.ownReplies << reply(QStringLiteral("10"), QStringLiteral("1"), fixedNow - 50, false);
    ASSERT_TRUE(ws->ingest().write(early).has_value());
    IngestBatch late;
    late.items << item(QStringLiteral("1"), Tone::Criticism, fixedNow - 100);
    ASSERT_TRUE(ws->ingest().write(late).has_value());
    EXPECT_EQ(row(QStringLiteral("1")).facts.answeredAt, fixedNow - 50);
}

TEST_P(Ingest, AReplyOlderThanTheItemDoesNotAnswerIt)
{
    IngestBatch batch;
    batch.items << item(QStringLiteral("1"), Tone::Criticism, fixedNow - 100);
    batch.ownReplies << reply(QStringLiteral("10"), QStringLiteral("1"), fixedNow - 200, false);
    ASSERT_TRUE(ws->ingest().write(batch).has_value());
    EXPECT_FALSE(row(QStringLiteral("1")).facts.answeredAt.has_value());
}

TEST_P(Ingest, SyncingTheSameItemAgainKeepsItsTriage)
{
    IngestBatch batch;
    batch.items << item(QStringLiteral("1"), Tone::Criticism, fixedNow - 100);
    auto first = ws->ingest().write(batch);
    ASSERT_TRUE(first.has_value());
    const qint64 id = first->newItemIds.value(0);
    TriageState done = ws->queue().triageStates({id}).value().value(0);
    done.state = ItemState::Done;
    ASSERT_TRUE(ws->queue().updateTriage({done}, QStringLiteral("me"), QStringLiteral("state"),
                                         QStringLiteral("done"), fixedNow));
    batch.items[0].post.text = QStringLiteral("edited words");
    auto again = ws->ingest().write(batch);
    ASSERT_TRUE(again.has_value());
    EXPECT_TRUE(again->newItemIds.isEmpty());
    EXPECT_EQ(ws->queue().triageStates({id}).value().value(0).state, ItemState::Done);
    EXPECT_EQ(ws->posts().post(id).value().text, QStringLiteral("edited words"));
}

TEST_P(Ingest, ABatchOfKnownNewAndRepeatedItemsQueuesEachNewOneOnce)
{
    IngestBatch first;
    first.items << item(QStringLiteral("1"), Tone::Criticism, fixedNow - 100);
    const qint64 known = ws->ingest().write(first).value().newItemIds.value(0);

    IngestBatch batch;
    batch.items << first.items[0] << item(QStringLiteral("2"), Tone::Praise, fixedNow - 90)
                << item(QStringLiteral("2"), Tone::Praise, fixedNow - 90)
                << item(QStringLiteral("3"), Tone::Other, fixedNow - 80);
    batch.items[0].post.text = QStringLiteral("edited words");
    batch.items[3].post.author =
        person(QStringLiteral("8"), QStringLiteral("@new@x.y"), QStringLiteral("Newcomer"));
    auto written = ws->ingest().write(batch);
    ASSERT_TRUE(written.has_value()) << written.error().message.toStdString();

    ASSERT_EQ(written->newItemIds.size(), 2);
    EXPECT_EQ(ws->posts().post(written->newItemIds[0]).value().remoteId, QStringLiteral("2"));
    EXPECT_EQ(ws->posts().post(written->newItemIds[1]).value().author.displayName,
              QStringLiteral("Newcomer"));
    QueueFilter all;
    all.states.clear();
    EXPECT_EQ(ws->queue().count(QueueQuery(all, fixedNow, {})).value(), 3);
    all.search = QStringLiteral("edited");
    const auto found = ws->queue().page(QueueQuery(all, fixedNow, {}), std::nullopt, 10).value();
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found[0].postId, known);
}

TEST_P(Ingest, ThreadShowsParentsTheItemAndRepliesInReadingOrder)
{
    IngestBatch batch;
    batch.context << post(QStringLiteral("root"), us, QStringLiteral("Our news"), fixedNow - 1000,
                          {}, PostKind::Own);
    batch.items << item(QStringLiteral("a"), Tone::Criticism, fixedNow - 900,
                        QStringLiteral("root"))
                << item(QStringLiteral("b"), Tone::Other, fixedNow - 800, QStringLiteral("a"));
    batch.ownReplies << reply(QStringLiteral("r1"), QStringLiteral("a"), fixedNow - 700, false)
                     << reply(QStringLiteral("r2"), QStringLiteral("b"), fixedNow - 600, false);
    ASSERT_TRUE(ws->ingest().write(batch).has_value());

    const auto thread = ws->posts().thread(row(QStringLiteral("a")).postId);
    ASSERT_TRUE(thread.has_value()) << thread.error().message.toStdString();
    QStringList order;
    QList<int> depths;
    for (const ThreadEntry& entry : *thread) {
        order << entry.post.remoteId;
        depths << entry.depth;
    }
    EXPECT_EQ(order, (QStringList{QStringLiteral("root"), QStringLiteral("a"), QStringLiteral("b"),
                                  QStringLiteral("r2"), QStringLiteral("r1")}));
    EXPECT_EQ(depths, (QList<int>{0, 1, 2, 3, 2}));
    EXPECT_TRUE(thread->at(1).isFocus);
    EXPECT_TRUE(thread->at(4).post.isOwn());
}

TEST_P(Ingest, LargeBatchesAskViewsToReload)
{
    QSignalSpy reset(&ws->changes(), &ChangeNotifier::queueReset);
    QSignalSpy changed(&ws->changes(), &ChangeNotifier::itemsChanged);
    hearken::testing::importSample(*ws, 2500);
    EXPECT_EQ(reset.size(), 1);
    EXPECT_TRUE(changed.isEmpty());
}

TEST_P(Ingest, RenamedAuthorsAreFoundByTheirNewName)
{
    IngestBatch batch;
    batch.items << item(QStringLiteral("1"), Tone::Other, fixedNow - 100);
    ASSERT_TRUE(ws->ingest().write(batch).has_value());
    batch.items[0].post.author.displayName = QStringLiteral("Zoë Renamed");
    batch.items[0].post.remoteId = QStringLiteral("2");
    ASSERT_TRUE(ws->ingest().write(batch).has_value());
    QueueFilter filter;
    filter.search = QStringLiteral("zoe renamed");
    EXPECT_EQ(ws->queue().count(QueueQuery(filter, fixedNow, {})).value(), 2);
    filter.search = QStringLiteral("Quentin");
    EXPECT_EQ(ws->queue().count(QueueQuery(filter, fixedNow, {})).value(), 0);
}

TEST_P(Ingest, ALikeThanksUntilItIsTakenBackAndOnlyWhereLikesCount)
{
    IngestBatch batch;
    batch.items << item(QStringLiteral("1"), Tone::Praise, fixedNow - 100);
    batch.ownLikes << OwnLike{QStringLiteral("mastodon"), QStringLiteral("1"), us.handle,
                              fixedNow - 50, false};
    ASSERT_TRUE(ws->ingest().write(batch).has_value());
    EXPECT_EQ(row(QStringLiteral("1")).facts.thankedAt, fixedNow - 50);

    ASSERT_TRUE(ws->settings().setLikesCountAsThanks(false));
    EXPECT_FALSE(row(QStringLiteral("1")).facts.thankedAt.has_value());
    ASSERT_TRUE(ws->settings().setLikesCountAsThanks(true));
    EXPECT_EQ(row(QStringLiteral("1")).facts.thankedAt, fixedNow - 50);

    IngestBatch unlike;
    unlike.ownLikes << OwnLike{QStringLiteral("mastodon"), QStringLiteral("1"), us.handle,
                               fixedNow - 10, true};
    ASSERT_TRUE(ws->ingest().write(unlike).has_value());
    EXPECT_FALSE(row(QStringLiteral("1")).facts.thankedAt.has_value());
    EXPECT_EQ(row(QStringLiteral("1")).rank, 2);
}

TEST_P(Ingest, AReplyInASiblingBranchDoesNotAnswerTheItem)
{
    IngestBatch batch;
    batch.context << post(QStringLiteral("root"), us, QStringLiteral("Our news"), fixedNow - 1000,
                          {}, PostKind::Own);
    batch.items << item(QStringLiteral("a"), Tone::Criticism, fixedNow - 900,
                        QStringLiteral("root"))
                << item(QStringLiteral("b"), Tone::Other, fixedNow - 800, QStringLiteral("root"));
    batch.ownReplies << reply(QStringLiteral("r"), QStringLiteral("b"), fixedNow - 700, false);
    ASSERT_TRUE(ws->ingest().write(batch).has_value());
    EXPECT_FALSE(row(QStringLiteral("a")).facts.answeredAt.has_value());
    EXPECT_TRUE(row(QStringLiteral("b")).facts.answeredAt.has_value());
}

// What a Mastodon sync brings again each pass: the favourites list and the threads' own replies.
TEST_P(Ingest, OurReplyAndLikeSeenAgainAddNothing)
{
    IngestBatch batch;
    batch.items << item(QStringLiteral("1"), Tone::Praise, fixedNow - 100);
    batch.ownReplies << reply(QStringLiteral("10"), QStringLiteral("1"), fixedNow - 50, true);
    batch.ownLikes << OwnLike{QStringLiteral("mastodon"), QStringLiteral("1"), us.handle,
                              fixedNow - 40, false};
    ASSERT_TRUE(ws->ingest().write(batch).has_value());
    const QueueItem first = row(QStringLiteral("1"));
    const qsizetype events = ws->posts().events(first.postId).value().size();
    EXPECT_EQ(events, 2);

    IngestBatch again;
    again.ownReplies = batch.ownReplies;
    again.ownLikes = batch.ownLikes;
    again.ownLikes.first().at = fixedNow - 10; // the same like, read again later
    QSignalSpy changed(&ws->changes(), &ChangeNotifier::itemsChanged);
    for (int pass = 0; pass < 2; ++pass)
        ASSERT_TRUE(ws->ingest().write(again).has_value());
    EXPECT_EQ(ws->posts().events(first.postId).value().size(), events);
    EXPECT_EQ(row(QStringLiteral("1")).facts.thankedAt, first.facts.thankedAt);
    EXPECT_EQ(row(QStringLiteral("1")).facts.answeredAt, first.facts.answeredAt);
    EXPECT_TRUE(changed.isEmpty());
}

INSTANTIATE_TEST_SUITE_P(BothEngines, Ingest, hearken::testing::bothEngines,
                         hearken::testing::engineName);
