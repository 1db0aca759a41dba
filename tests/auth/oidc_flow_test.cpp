// SPDX-License-Identifier: GPL-3.0-or-later
// Hearken's OAuth client against oidc-provider, a certified OAuth 2.0 server (npm, pinned in
// tests/peers/oidc), driven through $BROWSER by a headless browser script.
#include "auth/authorization_code_flow.h"
#include "support/node_peer.h"
#include "support/wait_for.h"

#include <QNetworkAccessManager>
#include <QThread>

#include <gtest/gtest.h>

using namespace hearken;
using namespace hearken::auth;
using namespace hearken::testing;

namespace {

const QString peerDir = QStringLiteral(HEARKEN_OIDC_PEER_DIR);

class OidcFlow : public ::testing::Test {
protected:
    OidcFlow()
        : peer(peerDir + QStringLiteral("/server.mjs"), {QStringLiteral("--refresh-ttl=2")})
        , http(network)
        , browser(QStringLiteral("node ") + peerDir + QStringLiteral("/browser.mjs"))
    {
        qunsetenv("HEARKEN_TEST_DECISION");
        qunsetenv("HEARKEN_TEST_STATE");
        client.authorizeUrl = peer.url(QStringLiteral("/auth"));
        client.tokenUrl = peer.url(QStringLiteral("/token"));
        client.revokeUrl = peer.url(QStringLiteral("/token/revocation"));
        client.clientId = QStringLiteral("hearken");
        client.clientSecret = QStringLiteral("se+cret/with=signs");
        client.scope = QStringLiteral("openid offline_access api:read");
        client.issuer = peer.url().toString();
        client.extraAuthorizeParameters = {{QStringLiteral("prompt"), QStringLiteral("consent")}};
    }

    AuthResult<TokenSet> grant()
    {
        AuthorizationCodeFlow flow(http, browser, client);
        flow.setCallbackTimeoutMs(15'000);
        auto result =
            waitFor<AuthResult<TokenSet>>([&](auto done) { flow.grant().then(done); }, 20'000);
        return result.value_or(authError(AuthError::Kind::TimedOut, QString()));
    }

    AuthResult<TokenSet> refresh(const QString& token)
    {
        TokenEndpoint endpoint(http, client);
        auto result = waitFor<AuthResult<TokenSet>>(
            [&](auto done) { endpoint.refresh(token, nullptr).then(done); });
        return result.value_or(authError(AuthError::Kind::TimedOut, QString()));
    }

    NodePeer peer;
    QNetworkAccessManager network;
    net::HttpClient http;
    CommandBrowserOpener browser;
    OAuthClient client;
};

} // namespace

TEST_F(OidcFlow, AuthorizationCodeWithPkceThenRefresh)
{
    ASSERT_TRUE(peer.isUp()) << peer.errors().toStdString();
    const AuthResult<TokenSet> tokens = grant();
    ASSERT_TRUE(tokens) << tokens.error().message.toStdString() << peer.errors().toStdString();
    EXPECT_FALSE(tokens->accessToken.isEmpty());
    EXPECT_FALSE(tokens->refreshToken.isEmpty());
    EXPECT_EQ(tokens->tokenType, u"Bearer");
    ASSERT_TRUE(tokens->expiresAtMs);

    const AuthResult<TokenSet> refreshed = refresh(tokens->refreshToken);
    ASSERT_TRUE(refreshed) << refreshed.error().message.toStdString();
    EXPECT_NE(refreshed->accessToken, tokens->accessToken);
    // Refresh tokens rotate: the old one is spent.
    const AuthResult<TokenSet> reused = refresh(tokens->refreshToken);
    ASSERT_FALSE(reused);
    EXPECT_EQ(reused.error().kind, AuthError::Kind::InvalidGrant);
}

TEST_F(OidcFlow, WithoutPkceTheServerRefuses)
{
    client.usePkce = false;
    const AuthResult<TokenSet> tokens = grant();
    ASSERT_FALSE(tokens);
    EXPECT_EQ(tokens.error().kind, AuthError::Kind::Server);
    EXPECT_TRUE(tokens.error().message.contains(u"PKCE")) << tokens.error().message.toStdString();
}

TEST_F(OidcFlow, AWrongStateIsRejected)
{
    qputenv("HEARKEN_TEST_STATE", "forged-state");
    const AuthResult<TokenSet> tokens = grant();
    ASSERT_FALSE(tokens);
    EXPECT_EQ(tokens.error().kind, AuthError::Kind::StateMismatch);
}

TEST_F(OidcFlow, ADeniedConsentIsReported)
{
    qputenv("HEARKEN_TEST_DECISION", "deny");
    const AuthResult<TokenSet> tokens = grant();
    ASSERT_FALSE(tokens);
    EXPECT_EQ(tokens.error().kind, AuthError::Kind::Denied) << tokens.error().message.toStdString();
}

TEST_F(OidcFlow, AnExpiredRefreshTokenMeansSignInAgain)
{
    const AuthResult<TokenSet> tokens = grant();
    ASSERT_TRUE(tokens) << tokens.error().message.toStdString();
    // The server gives refresh tokens two seconds here.
    spinUntil([] { return false; }, 2500);
    const AuthResult<TokenSet> refreshed = refresh(tokens->refreshToken);
    ASSERT_FALSE(refreshed);
    EXPECT_EQ(refreshed.error().kind, AuthError::Kind::InvalidGrant);
    EXPECT_TRUE(refreshed.error().message.contains(u"Sign in again"));
}

TEST_F(OidcFlow, ARevokedRefreshTokenIsRefused)
{
    const AuthResult<TokenSet> tokens = grant();
    ASSERT_TRUE(tokens) << tokens.error().message.toStdString();
    TokenEndpoint endpoint(http, client);
    auto revoked = waitFor<AuthResult<void>>(
        [&](auto done) { endpoint.revoke(tokens->refreshToken, nullptr).then(done); });
    ASSERT_TRUE(revoked && *revoked);
    const AuthResult<TokenSet> refreshed = refresh(tokens->refreshToken);
    ASSERT_FALSE(refreshed);
    EXPECT_EQ(refreshed.error().kind, AuthError::Kind::InvalidGrant);
}
