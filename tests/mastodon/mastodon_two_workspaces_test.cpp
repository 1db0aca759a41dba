// SPDX-License-Identifier: GPL-3.0-or-later
// Two workspaces on one desk, one per brand, signed in to accounts on the same Mastodon test
// server and sharing one vault (as they share the system keychain). Account ids start at 1 in
// both, yet each syncs, replies and likes only as itself, and removing one leaves the other
// signed in and working.
#include "mastodon_fixture.h"
#include "outbox/delivery_engine.h"
#include "providers/mastodon/mastodon_provider.h"
#include "providers/network_deliverers.h"
#include "providers/provider_registry.h"

#include <QJsonArray>

using namespace hearken;
using namespace hearken::testing;

namespace {

class MastodonTwoWorkspaces : public MastodonFixture {
protected:
    MastodonTwoWorkspaces()
    {
        shop = Workspace::open(dir.filePath(QStringLiteral("shop.hearken"))).value_or(nullptr);
        if (shop)
            shopSecrets.emplace(vault, vaultScope(shop->settings()));
    }

    Account signInAs(const char* user, Workspace& into, auth::SecretVault& itsSecrets)
    {
        qputenv("HEARKEN_TEST_USER", user);
        auto account = signIn(peer.url(), signInServices(into, itsSecrets));
        qunsetenv("HEARKEN_TEST_USER");
        EXPECT_TRUE(account) << account.error().message.toStdString();
        return account.value_or(Account{});
    }

    static qint64 queued(Workspace& of, const QString& words = QStringLiteral(""))
    {
        return value(of,
                     QStringLiteral("SELECT count(*) FROM queue q JOIN posts p ON p.id = q.post_id "
                                    "WHERE p.text LIKE ?"),
                     {QString(u'%' + words + u'%')})
            .toLongLong();
    }

    static qint64 postWith(Workspace& of, const QString& words)
    {
        return value(of,
                     QStringLiteral("SELECT q.post_id FROM queue q JOIN posts p ON p.id = "
                                    "q.post_id WHERE p.text LIKE ? ORDER BY p.id LIMIT 1"),
                     {QString(u'%' + words + u'%')})
            .toLongLong();
    }

    static QString remoteIdOf(Workspace& of, qint64 postId)
    {
        return value(of, QStringLiteral("SELECT remote_id FROM posts WHERE id = ?"), {postId})
            .toString();
    }

    // Replies to and likes `postId` through the workspace's outbox, wired as the window wires
    // it, and waits until both went out.
    void replyAndLike(Workspace& from, auth::SecretVault& itsSecrets, const Account& account,
                      qint64 postId, const QString& text)
    {
        ProviderRegistry providers;
        providers.add(std::make_unique<mastodon::Provider>());
        DpopNonces nonces;
        NetworkDeliverers deliverers(providers, {http, itsSecrets, nonces, now});
        DeliveryEngine outbox(
            from, [&](const Account& a) { return deliverers.forAccount(a); }, now);
        outbox.setBackoff({1, 1});
        for (const OutboxKind kind : {OutboxKind::Reply, OutboxKind::Like}) {
            const auto sent = outbox.send({account.id,
                                           postId,
                                           kind,
                                           kind == OutboxKind::Reply ? text : QString(),
                                           {},
                                           QStringLiteral("ana"),
                                           std::nullopt});
            ASSERT_TRUE(sent) << sent.error().message.toStdString();
        }
        ASSERT_TRUE(spinUntil([&] { return outbox.pendingCount() == 0; }, 15'000));
    }

    QStringList authorsOf(const QString& text)
    {
        QStringList authors;
        const QJsonArray found =
            peer.control(QStringLiteral("/state"), {{QStringLiteral("text"), text}})
                .value(QLatin1String("authorsOfText"))
                .toArray();
        for (const auto& author : found)
            authors.append(author.toString());
        return authors;
    }

    QStringList likersOf(const QString& remoteId)
    {
        QStringList likers;
        const QJsonArray favourites =
            peer.control(QStringLiteral("/state")).value(QLatin1String("favouritedBy")).toArray();
        for (const auto& favourite : favourites) {
            const QJsonObject like = favourite.toObject();
            if (like.value(QLatin1String("status")).toString() == localOf(remoteId))
                likers.append(like.value(QLatin1String("by")).toString());
        }
        return likers;
    }

    QString localOf(const QString& remoteId)
    {
        return mastodon::localId(remoteId, peer.url()).value_or(QString());
    }

    QJsonArray tokens()
    {
        return peer.control(QStringLiteral("/state")).value(QLatin1String("tokens")).toArray();
    }

    // The brand's workspace is the fixture's `workspace`; the shop's is this one.
    std::unique_ptr<Workspace> shop;
    std::optional<auth::WorkspaceVault> shopSecrets;
};

} // namespace

TEST_F(MastodonTwoWorkspaces, EachSyncsRepliesAndLikesOnlyAsItselfAndRemovingOneLeavesTheOther)
{
    ASSERT_TRUE(peer.isUp());
    ASSERT_TRUE(shop);
    const Account brand = signInAs("brand", *workspace, *secrets);
    const Account shopAccount = signInAs("shop", *shop, *shopSecrets);
    // The case that mixed them up: both workspaces number their first account 1.
    ASSERT_EQ(brand.id, 1);
    ASSERT_EQ(shopAccount.id, 1);
    EXPECT_NE(storedSecret(*workspace, auth::accessTokenKey(1)),
              storedSecret(*shop, auth::accessTokenKey(1)));
    EXPECT_NE(storedSecret(*workspace, auth::clientSecretKey(mastodon::network, brand.serverUrl)),
              storedSecret(*shop, auth::clientSecretKey(mastodon::network, brand.serverUrl)));

    // The server holds 45 mentions of @brand; the shop gets two of its own.
    peer.control(QStringLiteral("/seed"),
                 {{QStringLiteral("count"), QStringLiteral("2")},
                  {QStringLiteral("to"), QStringLiteral("shop")},
                  {QStringLiteral("text"), QStringLiteral("Where is my parcel?")}});
    auto brandSync = engine(*workspace, *secrets);
    auto shopSync = engine(*shop, *shopSecrets);
    for (const auto& [id, outcome] : syncOnce(*brandSync))
        EXPECT_EQ(outcome.kind, SyncOutcome::Kind::Ok) << outcome.message.toStdString();
    for (const auto& [id, outcome] : syncOnce(*shopSync))
        EXPECT_EQ(outcome.kind, SyncOutcome::Kind::Ok) << outcome.message.toStdString();
    EXPECT_EQ(queued(*workspace), 45);
    EXPECT_EQ(queued(*workspace, QStringLiteral("parcel")), 0);
    EXPECT_EQ(queued(*shop), 2);
    EXPECT_EQ(queued(*shop, QStringLiteral("parcel")), 2);

    const qint64 brandPost = postWith(*workspace, QStringLiteral("crashed again"));
    const qint64 shopPost = postWith(*shop, QStringLiteral("parcel"));
    ASSERT_GT(brandPost, 0);
    ASSERT_GT(shopPost, 0);
    const QString brandReply = QStringLiteral("@alice Sorry, a fix ships today.");
    const QString shopReply = QStringLiteral("@alice It left the warehouse this morning.");
    replyAndLike(*workspace, *secrets, brand, brandPost, brandReply);
    replyAndLike(*shop, *shopSecrets, shopAccount, shopPost, shopReply);
    EXPECT_EQ(authorsOf(brandReply), QStringList{QStringLiteral("brand")});
    EXPECT_EQ(authorsOf(shopReply), QStringList{QStringLiteral("shop")});
    EXPECT_EQ(likersOf(remoteIdOf(*workspace, brandPost)), QStringList{QStringLiteral("brand")});
    EXPECT_EQ(likersOf(remoteIdOf(*shop, shopPost)), QStringList{QStringLiteral("shop")});

    // The brand's workspace removes its account: only its own token is revoked and forgotten.
    mastodon::SignOut signOut(signInServices(*workspace, *secrets));
    const auto warning =
        waitFor<QString>([&](auto done) { QCoro::connect(signOut.run(brand), &signOut, done); });
    ASSERT_TRUE(warning);
    EXPECT_TRUE(warning->isEmpty()) << warning->toStdString();
    ASSERT_EQ(tokens().size(), 2);
    int revoked = 0;
    for (const auto& token : tokens())
        revoked += token.toObject().value(QLatin1String("revoked")).toBool() ? 1 : 0;
    EXPECT_EQ(revoked, 1);
    EXPECT_TRUE(storedSecret(*workspace, auth::accessTokenKey(1)).isEmpty());
    EXPECT_FALSE(storedSecret(*shop, auth::accessTokenKey(1)).isEmpty());

    // The shop stays signed in: it syncs what is new and still replies as itself.
    peer.control(QStringLiteral("/seed"),
                 {{QStringLiteral("to"), QStringLiteral("shop")},
                  {QStringLiteral("text"), QStringLiteral("Parcel arrived, thanks!")}});
    const auto again = syncOnce(*shopSync);
    ASSERT_EQ(again.size(), 1);
    EXPECT_EQ(again[0].second.kind, SyncOutcome::Kind::Ok) << again[0].second.message.toStdString();
    EXPECT_EQ(queued(*shop, QStringLiteral("arrived")), 1);
    const QString stillHere = QStringLiteral("@alice Glad it arrived!");
    replyAndLike(*shop, *shopSecrets, shopAccount, postWith(*shop, QStringLiteral("arrived")),
                 stillHere);
    EXPECT_EQ(authorsOf(stillHere), QStringList{QStringLiteral("shop")});
}
