// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/memory_vault.h"
#include "providers/bluesky/bluesky_chain_fetcher.h"
#include "providers/bluesky/bluesky_provider.h"
#include "providers/bluesky/oauth_sign_in.h"
#include "providers/bluesky/session_secrets.h"
#include "support/wait_for.h"

#include <QNetworkAccessManager>
#include <QUrlQuery>

#include <gtest/gtest.h>

namespace hearken::bluesky {
namespace {

SessionGrant oauthGrant()
{
    SessionGrant grant;
    grant.kind = SessionGrant::Kind::OAuth;
    grant.did = QStringLiteral("did:plc:abc");
    grant.handle = QStringLiteral("brand.example");
    grant.pds = QUrl(QStringLiteral("https://pds.example"));
    grant.accessToken = QStringLiteral("at");
    grant.refreshToken = QStringLiteral("rt");
    grant.issuer = QUrl(QStringLiteral("https://auth.example"));
    grant.tokenEndpoint = QUrl(QStringLiteral("https://auth.example/oauth/token"));
    grant.clientId = QStringLiteral("https://hearken.example/client.json");
    grant.dpopKey = *DpopKey::generate();
    return grant;
}

TEST(BlueskySessionSecrets, AnOAuthGrantSurvivesTheVaultWithItsDpopKey)
{
    const SessionGrant grant = oauthGrant();
    const auto restored = deserializeGrant(serializeGrant(grant));
    ASSERT_TRUE(restored.has_value()) << restored.error().toStdString();
    EXPECT_EQ(restored->kind, SessionGrant::Kind::OAuth);
    EXPECT_EQ(restored->did, grant.did);
    EXPECT_EQ(restored->pds, grant.pds);
    EXPECT_EQ(restored->refreshToken, grant.refreshToken);
    EXPECT_EQ(restored->tokenEndpoint, grant.tokenEndpoint);
    EXPECT_EQ(restored->clientId, grant.clientId);
    ASSERT_TRUE(restored->dpopKey.has_value());
    EXPECT_EQ(restored->dpopKey->publicJwk(), grant.dpopKey->publicJwk());
}

TEST(BlueskySessionSecrets, TheAccountRowCarriesNoSecret)
{
    const SessionGrant grant = oauthGrant();
    const Account account = accountForGrant(grant);
    EXPECT_EQ(account.network, QStringLiteral("bluesky"));
    EXPECT_EQ(account.remoteId, grant.did);
    EXPECT_EQ(account.authKind, QStringLiteral("oauth"));
    for (const QString& field : {account.handle, account.displayName, account.serverUrl})
        EXPECT_FALSE(field.contains(QLatin1String("rt")) ||
                     field.contains(QLatin1String("PRIVATE")));
}

TEST(BlueskySessionSecrets, UnreadableSecretsAreRefused)
{
    EXPECT_FALSE(deserializeGrant(QStringLiteral("garbage")).has_value());
    EXPECT_FALSE(
        deserializeGrant(QStringLiteral(R"({"kind":"oauth","did":"did:plc:x"})")).has_value());
    QString broken = serializeGrant(oauthGrant());
    broken.replace(QLatin1String("PRIVATE KEY"), QLatin1String("PUBLIC NOPE"));
    EXPECT_FALSE(deserializeGrant(broken).has_value());
}

// An account's session as the vault keeps it, opened with a context the test may destroy.
class BlueskyOpenSession : public ::testing::Test {
protected:
    void SetUp() override
    {
        bool stored = false;
        storeGrant(vault, oauthGrant(),
                   [&](const auth::VaultResult<void>& r) { stored = bool(r); });
        ASSERT_TRUE(testing::spinUntil([&] { return stored; }));
    }

    // Opens the session; `ended` and `opened` tell how it went once it ends.
    void open()
    {
        openSession({http, vault, nonces}, accountForGrant(oauthGrant()), context.get())
            .then([this](const OpenedSession& session) {
                ended = true;
                opened = session.has_value() && *session;
            });
    }

    QNetworkAccessManager network;
    net::HttpClient http{network};
    DpopNonces nonces;
    auth::MemoryVault vault;
    std::unique_ptr<QObject> context = std::make_unique<QObject>();
    bool ended = false;
    bool opened = false;
};

TEST_F(BlueskyOpenSession, OpensTheSessionTheVaultKeeps)
{
    open();
    ASSERT_TRUE(testing::spinUntil([&] { return ended; }));
    EXPECT_TRUE(opened);
}

TEST_F(BlueskyOpenSession, AnOpeningWhoseContextGoesEndsWithoutASession)
{
    open();
    ASSERT_FALSE(ended) << "the vault answers on the next turn of the event loop";

    context.reset();
    EXPECT_TRUE(ended) << "the opening still waits for the vault";
    EXPECT_FALSE(opened);
    QCoreApplication::processEvents(); // the vault's answer now reaches nobody
}

TEST_F(BlueskyOpenSession, AChainFetcherDestroyedWhileItsSessionOpensAnswersNobody)
{
    auto fetcher = std::make_unique<ChainFetcher>(SessionServices{http, vault, nonces});
    Post reply;
    reply.remoteId = u"at://did:plc:abc/app.bsky.feed.post/3kabc"_qs;
    bool answered = false;
    fetcher->fetch(accountForGrant(oauthGrant()), reply, [&](const auto&) { answered = true; });

    fetcher.reset();
    QCoreApplication::processEvents(); // the vault answers the fetcher that is gone
    EXPECT_FALSE(answered);
}

TEST(BlueskyOAuthClient, LoopbackClientIdNamesRedirectAndScope)
{
    const QString id = loopbackClientId(QUrl(QStringLiteral("http://127.0.0.1:8765/callback")),
                                        QStringLiteral("atproto transition:generic"));
    EXPECT_EQ(id, QStringLiteral("http://localhost?redirect_uri=http%3A%2F%2F127.0.0.1%3A8765%2F"
                                 "callback&scope=atproto%20transition%3Ageneric"));
    const QUrlQuery query(QUrl(id).query());
    EXPECT_EQ(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded),
              QStringLiteral("http://127.0.0.1:8765/callback"));
}

} // namespace
} // namespace hearken::bluesky
