// SPDX-License-Identifier: GPL-3.0-or-later
// A Bluesky sync re-checks the newest open items with app.bsky.feed.getPosts (25 URIs a call)
// and retires those whose posts a successful answer leaves out; errors prove nothing.
#include "providers/bluesky/bluesky_account_syncer.h"
#include "store/post_repository.h"
#include "store/queue_repository.h"
#include "store/sync_state_repository.h"
#include "support/scripted_http_server.h"
#include "support/wait_for.h"
#include "support/workspace_fixture.h"
#include "sync/workspace_ledger.h"

#include <QNetworkAccessManager>
#include <QUrlQuery>

#include <gtest/gtest.h>

namespace hearken::bluesky {
namespace {

QString mentionUri(int n)
{
    return QStringLiteral("at://did:plc:fan/app.bsky.feed.post/m%1")
        .arg(n, 2, 10, QLatin1Char('0'));
}

QByteArray json(const QString& text)
{
    return text.toUtf8();
}

// A PDS with 30 mentions of the brand (m01 oldest, m30 newest) whose getPosts answers every
// post but those in `deleted`, or as `getPostsReply` says for the nth call (from 1).
class DeletingPds {
public:
    QSet<QString> deleted;
    std::function<std::optional<testing::ScriptedReply>(int call)> getPostsReply = [](int) {
        return std::nullopt;
    };
    QList<QStringList> asked;

    testing::ScriptedReply answer(const testing::ScriptedRequest& request)
    {
        const QUrl url(QString::fromLatin1(request.target));
        QString body = QStringLiteral("{}");
        if (url.path().endsWith(u"listNotifications")) {
            QStringList notifications;
            for (int n = 30; n >= 1; --n)
                notifications << QStringLiteral(
                                     R"({"uri": "%1", "cid": "c%2", "reason": "mention",
                      "indexedAt": "2026-01-01T10:%2:00.000Z",
                      "author": {"did": "did:plc:fan", "handle": "fan.test"},
                      "record": {"$type": "app.bsky.feed.post", "text": "@brand.test post %2",
                                 "createdAt": "2026-01-01T10:%2:00.000Z"}})")
                                     .arg(mentionUri(n),
                                          QString::number(n).rightJustified(2, u'0'));
            body = QStringLiteral(R"({"notifications": [%1]})").arg(notifications.join(u','));
        } else if (url.path().endsWith(u"getAuthorFeed")) {
            body = QStringLiteral(R"({"feed": []})");
        } else if (url.path().endsWith(u"listRecords")) {
            body = QStringLiteral(R"({"records": []})");
        } else if (url.path().endsWith(u"getPosts")) {
            const QStringList uris =
                QUrlQuery(url).allQueryItemValues(QStringLiteral("uris"), QUrl::FullyDecoded);
            asked.append(uris);
            if (auto scripted = getPostsReply(int(asked.size())))
                return *scripted;
            QStringList posts;
            for (const QString& uri : uris) {
                if (!deleted.contains(uri))
                    posts << QStringLiteral(R"({"uri": "%1", "cid": "c",
                        "author": {"did": "did:plc:fan", "handle": "fan.test"},
                        "record": {"text": "still here"}, "indexedAt": "2026-01-01T10:00:00.000Z"})")
                                 .arg(uri);
            }
            body = QStringLiteral(R"({"posts": [%1]})").arg(posts.join(u','));
        }
        return {200, {{"Content-Type", "application/json"}}, json(body)};
    }
};

class BlueskyDeletionCheckTest : public ::testing::Test {
protected:
    SyncOutcome sync()
    {
        Account account;
        account.network = QStringLiteral("bluesky");
        account.remoteId = QStringLiteral("did:plc:brand");
        account.handle = QStringLiteral("brand.test");
        account.id = *workspace->accounts().saveAccount(account, 1);
        SessionGrant grant;
        grant.did = account.remoteId;
        grant.pds = server.url(QString());
        grant.accessToken = QStringLiteral("at");
        grant.refreshToken = QStringLiteral("rt");
        WorkspaceLedger ledger(*workspace, account.id, Classify());
        bluesky::Syncer syncer(std::make_unique<AtprotoSession>(http, grant, nonces), account);
        const auto outcome = testing::waitFor<SyncOutcome>(
            [&](auto done) { syncer.sync(ledger).then(done); }, 20'000);
        EXPECT_TRUE(outcome.has_value());
        return outcome.value_or(SyncOutcome{});
    }

    // The items whose posts were retired as deleted, by remote id, with their history.
    QStringList retired()
    {
        QueueFilter all;
        all.states.clear();
        QStringList uris;
        const auto items = workspace->queue().page(QueueQuery(all, 0, {}), std::nullopt, 100);
        EXPECT_TRUE(items.has_value());
        for (const QueueItem& item : items.value_or(QList<QueueItem>{})) {
            if (item.facts.state != ItemState::Dismissed)
                continue;
            EXPECT_TRUE(item.deletedAt.has_value());
            const auto events = workspace->posts().events(item.postId).value();
            // The network's own history line names it by its id; the label is shown.
            EXPECT_TRUE(!events.isEmpty() && events.last().kind == u"deleted" &&
                        events.last().actor == u"bluesky");
            uris << workspace->posts().thread(item.postId).value().first().post.remoteId;
        }
        uris.sort();
        return uris;
    }

    DeletingPds pds;
    testing::ScriptedHttpServer server{
        [this](const testing::ScriptedRequest& request) { return pds.answer(request); }};
    QNetworkAccessManager network;
    net::HttpClient http{network, {5'000, 2, 10, 20}};
    DpopNonces nonces;
    std::unique_ptr<Workspace> workspace = testing::memoryWorkspace();
};

TEST_F(BlueskyDeletionCheckTest, PostsMissingFromTheAnswerAreRetiredNewestItemsAskedFirst)
{
    pds.deleted = {mentionUri(28), mentionUri(5)};
    const SyncOutcome outcome = sync();
    EXPECT_EQ(outcome.kind, SyncOutcome::Kind::Ok) << outcome.message.toStdString();
    EXPECT_EQ(outcome.newItems, 30);

    ASSERT_EQ(pds.asked.size(), 2);
    EXPECT_EQ(pds.asked[0].size(), 25);
    EXPECT_EQ(pds.asked[0].first(), mentionUri(30));
    EXPECT_EQ(pds.asked[0].last(), mentionUri(6));
    EXPECT_EQ(pds.asked[1], (QStringList{mentionUri(5), mentionUri(4), mentionUri(3), mentionUri(2),
                                         mentionUri(1)}));
    EXPECT_EQ(retired(), (QStringList{mentionUri(5), mentionUri(28)}));

    // Retired items are not asked about again, and nothing more is retired.
    pds.asked.clear();
    EXPECT_EQ(sync().kind, SyncOutcome::Kind::Ok);
    ASSERT_EQ(pds.asked.size(), 2);
    EXPECT_FALSE(pds.asked[0].contains(mentionUri(28)));
    EXPECT_EQ(pds.asked[0].size() + pds.asked[1].size(), 28);
    EXPECT_EQ(retired(), (QStringList{mentionUri(5), mentionUri(28)}));
}

TEST_F(BlueskyDeletionCheckTest, AFailedCallProvesNothingAboutItsPosts)
{
    pds.deleted = {mentionUri(28), mentionUri(5)};
    pds.getPostsReply = [](int call) -> std::optional<testing::ScriptedReply> {
        if (call < 2)
            return std::nullopt;
        return testing::ScriptedReply{502, {}, "<html>bad gateway</html>"};
    };
    const SyncOutcome outcome = sync();
    EXPECT_EQ(outcome.kind, SyncOutcome::Kind::Failed);
    EXPECT_EQ(outcome.newItems, 30);
    // The first answer came: its missing post is retired; the second never did.
    EXPECT_EQ(retired(), (QStringList{mentionUri(28)}));
}

TEST_F(BlueskyDeletionCheckTest, ARateLimitStopsTheCheckUntilTheReset)
{
    pds.deleted = {mentionUri(28)};
    const qint64 reset = QDateTime::currentSecsSinceEpoch() + 600;
    pds.getPostsReply = [reset](int) -> std::optional<testing::ScriptedReply> {
        return testing::ScriptedReply{
            429,
            {{"Content-Type", "application/json"},
             {"RateLimit-Remaining", "0"},
             {"RateLimit-Reset", QByteArray::number(reset)}},
            R"({"error":"RateLimitExceeded","message":"Rate Limit Exceeded"})"};
    };
    const SyncOutcome outcome = sync();
    EXPECT_EQ(outcome.kind, SyncOutcome::Kind::RateLimited);
    EXPECT_EQ(outcome.retryAt, reset);
    EXPECT_EQ(pds.asked.size(), 1);
    EXPECT_TRUE(retired().isEmpty());
}

TEST_F(BlueskyDeletionCheckTest, AnAnswerAboutOtherPostsRetiresNothing)
{
    pds.getPostsReply = [](int) -> std::optional<testing::ScriptedReply> {
        return testing::ScriptedReply{
            200,
            {{"Content-Type", "application/json"}},
            R"({"posts": [{"uri": "at://did:plc:other/app.bsky.feed.post/x", "cid": "c"}]})"};
    };
    EXPECT_EQ(sync().kind, SyncOutcome::Kind::Failed);
    EXPECT_TRUE(retired().isEmpty());
}

} // namespace
} // namespace hearken::bluesky
