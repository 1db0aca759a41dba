// SPDX-License-Identifier: GPL-3.0-or-later
// A first sync of a long Mastodon history against the Mastodon test server: all of it comes
// in one pass (with progress, through rate limits, continuing where an interrupted pass
// stopped), and mentions the brand already answered from another app show as answered.
#include "mastodon_fixture.h"
#include "providers/mastodon/mastodon_json.h"

#include <QJsonArray>

using namespace hearken;
using namespace hearken::testing;

namespace {

class MastodonHistory : public MastodonFixture {
protected:
    Account signedIn()
    {
        auto account = signIn(peer.url());
        EXPECT_TRUE(account) << account.error().message.toStdString();
        return account.value_or(Account{});
    }

    QStringList seed(int count)
    {
        QStringList ids;
        const QJsonArray seeded = peer.control(QStringLiteral("/seed"),
                                               {{QStringLiteral("count"), QString::number(count)}})
                                      .value(QLatin1String("ids"))
                                      .toArray();
        for (const QJsonValue& id : seeded)
            ids.append(id.toString());
        return ids;
    }

    // The brand answers (and thanks) from another app, as a person on their phone would.
    void answerElsewhere(const QString& statusId)
    {
        peer.control(QStringLiteral("/reply-as-brand"),
                     {{QStringLiteral("in_reply_to_id"), statusId},
                      {QStringLiteral("text"),
                       QStringLiteral("@alice Thank you for telling us, we are on it.")}});
    }

    // How many queue rows of `ids` (status ids on the test server) meet `condition`.
    int countAmong(const QStringList& ids, const QString& condition)
    {
        int count = 0;
        for (const QString& id : ids) {
            count += value(QStringLiteral("SELECT count(*) FROM queue q JOIN posts p ON p.id = "
                                          "q.post_id WHERE p.remote_id = ? AND ") +
                               condition,
                           {mastodon::qualifiedId(id, peer.url())})
                         .toInt();
        }
        return count;
    }

    // Items the queue flags as unanswered criticism, unanswered question or unthanked praise.
    int flagged(const QStringList& ids)
    {
        return countAmong(ids, QStringLiteral("q.state <> 'dismissed' AND (q.rank = 0 OR "
                                              "(q.is_question = 1 AND q.answered_at IS NULL) OR "
                                              "(q.tone = 'praise' AND q.thanked_at IS NULL))"));
    }

    int answered(const QStringList& ids)
    {
        return countAmong(ids, QStringLiteral("q.answered_at IS NOT NULL"));
    }

    int requestsTo(const QString& path)
    {
        int count = 0;
        const QJsonArray log = peer.control(QStringLiteral("/state"), {{u"log"_qs, u"1"_qs}})
                                   .value(QLatin1String("requestLog"))
                                   .toArray();
        for (const QJsonValue& line : log)
            count += line.toString() == u"GET " + path ? 1 : 0;
        return count;
    }

    int backfillReports(const QList<SyncProgress>& progress)
    {
        int count = 0;
        for (const SyncProgress& p : progress)
            count += p.phase == u"backfill" ? 1 : 0;
        return count;
    }
};

} // namespace

TEST_F(MastodonHistory, AFirstSyncShowsWhatWasAnsweredFromAnotherAppAsAnswered)
{
    const Account account = signedIn();
    // 200 mentions over time (45 from the start, then rounds of 35 and 30); the brand
    // answered every other one of the later ones from its phone as they came, then more of
    // them later: 100 in all, far more than the newest page of its statuses holds.
    QStringList answeredElsewhere;
    QStringList all;
    for (int round = 0; round < 5; ++round) {
        const QStringList ids = seed(round == 0 ? 35 : 30);
        all += ids;
        for (qsizetype i = 0; i < ids.size() && answeredElsewhere.size() < 100; i += 2) {
            answerElsewhere(ids[i]);
            answeredElsewhere.append(ids[i]);
        }
    }
    for (qsizetype i = 1; i < all.size() && answeredElsewhere.size() < 100; i += 2) {
        answerElsewhere(all[i]);
        answeredElsewhere.append(all[i]);
    }
    ASSERT_EQ(answeredElsewhere.size(), 100);
    ASSERT_EQ(all.size() + 45, 200);

    auto sync = engine();
    const auto outcomes = syncOnce(*sync);
    ASSERT_EQ(outcomes.size(), 1);
    EXPECT_EQ(outcomes[0].second.kind, SyncOutcome::Kind::Ok)
        << outcomes[0].second.message.toStdString();
    EXPECT_EQ(queueCount(account.id), 200);
    const int falseFlags = flagged(answeredElsewhere);
    std::printf("false unanswered/unthanked flags on answered mentions: %d of %d\n", falseFlags,
                int(answeredElsewhere.size()));
    EXPECT_EQ(falseFlags, 0);
    EXPECT_EQ(answered(answeredElsewhere), 100);
    // What was not answered is still open to answer.
    QStringList unanswered;
    for (const QString& id : std::as_const(all)) {
        if (!answeredElsewhere.contains(id))
            unanswered.append(id);
    }
    EXPECT_EQ(answered(unanswered), 0);
}

TEST_F(MastodonHistory, OnePassFetchesAHistoryLongerThanTheOldPageCapWithProgress)
{
    const Account account = signedIn();
    seed(300); // 345 mentions: 35 pages of 10, where a pass used to stop after 25
    auto sync = engine({.pageSize = 10, .contexts = 0, .recheck = 0});
    QList<SyncProgress> progress;
    QObject::connect(sync.get(), &SyncEngine::progress,
                     [&](qint64, const SyncProgress& p) { progress.append(p); });
    const auto outcomes = syncOnce(*sync);
    ASSERT_EQ(outcomes.size(), 1);
    EXPECT_EQ(outcomes[0].second.kind, SyncOutcome::Kind::Ok);
    EXPECT_EQ(queueCount(account.id), 345);
    EXPECT_EQ(outcomes[0].second.newItems, 345);
    EXPECT_EQ(value(QStringLiteral("SELECT value FROM cursors WHERE stream = "
                                   "'notifications.backfill_done'"))
                  .toString(),
              u"1");
    EXPECT_GE(backfillReports(progress), 35);
    // The counts only grow.
    for (qsizetype i = 1; i < progress.size(); ++i)
        EXPECT_GE(progress[i].fetched, progress[i - 1].fetched);
}

TEST_F(MastodonHistory, AnInterruptedBackfillContinuesWhereItStopped)
{
    const Account account = signedIn();
    seed(300);
    auto sync = engine({.pageSize = 10, .contexts = 0, .recheck = 0});
    QList<SyncProgress> progress;
    bool interrupted = false;
    QObject::connect(sync.get(), &SyncEngine::progress, [&](qint64, const SyncProgress& p) {
        progress.append(p);
        if (!interrupted && backfillReports(progress) == 12) {
            interrupted = true;
            sync->cancel();
        }
    });
    QList<SyncOutcome> outcomes;
    QObject::connect(sync.get(), &SyncEngine::accountFinished,
                     [&](qint64, const SyncOutcome& o) { outcomes.append(o); });
    sync->syncAll();
    ASSERT_TRUE(spinUntil([&] { return !outcomes.isEmpty() && !sync->isBusy(); }, 20'000));
    EXPECT_EQ(outcomes[0].kind, SyncOutcome::Kind::Cancelled);
    const qint64 before = queueCount(account.id);
    EXPECT_EQ(before, 110); // eleven whole pages were stored before the cancel
    const int requestsBefore = requestsTo(QStringLiteral("/api/v1/notifications"));

    progress.clear();
    const auto second = syncOnce(*sync);
    ASSERT_EQ(second.size(), 1);
    EXPECT_EQ(second[0].second.kind, SyncOutcome::Kind::Ok);
    EXPECT_EQ(queueCount(account.id), 345);
    EXPECT_EQ(second[0].second.newItems, 345 - before);
    // The second pass asked only for the pages the first had not stored (24 and the new).
    const int requestsAfter = requestsTo(QStringLiteral("/api/v1/notifications"));
    EXPECT_LE(requestsAfter - requestsBefore, 35 - 11 + 2);
}

TEST_F(MastodonHistory, ARateLimitIsWaitedOutAndNothingIsDropped)
{
    const Account account = signedIn();
    seed(300);
    // 12 requests every 1.5 s: the pass runs into the limit again and again.
    peer.control(QStringLiteral("/rate-limit"),
                 {{QStringLiteral("limit"), QStringLiteral("12")},
                  {QStringLiteral("windowMs"), QStringLiteral("1500")}});
    auto sync = engine({.pageSize = 10, .contexts = 0, .recheck = 0, .rateLimitWaitSeconds = 30});
    QList<SyncProgress> progress;
    QObject::connect(sync.get(), &SyncEngine::progress,
                     [&](qint64, const SyncProgress& p) { progress.append(p); });
    const auto outcomes = syncOnce(*sync);
    ASSERT_EQ(outcomes.size(), 1);
    EXPECT_EQ(outcomes[0].second.kind, SyncOutcome::Kind::Ok)
        << outcomes[0].second.message.toStdString();
    EXPECT_EQ(queueCount(account.id), 345);
    int waits = 0;
    for (const SyncProgress& p : std::as_const(progress))
        waits += p.phase.startsWith(u"waiting for the server's rate limit") ? 1 : 0;
    EXPECT_GE(waits, 2);
}
