// SPDX-License-Identifier: GPL-3.0-or-later
// The sidebar's counts are kept current on every write (migration 0010's tally): after many
// random actions, undos, redos, replies, likes and deletions they, and the report's backlog
// that reads the same tally, still equal a fresh count of the queue's rows.
#include "store/ingest_writer.h"
#include "store/report_repository.h"
#include "support/postgres_workspace.h"
#include "workflow/queue_actions.h"

#include <QJsonDocument>
#include <QSet>

#include <gtest/gtest.h>

#include <random>

using namespace hearken;
using hearken::testing::fixedNow;

namespace {

class KeptCounts : public ::testing::TestWithParam<Engine> {
protected:
    void SetUp() override
    {
        ws = hearken::testing::workspaceOn(GetParam());
        ASSERT_TRUE(ws);
        hearken::testing::importSample(*ws, 800);
        QueueFilter all;
        all.states.clear();
        for (const QueueItem& item : freshItems(all))
            ids << item.postId;
        const QList<Teammate> people = ws->accounts().teammates().value();
        for (const Teammate& t : people)
            teammates << t.id;
        accounts = ws->accounts().accounts().value();
    }

    QList<QueueItem> freshItems(const QueueFilter& filter, const ResponseTargets& targets = {})
    {
        return ws->queue()
            .page(QueueQuery(filter, fixedNow, targets), std::nullopt, 100'000)
            .value();
    }

    QList<QueueFilter> filters() const
    {
        QList<QueueFilter> filters;
        const QList<SavedView> views = ws->savedViews().views().value();
        for (const SavedView& view : views)
            filters << view.filter;
        for (const Account& account : accounts) {
            QueueFilter f;
            f.accountId = account.id;
            filters << f;
            f.flag = Flag::Overdue;
            filters << f;
            QueueFilter byNetwork;
            byNetwork.network = account.network;
            byNetwork.states = {ItemState::Open, ItemState::Snoozed};
            filters << byNetwork;
        }
        for (Tone tone : {Tone::Criticism, Tone::Praise, Tone::Other}) {
            QueueFilter f;
            f.tone = tone;
            filters << f;
        }
        QList<qint64> assignees = teammates;
        assignees << 0;
        for (qint64 teammate : std::as_const(assignees)) {
            QueueFilter f;
            f.assigneeId = teammate;
            f.flag = Flag::UnansweredCriticism;
            filters << f;
        }
        QueueFilter everything;
        everything.states.clear();
        filters << everything;
        return filters;
    }

    void expectKeptCountsAreFresh(int round)
    {
        // Overdue is counted rank by rank; targets in the other order make a criticism overdue
        // as a question, and a question as praise, before its own target.
        constexpr qint64 hour = 60 * 60;
        const ResponseTargets reversed{72 * hour, 24 * hour, hour};
        for (const QueueFilter& filter : filters()) {
            for (const ResponseTargets& targets : {ResponseTargets(), reversed}) {
                const auto kept = ws->queue().count(QueueQuery(filter, fixedNow, targets));
                ASSERT_TRUE(kept.has_value()) << kept.error().message.toStdString();
                EXPECT_EQ(*kept, freshItems(filter, targets).size())
                    << "after round " << round << ", criticism target " << targets.criticism
                    << ", filter "
                    << QJsonDocument(filter.toJson()).toJson(QJsonDocument::Compact).toStdString();
            }
        }
    }

    // The backlog counted from the open items' pages, flag by flag and age by age.
    Backlog freshBacklog(const ReportFilter& scope)
    {
        Backlog fresh;
        QSet<qint64> waiting;
        for (std::size_t f = 0; f < std::size(backlogFlags); ++f) {
            QueueFilter filter;
            filter.flag = backlogFlags[f];
            if (!scope.accountIds.isEmpty())
                filter.accountId = scope.accountIds.first();
            for (const QueueItem& item : freshItems(filter)) {
                ++fresh.byFlagAndAge[f][std::size_t(ageBucketOf(fixedNow - item.facts.receivedAt))];
                waiting.insert(item.postId);
            }
        }
        fresh.open = waiting.size();
        QueueFilter overdue;
        overdue.flag = Flag::Overdue;
        if (!scope.accountIds.isEmpty())
            overdue.accountId = scope.accountIds.first();
        fresh.overdue = freshItems(overdue).size();
        return fresh;
    }

    void expectBacklogIsFresh(int round)
    {
        ReportFilter oneAccount;
        oneAccount.accountIds = {accounts.first().id};
        const ReportRepository reports(ws->database());
        for (const ReportFilter& scope : {ReportFilter(), oneAccount}) {
            const auto kept = reports.backlog(scope, fixedNow, {}, 1);
            ASSERT_TRUE(kept.has_value()) << kept.error().message.toStdString();
            const Backlog fresh = freshBacklog(scope);
            EXPECT_EQ(kept->open, fresh.open) << "after round " << round;
            EXPECT_EQ(kept->overdue, fresh.overdue) << "after round " << round;
            EXPECT_EQ(kept->byFlagAndAge, fresh.byFlagAndAge) << "after round " << round;
        }
    }

    // One of our replies (or a like) for a random item, as a sync would bring it.
    IngestBatch ourAnswer(qint64 id, std::mt19937& random)
    {
        const Post target = ws->posts().post(id).value();
        const Account& account = accounts.first();
        IngestBatch batch;
        if (random() % 2 == 0) {
            OwnReply reply;
            reply.post.accountId = target.accountId;
            reply.post.network = target.network;
            reply.post.remoteId = QStringLiteral("kept-counts-%1").arg(++serial);
            reply.post.kind = PostKind::Own;
            reply.post.author = {0, target.network, account.remoteId, account.handle, {}, {}, {},
                                 {}};
            reply.post.text = QStringLiteral("Thanks!");
            reply.post.replyToRemoteId = target.remoteId;
            reply.post.createdAt = fixedNow;
            reply.expressesThanks = random() % 2 == 0;
            batch.ownReplies << reply;
        } else {
            batch.ownLikes << OwnLike{target.network, target.remoteId, account.handle, fixedNow,
                                      random() % 3 == 0};
        }
        if (random() % 10 == 0)
            batch.retired << RetiredPost{target.network, target.remoteId, fixedNow};
        // A new item too, now and then, answered by a reply arriving with it.
        if (random() % 3 == 0) {
            InboundItem item;
            item.post = target;
            item.post.remoteId = QStringLiteral("kept-counts-item-%1").arg(++serial);
            item.post.createdAt = fixedNow - qint64(random() % 100'000);
            item.tone = Tone(random() % 3);
            item.isQuestion = random() % 2 == 0;
            item.assigneeId = random() % 2 == 0 ? std::optional(teammates.first()) : std::nullopt;
            batch.items << item;
            if (!batch.ownReplies.isEmpty())
                batch.ownReplies.first().post.replyToRemoteId = item.post.remoteId;
        }
        return batch;
    }

    std::unique_ptr<Workspace> ws;
    QList<qint64> ids;
    QList<qint64> teammates;
    QList<Account> accounts;
    int serial = 0;
};

} // namespace

TEST_P(KeptCounts, EqualAFreshCountAfterRandomActionsUndosAndArrivals)
{
    ASSERT_GT(ids.size(), 700);
    expectKeptCountsAreFresh(0);
    expectBacklogIsFresh(0);
    QueueActions actions(ws->queue(), QStringLiteral("Ana Ortiz"), [] { return fixedNow; });
    std::mt19937 random(19);
    QList<TriageChange> done;
    for (int round = 1; round <= 120; ++round) {
        QList<qint64> some;
        for (int i = int(random() % 6) + 1; i > 0; --i)
            some << ids[qsizetype(random() % quint32(ids.size()))];
        StoreResult<TriageChange> change = TriageChange{};
        switch (random() % 11) {
        case 0:
            change = actions.markDone(some);
            break;
        case 1:
            change = actions.reopen(some);
            break;
        case 2:
            change = actions.snooze(some, fixedNow - 60 + qint64(random() % 120));
            break;
        case 3:
            change = actions.dismiss(some);
            break;
        case 4:
            change =
                actions.assign(some, teammates[qsizetype(random() % quint32(teammates.size()))],
                               QStringLiteral("someone"));
            break;
        case 5:
            change = actions.assign(some, std::nullopt, {});
            break;
        case 6:
            change = actions.setTone(some, Tone(random() % 3));
            break;
        case 7:
            change = actions.setQuestion(some, random() % 2 == 0);
            break;
        case 8:
            if (!done.isEmpty()) {
                ASSERT_TRUE(actions.undo(done.takeLast()).has_value());
            }
            break;
        case 9:
            ASSERT_TRUE(ws->queue().wakeSnoozed(fixedNow).has_value());
            break;
        default:
            ASSERT_TRUE(ws->ingest().write(ourAnswer(some.first(), random)).has_value());
        }
        ASSERT_TRUE(change.has_value()) << change.error().message.toStdString();
        if (!change->before.isEmpty())
            done << *change;
        if (round % 10 == 0) {
            expectKeptCountsAreFresh(round);
            expectBacklogIsFresh(round);
        }
    }
}

INSTANTIATE_TEST_SUITE_P(BothEngines, KeptCounts, hearken::testing::bothEngines,
                         hearken::testing::engineName);
