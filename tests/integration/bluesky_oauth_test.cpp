// SPDX-License-Identifier: GPL-3.0-or-later
// AT Protocol OAuth against the reference network's PDS and its OAuth provider, with $BROWSER
// pointed at a headless driver of the real sign-in page (tests/peers/atproto/fake-browser.js).
#include "atproto_network.h"
#include "auth/browser_opener.h"
#include "providers/bluesky/atproto_session.h"
#include "providers/bluesky/oauth_sign_in.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QUrlQuery>

#include <gtest/gtest.h>

namespace hearken {
namespace {

using testing::await;
using SignInResult = auth::AuthResult<bluesky::SessionGrant>;

class BlueskyOAuth : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto found = testing::AtprotoNetwork::fromEnvironment();
        ASSERT_TRUE(found.has_value());
        net = *found;
        driver = net.fakeBrowser;
        ASSERT_FALSE(driver.isEmpty()) << "the network state names no fake browser";
    }

    SignInResult signIn(const QString& browserArguments)
    {
        qputenv("BROWSER", QStringLiteral("node %1 %2 %s").arg(driver, browserArguments).toUtf8());
        browser = auth::browserFromEnvironment(nullptr);
        bluesky::OAuthConfig config;
        config.plc = net.plc;
        config.handleResolver = net.pds;
        config.callbackTimeoutMs = 60'000;
        bluesky::OAuthSignIn oauth(http, *browser, nonces, config);
        return await<SignInResult>([&](auto done) { oauth.signIn(net.handle("alice")).then(done); },
                                   90'000);
    }

    bluesky::XrpcResult call(bluesky::AtprotoSession& session, const QString& nsid)
    {
        return await<bluesky::XrpcResult>([&](auto done) {
            session.query(nsid, QUrlQuery{{QStringLiteral("limit"), QStringLiteral("5")}})
                .then(done);
        });
    }

    testing::AtprotoNetwork net;
    QString driver;
    QNetworkAccessManager network;
    net::HttpClient http{network};
    DpopNonces nonces;
    std::unique_ptr<auth::BrowserOpener> browser;
};

TEST_F(BlueskyOAuth, SignsInThroughTheBrowserAndCallsThePdsWithDpopBoundTokens)
{
    const SignInResult grant = signIn(
        QStringLiteral("--user %1 --password %2").arg(net.handle("alice"), net.password("alice")));
    ASSERT_TRUE(grant.has_value()) << grant.error().message.toStdString();
    EXPECT_EQ(grant->kind, bluesky::SessionGrant::Kind::OAuth);
    EXPECT_EQ(grant->did, net.did("alice"));
    EXPECT_EQ(grant->handle, net.handle("alice"));
    EXPECT_EQ(grant->pds.port(), net.pds.port());
    EXPECT_TRUE(grant->clientId.startsWith(
        QLatin1String("http://localhost?redirect_uri=http%3A%2F%2F127.0.0.1%3A")))
        << grant->clientId.toStdString();
    EXPECT_TRUE(grant->clientId.endsWith(QLatin1String("&scope=atproto%20transition%3Ageneric")));
    ASSERT_TRUE(grant->dpopKey.has_value());
    EXPECT_FALSE(grant->accessToken.isEmpty());
    EXPECT_FALSE(grant->refreshToken.isEmpty());
    // The authorization server demanded a nonce (PAR and token requests answered it).
    EXPECT_FALSE(nonces.nonceFor(grant->issuer).isEmpty());

    // The PDS as resource server: a fresh nonce store, so its own nonce challenge is answered.
    DpopNonces pdsNonces;
    bluesky::AtprotoSession session(http, *grant, pdsNonces);
    const auto notifications =
        call(session, QStringLiteral("app.bsky.notification.listNotifications"));
    ASSERT_TRUE(notifications.has_value()) << notifications.error().message.toStdString();
    EXPECT_FALSE(notifications->value(QLatin1String("notifications")).toArray().isEmpty());
    EXPECT_FALSE(pdsNonces.nonceFor(grant->pds).isEmpty());

    // Without DPoP the token is worthless: a bearer use is refused.
    bluesky::SessionGrant stolen = *grant;
    stolen.dpopKey.reset();
    stolen.refreshToken.clear();
    bluesky::AtprotoSession thief(http, stolen, pdsNonces);
    EXPECT_FALSE(
        call(thief, QStringLiteral("app.bsky.notification.listNotifications")).has_value());

    // Refresh rotates the refresh token; the new access token works.
    std::optional<bluesky::SessionGrant> saved;
    session.onGrantChanged([&](const bluesky::SessionGrant& changed) { saved = changed; });
    const auto refreshed =
        await<std::optional<bluesky::XrpcError>>([&](auto done) { session.refresh().then(done); });
    ASSERT_FALSE(refreshed.has_value()) << refreshed->message.toStdString();
    ASSERT_TRUE(saved.has_value());
    EXPECT_NE(saved->refreshToken, grant->refreshToken);
    EXPECT_NE(saved->accessToken, grant->accessToken);
    EXPECT_TRUE(
        call(session, QStringLiteral("app.bsky.notification.listNotifications")).has_value());

    // A rejected access token is refreshed on the way, once.
    bluesky::SessionGrant broken = *saved;
    broken.accessToken =
        saved->accessToken.left(saved->accessToken.size() - 4) + QStringLiteral("AAAA");
    bluesky::AtprotoSession brokenSession(http, broken, pdsNonces);
    std::optional<bluesky::SessionGrant> repaired;
    brokenSession.onGrantChanged([&](const bluesky::SessionGrant& changed) { repaired = changed; });
    const auto afterRefresh =
        call(brokenSession, QStringLiteral("app.bsky.notification.listNotifications"));
    ASSERT_TRUE(afterRefresh.has_value()) << afterRefresh.error().message.toStdString();
    ASSERT_TRUE(repaired.has_value());

    // The used refresh token is spent: a session still holding it must sign in again.
    bluesky::SessionGrant spent = broken;
    bluesky::AtprotoSession spentSession(http, spent, pdsNonces);
    const auto refused =
        call(spentSession, QStringLiteral("app.bsky.notification.listNotifications"));
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().kind, bluesky::XrpcError::Kind::SignInNeeded);
}

TEST_F(BlueskyOAuth, DeniedConsentSignsNothingIn)
{
    const SignInResult denied = signIn(QStringLiteral("--deny"));
    ASSERT_FALSE(denied.has_value());
    EXPECT_EQ(denied.error().kind, auth::AuthError::Kind::Denied);
}

TEST_F(BlueskyOAuth, AnUnknownHandleFailsBeforeAnyBrowserOpens)
{
    qputenv("BROWSER", "false");
    browser = auth::browserFromEnvironment(nullptr);
    bluesky::OAuthConfig config;
    config.plc = net.plc;
    config.handleResolver = net.pds;
    bluesky::OAuthSignIn oauth(http, *browser, nonces, config);
    const auto result = await<SignInResult>(
        [&](auto done) { oauth.signIn(QStringLiteral("nobody.test")).then(done); });
    ASSERT_FALSE(result.has_value());
    EXPECT_EQ(result.error().kind, auth::AuthError::Kind::Server);
    EXPECT_TRUE(result.error().message.contains(QLatin1String("nobody.test")));
}

} // namespace
} // namespace hearken
