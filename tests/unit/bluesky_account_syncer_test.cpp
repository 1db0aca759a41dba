// SPDX-License-Identifier: GPL-3.0-or-later
// How a Bluesky account's sync pass ends when its PDS limits, fails or is gone: the outcome the
// sync engine keeps for that account alone.
#include "providers/bluesky/bluesky_account_syncer.h"
#include "store/sync_state_repository.h"
#include "support/scripted_http_server.h"
#include "support/wait_for.h"
#include "support/workspace_fixture.h"

#include <QDateTime>
#include <QNetworkAccessManager>

#include <gtest/gtest.h>

namespace hearken {
namespace {

class BlueskyAccountSyncerTest : public ::testing::Test {
protected:
    SyncOutcome passAgainst(const QUrl& pds)
    {
        workspace = testing::memoryWorkspace();
        Account account;
        account.network = QStringLiteral("bluesky");
        account.remoteId = QStringLiteral("did:plc:brand");
        account.handle = QStringLiteral("brand.test");
        account.id = *workspace->accounts().saveAccount(account, 1);
        SessionGrant grant;
        grant.did = account.remoteId;
        grant.pds = pds;
        grant.accessToken = QStringLiteral("at");
        grant.refreshToken = QStringLiteral("rt");
        auto session = std::make_unique<AtprotoSession>(http, grant, nonces);
        BlueskyAccountSyncer syncer({workspace->ingest(), workspace->syncState(), {}},
                                    std::move(session), account);
        const auto outcome =
            testing::waitFor<SyncOutcome>([&](auto done) { syncer.sync(done); }, 20'000);
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

} // namespace
} // namespace hearken
