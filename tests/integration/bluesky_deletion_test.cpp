// SPDX-License-Identifier: GPL-3.0-or-later
// On the reference network: a mention its author deletes is retired by the next sync, with a
// note in its history; the items whose posts still exist stay open.
#include "atproto_network.h"
#include "providers/bluesky/app_password_sign_in.h"
#include "providers/bluesky/at_uri.h"
#include "providers/bluesky/bluesky_account_syncer.h"
#include "store/post_repository.h"
#include "store/queue_repository.h"
#include "support/workspace_fixture.h"
#include "sync/workspace_ledger.h"

#include <QDateTime>
#include <QJsonArray>
#include <QNetworkAccessManager>

#include <gtest/gtest.h>

namespace hearken {
namespace {

using testing::await;
using testing::eventually;

class BlueskyDeletion : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto found = testing::AtprotoNetwork::fromEnvironment();
        ASSERT_TRUE(found.has_value());
        net = *found;
    }

    bluesky::SessionGrant signIn(const char* who)
    {
        const auto grant =
            await<tl::expected<bluesky::SessionGrant, bluesky::XrpcError>>([&](auto done) {
                bluesky::signInWithAppPassword(http, net.pds, net.handle(who), net.password(who))
                    .then(done);
            });
        EXPECT_TRUE(grant.has_value()) << grant.error().message.toStdString();
        return grant.value_or(bluesky::SessionGrant{});
    }

    SyncOutcome syncAlice()
    {
        auto session = std::make_unique<bluesky::AtprotoSession>(http, alice, nonces);
        WorkspaceLedger ledger(*workspace, account.id, Classify());
        bluesky::Syncer syncer(std::move(session), account);
        return await<SyncOutcome>([&](auto done) { syncer.sync(ledger).then(done); }, 60'000);
    }

    // The queue row of the post at `uri`, in any state.
    std::optional<QueueItem> itemFor(const QString& uri)
    {
        QueueFilter all;
        all.states.clear();
        const auto items = workspace->queue().page(QueueQuery(all, 0, {}), std::nullopt, 500);
        for (const QueueItem& item : items.value_or(QList<QueueItem>{})) {
            const auto thread = workspace->posts().thread(item.postId);
            for (const ThreadEntry& entry : thread.value_or(QList<ThreadEntry>{})) {
                if (entry.isFocus && entry.post.remoteId == uri)
                    return item;
            }
        }
        return std::nullopt;
    }

    testing::AtprotoNetwork net;
    QNetworkAccessManager network;
    net::HttpClient http{network, {10'000, 3, 100, 1'000}};
    DpopNonces nonces;
    std::unique_ptr<Workspace> workspace = testing::memoryWorkspace();
    bluesky::SessionGrant alice;
    Account account;
};

TEST_F(BlueskyDeletion, ADeletedMentionIsRetiredWithANote)
{
    alice = signIn("alice");
    account.network = QStringLiteral("bluesky");
    account.remoteId = alice.did;
    account.handle = alice.handle;
    account.serverUrl = alice.pds.toString();
    account.authKind = QStringLiteral("app-password");
    account.id = workspace->accounts().saveAccount(account, 1).value();

    // Bob complains to alice.
    const bluesky::SessionGrant bob = signIn("bob");
    bluesky::AtprotoSession bobSession(http, bob, nonces);
    const QString text = QStringLiteral("@alice.test this broke again (%1)")
                             .arg(QDateTime::currentMSecsSinceEpoch());
    const QJsonObject facet{
        {QStringLiteral("index"),
         QJsonObject{{QStringLiteral("byteStart"), 0}, {QStringLiteral("byteEnd"), 11}}},
        {QStringLiteral("features"),
         QJsonArray{QJsonObject{
             {QStringLiteral("$type"), QStringLiteral("app.bsky.richtext.facet#mention")},
             {QStringLiteral("did"), alice.did}}}}};
    const auto created = await<bluesky::XrpcResult>([&](auto done) {
        bobSession
            .procedure(
                QStringLiteral("com.atproto.repo.createRecord"),
                QJsonObject{
                    {QStringLiteral("repo"), bob.did},
                    {QStringLiteral("collection"), QStringLiteral("app.bsky.feed.post")},
                    {QStringLiteral("record"),
                     QJsonObject{{QStringLiteral("$type"), QStringLiteral("app.bsky.feed.post")},
                                 {QStringLiteral("text"), text},
                                 {QStringLiteral("facets"), QJsonArray{facet}},
                                 {QStringLiteral("createdAt"),
                                  QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}}}})
            .then(done);
    });
    ASSERT_TRUE(created.has_value()) << created.error().message.toStdString();
    const QString uri = created->value(QLatin1String("uri")).toString();

    ASSERT_TRUE(eventually([&] {
        EXPECT_EQ(syncAlice().kind, SyncOutcome::Kind::Ok);
        return itemFor(uri).has_value();
    })) << "the mention arrives";
    ASSERT_EQ(itemFor(uri)->facts.state, ItemState::Open);
    const auto carol = itemFor(net.postUri("carolReply"));
    ASSERT_TRUE(carol.has_value());
    ASSERT_EQ(carol->facts.state, ItemState::Open);

    // Bob deletes it; the next syncs notice (once the AppView has taken the deletion in).
    const auto parsed = bluesky::AtUri::parse(uri);
    ASSERT_TRUE(parsed.has_value());
    const auto deleted = await<bluesky::XrpcResult>([&](auto done) {
        bobSession
            .procedure(QStringLiteral("com.atproto.repo.deleteRecord"),
                       QJsonObject{{QStringLiteral("repo"), bob.did},
                                   {QStringLiteral("collection"), parsed->collection},
                                   {QStringLiteral("rkey"), parsed->rkey}})
            .then(done);
    });
    ASSERT_TRUE(deleted.has_value()) << deleted.error().message.toStdString();
    ASSERT_TRUE(eventually([&] {
        EXPECT_EQ(syncAlice().kind, SyncOutcome::Kind::Ok);
        return itemFor(uri)->facts.state == ItemState::Dismissed;
    })) << "the deleted mention is retired";

    const QueueItem retired = *itemFor(uri);
    EXPECT_TRUE(retired.deletedAt.has_value());
    const QList<Event> history = workspace->posts().events(retired.postId).value();
    ASSERT_FALSE(history.isEmpty());
    EXPECT_EQ(history.last().kind, QStringLiteral("deleted"));
    // The network is stored by its id; the history shows its label (EventText tests).
    EXPECT_EQ(history.last().actor, QStringLiteral("bluesky"));
    // Carol's criticism still exists: still open.
    EXPECT_EQ(itemFor(net.postUri("carolReply"))->facts.state, ItemState::Open);
}

} // namespace
} // namespace hearken
