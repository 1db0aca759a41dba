// SPDX-License-Identifier: GPL-3.0-or-later
// The sync engine's schedule and pipeline, with syncers the test drives by hand: no network.
#include "domain/callback_answer.h"
#include "store/queue_query.h"
#include "store/queue_repository.h"
#include "store/sync_state_repository.h"
#include "support/wait_for.h"
#include "support/workspace_fixture.h"
#include "sync/sync_engine.h"
#include "workflow/tone_triage.h"

#include <QPointer>

#include <gtest/gtest.h>

namespace hearken {
namespace {

const QString fakeNetwork = QStringLiteral("fake");

// A syncer whose passes end when the test says so; a pass may first hand the ledger a batch.
class FakeSyncer : public AccountSyncer {
public:
    ~FakeSyncer() override
    {
        abandon();
        finish({});
    }

    bool passing() const { return bool(m_finish); }
    void finish(const SyncOutcome& outcome)
    {
        if (auto finish = std::exchange(m_finish, nullptr))
            finish(outcome);
    }
    void pushChange() { Q_EMIT changed(); }
    void stopLive() override { ++liveStops; }

    int passes = 0;
    int running = 0;
    int maxRunning = 0;
    int liveStops = 0;
    std::optional<IngestBatch> page;
    int storedNew = 0;

protected:
    QCoro::Task<> runPass(std::shared_ptr<SyncPass> pass) override
    {
        ++passes;
        ++running;
        maxRunning = std::max(maxRunning, running);
        if (page) {
            const int before = pass->outcome().newItems;
            storedNew = pass->store(*page) ? pass->outcome().newItems - before : -1;
        }
        const SyncOutcome how = co_await CallbackAnswer<SyncOutcome>(
            this, SyncOutcome{}, [this](auto reply) { m_finish = std::move(reply); });
        if (pass->syncerGone())
            co_return;
        --running;
        if (how.kind != SyncOutcome::Kind::Ok)
            pass->end(how.kind, how.message, how.retryAt);
    }
    void stop() override { finish({SyncOutcome::Kind::Cancelled, {}, {}, 0, 0}); }

private:
    std::function<void(SyncOutcome)> m_finish;
};

QCoro::Task<SyncEngine::Made> madeAtOnce(std::unique_ptr<AccountSyncer> syncer)
{
    co_return std::move(syncer);
}

const SyncOutcome ok{SyncOutcome::Kind::Ok, {}, {}, 0, 0};

class SyncEngineTest : public ::testing::Test {
protected:
    SyncEngineTest()
    {
        engine.setFactory(fakeNetwork, fakeSyncers());
        // Long enough that only what a test does starts a pass.
        engine.setIntervals(3'600'000, 3'600'000);
    }

    SyncEngine::Factory fakeSyncers()
    {
        return [this](const Account& account, QObject*) {
            ++made_[account.id];
            auto syncer = std::make_unique<FakeSyncer>();
            syncer->page = pages.value(account.id);
            syncers[account.id] = syncer.get();
            return madeAtOnce(std::move(syncer));
        };
    }

    // An engine the test owns, to destroy it or to let it go before the test's own state.
    std::unique_ptr<SyncEngine> engineOfItsOwn()
    {
        auto doomed = std::make_unique<SyncEngine>(
            *workspace, [](IngestBatch&) {}, [this] { return clock; });
        doomed->setIntervals(3'600'000, 3'600'000);
        return doomed;
    }

    qint64 addAccount(const QString& handle)
    {
        Account account;
        account.network = fakeNetwork;
        account.remoteId = handle;
        account.handle = handle;
        return workspace->accounts().saveAccount(account, clock).value();
    }

    FakeSyncer& syncerOf(qint64 accountId)
    {
        EXPECT_TRUE(syncers.value(accountId)) << "no syncer for account " << accountId;
        return *syncers.value(accountId);
    }

    Post postBy(qint64 accountId, const QString& author, const QString& remoteId,
                const QString& text) const
    {
        Post post;
        post.accountId = accountId;
        post.network = fakeNetwork;
        post.remoteId = remoteId;
        post.author.network = fakeNetwork;
        post.author.remoteId = author;
        post.author.handle = author;
        post.text = text;
        post.createdAt = clock - 60;
        return post;
    }

    QueueItem onlyItem()
    {
        QueueFilter all;
        all.states.clear();
        const auto items = workspace->queue().page(QueueQuery(all, 0, {}), std::nullopt, 10);
        EXPECT_TRUE(items && items->size() == 1);
        return items && items->size() == 1 ? items->first() : QueueItem{};
    }

    AccountSyncStatus statusOf(qint64 accountId)
    {
        return workspace->syncState().status(accountId).value();
    }

    std::unique_ptr<Workspace> workspace = testing::memoryWorkspace();
    qint64 clock = testing::fixedNow;
    Classify classify;
    SyncEngine engine{*workspace,
                      [this](IngestBatch& batch) {
                          if (classify)
                              classify(batch);
                      },
                      [this] { return clock; }};
    QHash<qint64, QPointer<FakeSyncer>> syncers;
    QHash<qint64, int> made_;
    QHash<qint64, IngestBatch> pages;
};

TEST_F(SyncEngineTest, AnAccountRunsOnePassAtATimeAndAnAskedForPassFollows)
{
    const qint64 id = addAccount(QStringLiteral("one"));
    engine.syncAll();
    ASSERT_EQ(syncerOf(id).passes, 1);
    EXPECT_TRUE(engine.isBusy());

    engine.syncAll();
    engine.syncAccount(id);
    EXPECT_EQ(syncerOf(id).passes, 1) << "a second pass started while the first ran";

    syncerOf(id).finish(ok);
    EXPECT_EQ(syncerOf(id).passes, 2) << "the pass asked for meanwhile did not follow";
    EXPECT_EQ(syncerOf(id).maxRunning, 1);
    syncerOf(id).finish(ok);
    EXPECT_EQ(syncerOf(id).passes, 2) << "two requests during one pass make one more pass";
    EXPECT_FALSE(engine.isBusy());
    EXPECT_EQ(statusOf(id).kind, AccountSyncStatus::Kind::Ok);
    EXPECT_EQ(statusOf(id).lastSyncAt, clock);
}

TEST_F(SyncEngineTest, APushedChangeBringsTheNextPassForward)
{
    const qint64 id = addAccount(QStringLiteral("one"));
    engine.start();
    ASSERT_EQ(syncerOf(id).passes, 1);
    syncerOf(id).finish(ok);

    // Several pushes in a row make one pass, long before the hour's poll.
    syncerOf(id).pushChange();
    syncerOf(id).pushChange();
    syncerOf(id).pushChange();
    ASSERT_TRUE(testing::spinUntil([&] { return syncerOf(id).passes == 2; }, 5'000));
    syncerOf(id).finish(ok);
    QEventLoop settle;
    QTimer::singleShot(600, &settle, &QEventLoop::quit);
    settle.exec();
    EXPECT_EQ(syncerOf(id).passes, 2);
}

TEST_F(SyncEngineTest, ARateLimitPausesThatAccountUntilTheGivenTimeAndThenResumesIt)
{
    const qint64 limited = addAccount(QStringLiteral("limited"));
    const qint64 other = addAccount(QStringLiteral("other"));
    engine.syncAll();
    SyncOutcome rateLimited{SyncOutcome::Kind::RateLimited, QStringLiteral("Too many requests"),
                            clock + 1, 0, 0};
    syncerOf(limited).finish(rateLimited);
    syncerOf(other).finish(ok);
    EXPECT_EQ(statusOf(limited).kind, AccountSyncStatus::Kind::Paused);
    EXPECT_EQ(statusOf(limited).pausedUntil, clock + 1);

    // Before the time: asking for a pass does not reach the paused account, the others go on.
    engine.syncAll();
    EXPECT_EQ(syncerOf(limited).passes, 1);
    EXPECT_EQ(syncerOf(other).passes, 2);
    syncerOf(other).finish(ok);

    // The time comes: the account resumes by itself.
    clock += 1;
    ASSERT_TRUE(testing::spinUntil([&] { return syncerOf(limited).passes == 2; }, 5'000));
    syncerOf(limited).finish(ok);
    EXPECT_EQ(statusOf(limited).kind, AccountSyncStatus::Kind::Ok);
}

TEST_F(SyncEngineTest, ARevokedSignInStopsThatAccountAloneAndTheOthersGoOn)
{
    const qint64 revoked = addAccount(QStringLiteral("revoked"));
    const qint64 other = addAccount(QStringLiteral("other"));
    engine.syncAll();
    syncerOf(revoked).finish({SyncOutcome::Kind::SignInNeeded,
                              QStringLiteral("The sign-in was revoked. Sign in again."),
                              {},
                              0,
                              0});
    syncerOf(other).finish(ok);
    EXPECT_EQ(statusOf(revoked).kind, AccountSyncStatus::Kind::SignInNeeded);
    EXPECT_EQ(syncerOf(revoked).liveStops, 1);

    for (int round = 2; round <= 3; ++round) {
        engine.syncAll();
        EXPECT_EQ(syncerOf(revoked).passes, 1);
        EXPECT_EQ(syncerOf(other).passes, round);
        syncerOf(other).finish(ok);
    }
}

TEST_F(SyncEngineTest, AnAccountSignedInAgainElsewhereIsSyncedWithANewSyncer)
{
    const qint64 id = addAccount(QStringLiteral("one"));
    engine.syncAll();
    syncerOf(id).finish({SyncOutcome::Kind::SignInNeeded, QStringLiteral("Revoked."), {}, 0, 0});
    engine.syncAll();
    EXPECT_EQ(syncerOf(id).passes, 1) << "nothing is asked with a refused token";

    // Another process (a team's desk) signs the account in again: a new syncer reads the new
    // token.
    ASSERT_EQ(addAccount(QStringLiteral("one")), id);
    engine.syncAll();
    EXPECT_EQ(made_.value(id), 2);
    EXPECT_EQ(syncerOf(id).passes, 1);
    syncerOf(id).finish(ok);
    EXPECT_EQ(statusOf(id).kind, AccountSyncStatus::Kind::Ok);
}

TEST_F(SyncEngineTest, ForgetDropsTheSyncerAndTheNextPassMakesANewOne)
{
    const qint64 id = addAccount(QStringLiteral("one"));
    engine.syncAll();
    QPointer<FakeSyncer> first = syncers.value(id);
    ASSERT_TRUE(first);
    engine.forget(id);
    EXPECT_FALSE(first) << "the forgotten syncer is still alive";

    engine.syncAll();
    EXPECT_EQ(made_.value(id), 2);
    EXPECT_EQ(syncerOf(id).passes, 1);
    syncerOf(id).finish(ok);
}

TEST_F(SyncEngineTest, CancelEndsEveryRunningPassAndTheEngineGoesIdle)
{
    const qint64 one = addAccount(QStringLiteral("one"));
    const qint64 two = addAccount(QStringLiteral("two"));
    engine.syncAll();
    engine.syncAll(); // asks for another pass of each
    QList<SyncOutcome::Kind> finished;
    QObject::connect(&engine, &SyncEngine::accountFinished, &engine,
                     [&](qint64, const SyncOutcome& o) { finished << o.kind; });
    bool idle = false;
    QObject::connect(&engine, &SyncEngine::idle, &engine, [&] { idle = true; });

    engine.cancel();
    EXPECT_FALSE(syncerOf(one).passing());
    EXPECT_FALSE(syncerOf(two).passing());
    EXPECT_EQ(finished, (QList<SyncOutcome::Kind>{SyncOutcome::Kind::Cancelled,
                                                  SyncOutcome::Kind::Cancelled}));
    EXPECT_TRUE(idle);
    EXPECT_FALSE(engine.isBusy());
    EXPECT_EQ(syncerOf(one).passes, 1) << "a pass asked for before the cancel still ran";
    EXPECT_EQ(syncerOf(two).passes, 1);
}

TEST_F(SyncEngineTest, AnEngineDestroyedDuringAPassEndsItAndLetsItsSyncerGo)
{
    const qint64 id = addAccount(QStringLiteral("one"));
    auto doomed = engineOfItsOwn();
    doomed->setFactory(fakeNetwork, fakeSyncers());
    doomed->syncAll();
    const QPointer<FakeSyncer> syncer = syncers.value(id);
    ASSERT_TRUE(syncer && syncer->passing());

    doomed.reset();
    EXPECT_FALSE(syncer) << "the running pass kept its syncer alive after the engine went";
}

// A factory that waits for a vault the test answers by hand; it tells how its wait ended.
struct SlowVault {
    std::function<void(bool)> answer;
    std::optional<bool> read;
    int asked = 0;
};

// The vault goes by plain pointer: GCC 12 destroys a lambda with non-trivial captures twice
// when it is made inside a co_await expression.
QCoro::Task<SyncEngine::Made> readSlowly(SlowVault* vault, QObject* context)
{
    ++vault->asked;
    vault->read = co_await CallbackAnswer<bool>(
        context, false, [vault](auto answer) { vault->answer = std::move(answer); });
    co_return tl::unexpected(QStringLiteral("no token"));
}

TEST_F(SyncEngineTest, AnEngineDestroyedWhileASyncerIsMadeEndsTheMaking)
{
    addAccount(QStringLiteral("one"));
    SlowVault vault;
    auto doomed = engineOfItsOwn();
    doomed->setFactory(fakeNetwork, [&vault](const Account&, QObject* context) {
        return readSlowly(&vault, context);
    });
    doomed->syncAll();
    ASSERT_EQ(vault.asked, 1);
    ASSERT_TRUE(doomed->isBusy());

    doomed.reset();
    ASSERT_TRUE(vault.read.has_value()) << "the making still waits for the vault";
    EXPECT_FALSE(*vault.read) << "it ended as if the vault had answered";
    vault.answer(true); // the vault's late answer reaches nobody
}

// Forgotten after a new sign-in, say: the old sign-in's missing token must not undo it.
TEST_F(SyncEngineTest, AnAccountForgottenWhileItsSyncerIsMadeIsNotJudgedByThatMaking)
{
    const qint64 id = addAccount(QStringLiteral("one"));
    SlowVault vault;
    auto own = engineOfItsOwn();
    own->setFactory(fakeNetwork, [&vault](const Account&, QObject* context) {
        return readSlowly(&vault, context);
    });
    QList<SyncOutcome::Kind> finished;
    QObject::connect(own.get(), &SyncEngine::accountFinished, own.get(),
                     [&](qint64, const SyncOutcome& o) { finished << o.kind; });
    own->syncAll();
    own->forget(id);
    EXPECT_FALSE(own->isBusy());

    vault.answer(false);
    EXPECT_TRUE(finished.isEmpty()) << "the forgotten account's old sign-in was reported on";
    EXPECT_NE(statusOf(id).kind, AccountSyncStatus::Kind::SignInNeeded);
}

// A criticism and our "thank you!" answering it, as a syncer maps them, unlabelled.
IngestBatch criticismAndThanks(
    const std::function<Post(const QString&, const QString&, const QString&)>& postBy)
{
    InboundItem criticism;
    criticism.post = postBy(QStringLiteral("fan"), QStringLiteral("fake:1"),
                            QStringLiteral("This update is terrible. The app crashes every time I "
                                           "open it and support ignores me."));
    OwnReply reply;
    reply.post =
        postBy(QStringLiteral("brand"), QStringLiteral("fake:2"), QStringLiteral("thank you!"));
    reply.post.kind = PostKind::Own;
    reply.post.createdAt += 30;
    reply.post.replyToRemoteId = criticism.post.remoteId;
    reply.post.rootRemoteId = criticism.post.remoteId;
    IngestBatch page;
    page.items << criticism;
    page.ownReplies << reply;
    return page;
}

TEST_F(SyncEngineTest, TheEngineClassifiesWhatASyncerHandsItAndNoticesOurThanks)
{
    const ToneClassifier shipped = ToneClassifier::loadShipped().value();
    auto triage = ToneTriage::open(shipped, *workspace, [this] { return clock; });
    ASSERT_TRUE(triage.has_value());
    classify = [&](IngestBatch& batch) { triage->classify(batch); };
    const qint64 id = addAccount(QStringLiteral("brand"));
    pages.insert(id, criticismAndThanks([&](auto&&... post) { return postBy(id, post...); }));

    engine.syncAll();
    EXPECT_EQ(syncerOf(id).storedNew, 1);
    syncerOf(id).finish(ok);

    const QueueItem stored = onlyItem();
    EXPECT_EQ(stored.triage.tone, Tone::Criticism);
    EXPECT_EQ(stored.triage.toneSource, ToneSource::Model);
    EXPECT_TRUE(stored.facts.answeredAt.has_value());
    EXPECT_TRUE(stored.facts.thankedAt.has_value()) << "our reply's thanks went unnoticed";
}

TEST_F(SyncEngineTest, WithoutAToneModelOurThanksAreStillNoticed)
{
    const qint64 id = addAccount(QStringLiteral("brand"));
    pages.insert(id, criticismAndThanks([&](auto&&... post) { return postBy(id, post...); }));

    engine.syncAll();
    syncerOf(id).finish(ok);

    const QueueItem stored = onlyItem();
    EXPECT_FALSE(stored.triage.tone.has_value());
    EXPECT_TRUE(stored.facts.thankedAt.has_value()) << "our reply's thanks went unnoticed";
}

} // namespace
} // namespace hearken
