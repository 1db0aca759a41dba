// SPDX-License-Identifier: GPL-3.0-or-later
// How a Bluesky account's sync pass ends when its PDS limits, fails or is gone: the outcome the
// sync engine keeps for that account alone.
#include "providers/bluesky/bluesky_account_syncer.h"
#include "store/post_repository.h"
#include "store/queue_repository.h"
#include "store/sync_state_repository.h"
#include "support/scripted_http_server.h"
#include "support/wait_for.h"
#include "support/workspace_fixture.h"
#include "sync/workspace_ledger.h"

#include <QDateTime>
#include <QNetworkAccessManager>

#include <gtest/gtest.h>

namespace hearken::bluesky {
namespace {

class BlueskyAccountSyncerTest : public ::testing::Test {
protected:
    // A pass against `pds` in a new workspace; with `again`, in the workspace of the last pass.
    SyncOutcome passAgainst(const QUrl& pds, bool again = false)
    {
        if (!again)
            workspace = testing::memoryWorkspace();
        Account account;
        account.network = QStringLiteral("bluesky");
        account.remoteId = QStringLiteral("did:plc:brand");
        account.handle = QStringLiteral("brand.test");
        account.id = again ? 1 : *workspace->accounts().saveAccount(account, 1);
        SessionGrant grant;
        grant.did = account.remoteId;
        grant.pds = pds;
        grant.accessToken = QStringLiteral("at");
        grant.refreshToken = QStringLiteral("rt");
        auto session = std::make_unique<AtprotoSession>(http, grant, nonces);
        WorkspaceLedger ledger(*workspace, account.id, Classify());
        bluesky::Syncer syncer(std::move(session), account);
        const auto outcome = testing::waitFor<SyncOutcome>(
            [&](auto done) { syncer.sync(ledger).then(done); }, 20'000);
        EXPECT_TRUE(outcome.has_value());
        return outcome.value_or(SyncOutcome{});
    }

    QNetworkAccessManager network;
    net::HttpClient http{network, {5'000, 2, 10, 20}};
    DpopNonces nonces;
    std::unique_ptr<Workspace> workspace;
};

TEST_F(BlueskyAccountSyncerTest, ARateLimitPausesUntilTheServersReset)
{
    const qint64 reset = QDateTime::currentSecsSinceEpoch() + 600;
    testing::ScriptedHttpServer pds([reset](const testing::ScriptedRequest&) {
        return testing::ScriptedReply{
            429,
            {{"Content-Type", "application/json"},
             {"RateLimit-Limit", "3000"},
             {"RateLimit-Remaining", "0"},
             {"RateLimit-Reset", QByteArray::number(reset)}},
            R"({"error":"RateLimitExceeded","message":"Rate Limit Exceeded"})"};
    });
    const SyncOutcome outcome = passAgainst(pds.url(QString()));
    EXPECT_EQ(outcome.kind, SyncOutcome::Kind::RateLimited);
    ASSERT_TRUE(outcome.retryAt.has_value());
    EXPECT_EQ(*outcome.retryAt, reset);
}

TEST_F(BlueskyAccountSyncerTest, ServerErrorsAndGarbageFailThePassAndStoreNothing)
{
    testing::ScriptedHttpServer broken([](const testing::ScriptedRequest&) {
        return testing::ScriptedReply{502, {}, "<html>bad gateway</html>"};
    });
    EXPECT_EQ(passAgainst(broken.url(QString())).kind, SyncOutcome::Kind::Failed);

    testing::ScriptedHttpServer garbage([](const testing::ScriptedRequest&) {
        return testing::ScriptedReply{200,
                                      {{"Content-Type", "application/json"}},
                                      R"({"notifications": [{"reason": "mention", )"};
    });
    const SyncOutcome outcome = passAgainst(garbage.url(QString()));
    EXPECT_EQ(outcome.kind, SyncOutcome::Kind::Failed);
    EXPECT_EQ(*workspace->syncState().cursors(1), (QHash<QString, QString>{}));

    testing::ScriptedHttpServer dropping([](const testing::ScriptedRequest&) {
        testing::ScriptedReply reply;
        reply.drop = true;
        return reply;
    });
    EXPECT_EQ(passAgainst(dropping.url(QString())).kind, SyncOutcome::Kind::Failed);
}

TEST_F(BlueskyAccountSyncerTest, ARevokedSessionAsksForANewSignIn)
{
    testing::ScriptedHttpServer pds([](const testing::ScriptedRequest& request) {
        if (request.target.contains("refreshSession"))
            return testing::ScriptedReply{
                400,
                {{"Content-Type", "application/json"}},
                R"({"error":"ExpiredToken","message":"Token has been revoked"})"};
        return testing::ScriptedReply{400,
                                      {{"Content-Type", "application/json"}},
                                      R"({"error":"ExpiredToken","message":"Token has expired"})"};
    });
    const SyncOutcome outcome = passAgainst(pds.url(QString()));
    EXPECT_EQ(outcome.kind, SyncOutcome::Kind::SignInNeeded);
    EXPECT_TRUE(outcome.message.contains(QLatin1String("sign in again")));
}

// A PDS whose answers never change: one mention of us, our reply to it and our like of it.
testing::ScriptedReply unchangingPds(const testing::ScriptedRequest& request)
{
    const QByteArray mention = "at://did:plc:fan/app.bsky.feed.post/m1";
    QByteArray body = "{}";
    if (request.target.contains("listNotifications")) {
        body = R"({"notifications": [{"uri": ")" + mention +
               R"(", "cid": "c1", "reason": "mention", "indexedAt": "2026-01-01T10:00:00.000Z",
                  "author": {"did": "did:plc:fan", "handle": "fan.test", "displayName": "Fan"},
                  "record": {"$type": "app.bsky.feed.post", "text": "@brand.test where is it?",
                             "createdAt": "2026-01-01T10:00:00.000Z"}}]})";
    } else if (request.target.contains("getAuthorFeed")) {
        body = R"({"feed": [{"post": {"uri": "at://did:plc:brand/app.bsky.feed.post/r1",
                  "cid": "c2", "indexedAt": "2026-01-01T11:00:00.000Z",
                  "author": {"did": "did:plc:brand", "handle": "brand.test"},
                  "record": {"$type": "app.bsky.feed.post", "text": "It ships on Friday.",
                             "createdAt": "2026-01-01T11:00:00.000Z",
                             "reply": {"parent": {"uri": ")" +
               mention + R"("}, "root": {"uri": ")" + mention + R"("}}}}}]})";
    } else if (request.target.contains("getPosts")) {
        // The deletion check: the mention still exists.
        body = R"({"posts": [{"uri": ")" + mention + R"(", "cid": "c1"}]})";
    } else if (request.target.contains("listRecords")) {
        body = R"({"records": [{"uri": "at://did:plc:brand/app.bsky.feed.like/l1",
                  "value": {"subject": {"uri": ")" +
               mention + R"(", "cid": "c1"}, "createdAt": "2026-01-01T11:05:00.000Z"}}]})";
    }
    return testing::ScriptedReply{200, {{"Content-Type", "application/json"}}, body};
}

TEST_F(BlueskyAccountSyncerTest, ASyncThatFindsNothingNewChangesNothing)
{
    testing::ScriptedHttpServer pds(unchangingPds);
    ASSERT_EQ(passAgainst(pds.url(QString())).kind, SyncOutcome::Kind::Ok);
    QueueFilter all;
    all.states.clear();
    const auto itemAfter = [&] {
        const auto items = workspace->queue().page(QueueQuery(all, 0, {}), std::nullopt, 10);
        EXPECT_TRUE(items.has_value() && items->size() == 1);
        return items && items->size() == 1 ? items->first() : QueueItem{};
    };
    const QueueItem first = itemAfter();
    const auto firstHistory = workspace->posts().events(first.postId).value();
    QStringList kinds;
    for (const Event& event : firstHistory)
        kinds << event.kind;
    EXPECT_EQ(kinds, (QStringList{u"answered"_qs, u"liked"_qs}));
    ASSERT_TRUE(first.facts.answeredAt.has_value());
    ASSERT_TRUE(first.facts.thankedAt.has_value());

    for (int pass = 2; pass <= 3; ++pass) {
        ASSERT_EQ(passAgainst(pds.url(QString()), true).kind, SyncOutcome::Kind::Ok);
        const QueueItem again = itemAfter();
        EXPECT_EQ(workspace->posts().events(again.postId).value().size(), firstHistory.size())
            << "pass " << pass;
        EXPECT_EQ(again.facts.answeredAt, first.facts.answeredAt);
        EXPECT_EQ(again.facts.thankedAt, first.facts.thankedAt);
    }
}

} // namespace
} // namespace hearken::bluesky
