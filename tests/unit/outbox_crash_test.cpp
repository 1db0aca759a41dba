// SPDX-License-Identifier: GPL-3.0-or-later
// A real process queues a reply and is killed (SIGKILL) mid-delivery; started again, it
// delivers what was left. The loopback peer must end up with exactly one post.
#include "support/counting_peer.h"
#include "support/outbox_fixture.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace hearken;
using namespace hearken::testing;

namespace {

class OutboxCrash : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        ASSERT_TRUE(peer.listen());
        path = dir.filePath(u"crash.hearken"_qs);
        // Created and migrated here, so that the child and this test never race to do it.
        ASSERT_TRUE(openWorkspace(path));
    }

    QStringList arguments(const QString& mode) const
    {
        return {path, QString::number(peer.port()), mode};
    }

    // Starts the helper and kills it once the peer has received its request.
    void runUntilTheRequestArrivesThenKill()
    {
        QSignalSpy received(&peer, &CountingPeer::requestReceived);
        QProcess child;
        child.start(QStringLiteral(OUTBOX_CRASH_HELPER), arguments(u"queue"_qs));
        ASSERT_TRUE(child.waitForStarted());
        ASSERT_TRUE(QTest::qWaitFor([&] { return received.size() == 1; }, 15000));
        child.kill();
        ASSERT_TRUE(child.waitForFinished());
        EXPECT_EQ(child.exitStatus(), QProcess::CrashExit);
    }

    int runToTheEnd(const QString& mode)
    {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QStringLiteral(OUTBOX_CRASH_HELPER), arguments(mode));
        EXPECT_TRUE(child.waitForStarted());
        // The peer lives in this process: keep its event loop turning while the child runs.
        EXPECT_TRUE(QTest::qWaitFor([&] { return child.state() == QProcess::NotRunning; }, 25000));
        return child.exitStatus() == QProcess::NormalExit ? child.exitCode() : -1;
    }

    OutboxEntry onlyEntry(Workspace& ws)
    {
        auto entries = ws.outbox().entries();
        EXPECT_TRUE(entries && entries->size() == 1);
        return entries && !entries->isEmpty() ? entries->first() : OutboxEntry{};
    }

    int ownReplies(Workspace& ws, qint64 item)
    {
        int own = 0;
        for (const ThreadEntry& e : ws.posts().thread(item).value_or(QList<ThreadEntry>()))
            own += e.post.isOwn() ? 1 : 0;
        return own;
    }

    QTemporaryDir dir;
    CountingPeer peer;
    QString path;
};

} // namespace

TEST_F(OutboxCrash, KilledAfterThePeerGotTheRequestButBeforeTheAnswerPostsOnce)
{
    peer.setHolding(true);
    runUntilTheRequestArrivesThenKill();
    {
        auto ws = openWorkspace(path);
        ASSERT_TRUE(ws);
        EXPECT_EQ(onlyEntry(*ws).state, OutboxState::Sending);
    }
    EXPECT_EQ(peer.posts(), 1) << "the peer created the post; only the answer was lost";

    peer.setHolding(false);
    ASSERT_EQ(runToTheEnd(u"resume"_qs), 0);

    EXPECT_EQ(peer.requests(), 2);
    EXPECT_EQ(peer.posts(), 1) << "the repeated request carried the same key";
    ASSERT_EQ(peer.keys().size(), 2);
    EXPECT_EQ(peer.keys()[0], peer.keys()[1]);
    auto ws = openWorkspace(path);
    ASSERT_TRUE(ws);
    const OutboxEntry sent = onlyEntry(*ws);
    EXPECT_EQ(sent.state, OutboxState::Sent);
    EXPECT_EQ(sent.attempts, 2);
    EXPECT_EQ(sent.idempotencyKey, peer.keys()[0]);
    EXPECT_EQ(sent.remoteId, peer.postFor(sent.idempotencyKey));
    EXPECT_EQ(ownReplies(*ws, sent.targetPostId), 1);
}

TEST_F(OutboxCrash, KilledRightAfterMarkingSendingPostsOnceOnRestart)
{
    ASSERT_EQ(runToTheEnd(u"queue-die"_qs), -1) << "the helper kills itself";
    EXPECT_EQ(peer.requests(), 0);
    {
        auto ws = openWorkspace(path);
        ASSERT_TRUE(ws);
        EXPECT_EQ(onlyEntry(*ws).state, OutboxState::Sending);
    }
    ASSERT_EQ(runToTheEnd(u"resume"_qs), 0);
    EXPECT_EQ(peer.requests(), 1);
    EXPECT_EQ(peer.posts(), 1);
    auto ws = openWorkspace(path);
    ASSERT_TRUE(ws);
    EXPECT_EQ(onlyEntry(*ws).state, OutboxState::Sent);
    EXPECT_EQ(ownReplies(*ws, onlyEntry(*ws).targetPostId), 1);
}

TEST_F(OutboxCrash, AnUnreachablePeerLeavesTheReplyQueuedUntilTheNetworkIsBack)
{
    QTcpServer probe;
    ASSERT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 closedPort = probe.serverPort();
    probe.close();
    QProcess child;
    child.start(QStringLiteral(OUTBOX_CRASH_HELPER),
                {path, QString::number(closedPort), u"queue"_qs});
    ASSERT_TRUE(child.waitForStarted());
    // Refused connection: a temporary failure, queued with a later attempt time.
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            auto ws = Workspace::open(path);
            if (!ws)
                return false;
            auto entries = (*ws)->outbox().entries();
            return entries && entries->size() == 1 &&
                   entries->first().state == OutboxState::Queued && entries->first().attempts == 1;
        },
        15000));
    child.kill();
    child.waitForFinished();
    auto ws = openWorkspace(path);
    ASSERT_TRUE(ws);
    const OutboxEntry waiting = onlyEntry(*ws);
    EXPECT_FALSE(waiting.lastError.isEmpty());
    EXPECT_TRUE(waiting.nextAttemptAt.has_value());
    ws.reset();

    // The network is back (the peer): the waiting reply goes out once its time comes.
    ASSERT_EQ(runToTheEnd(u"resume"_qs), 0);
    EXPECT_EQ(peer.posts(), 1);
    auto after = openWorkspace(path);
    ASSERT_TRUE(after);
    EXPECT_EQ(onlyEntry(*after).state, OutboxState::Sent);
    EXPECT_EQ(onlyEntry(*after).idempotencyKey, waiting.idempotencyKey);
}

TEST_F(OutboxCrash, APeerRefusingTheReplyLeavesItFailedForAPerson)
{
    peer.setRefusing(true);
    ASSERT_EQ(runToTheEnd(u"queue"_qs), 0);
    EXPECT_EQ(peer.posts(), 0);
    auto ws = openWorkspace(path);
    ASSERT_TRUE(ws);
    const OutboxEntry failed = onlyEntry(*ws);
    EXPECT_EQ(failed.state, OutboxState::Failed);
    EXPECT_FALSE(failed.lastError.isEmpty());
}

TEST_F(OutboxCrash, GarbageFromThePeerIsATemporaryFailureNotASentReply)
{
    peer.setGarbage(true);
    QProcess child;
    child.start(QStringLiteral(OUTBOX_CRASH_HELPER), arguments(u"queue"_qs));
    ASSERT_TRUE(child.waitForStarted());
    ASSERT_TRUE(QTest::qWaitFor([&] { return peer.requests() >= 1; }, 15000));
    QTest::qWait(200);
    child.kill();
    child.waitForFinished();
    auto ws = openWorkspace(path);
    ASSERT_TRUE(ws);
    const OutboxEntry waiting = onlyEntry(*ws);
    EXPECT_NE(waiting.state, OutboxState::Sent);
    EXPECT_NE(waiting.state, OutboxState::Failed);
    EXPECT_TRUE(waiting.remoteId.isEmpty());
}
