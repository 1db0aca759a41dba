// SPDX-License-Identifier: GPL-3.0-or-later
// The OAuth sign-in's life: one that is destroyed while the browser is open ends its grant as
// Cancelled and touches nothing of itself afterwards; the nonces a server hands out while an
// account signs in are the ones its first sync sends.
#include "auth/dpop_nonces.h"
#include "auth/memory_vault.h"
#include "providers/bluesky/atproto_session.h"
#include "providers/bluesky/bluesky_account_adder.h"
#include "providers/bluesky/oauth_sign_in.h"
#include "providers/bluesky/session_secrets.h"
#include "support/scripted_http_server.h"
#include "support/wait_for.h"
#include "support/workspace_fixture.h"
#include "sync/workspace_account_keeper.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>

#include <gtest/gtest.h>

#include <memory>

namespace hearken::bluesky {
namespace {

// A browser that shows the page and never comes back.
class SilentBrowser : public auth::BrowserOpener {
public:
    std::optional<QString> open(const QUrl& url) override
    {
        opened = url;
        return std::nullopt;
    }
    QUrl opened;
};

QString nonceOf(const testing::ScriptedRequest& request)
{
    const QByteArray claims = request.headers.value("dpop").split('.').value(1);
    return QJsonDocument::fromJson(QByteArray::fromBase64(claims, QByteArray::Base64UrlEncoding))
        .object()
        .value(QLatin1String("nonce"))
        .toString();
}

// A browser in which the person allows the sign-in at once: it comes back to the redirect URI
// of the pushed authorization request with a code for its state.
class AllowingBrowser : public auth::BrowserOpener {
public:
    explicit AllowingBrowser(const testing::ScriptedHttpServer& server)
        : m_server(server)
    {}

    std::optional<QString> open(const QUrl&) override
    {
        QUrlQuery pushed;
        for (const testing::ScriptedRequest& request : m_server.requests()) {
            if (request.target == "/oauth/par")
                pushed = QUrlQuery(QString::fromUtf8(request.body));
        }
        QUrl back(pushed.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("code"), QStringLiteral("code-1"));
        query.addQueryItem(QStringLiteral("state"),
                           pushed.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded));
        query.addQueryItem(QStringLiteral("iss"), m_server.url(QString()).toString());
        back.setQuery(query);
        QTimer::singleShot(0, &m_network, [this, back] { m_network.get(QNetworkRequest(back)); });
        return std::nullopt;
    }

private:
    const testing::ScriptedHttpServer& m_server;
    QNetworkAccessManager m_network;
};

// One host that is handle resolver, PLC directory, PDS and authorization server at once.
class BlueskyOAuthSignIn : public ::testing::Test {
protected:
    BlueskyOAuthSignIn()
        : server([this](const testing::ScriptedRequest& r) { return answer(r); })
        , http(network)
    {
        config.plc = server.url(QString());
        config.handleResolver = server.url(QString());
    }

    testing::ScriptedReply answer(const testing::ScriptedRequest& request)
    {
        const QString base = server.url(QString()).toString();
        QJsonObject body;
        if (request.target.startsWith("/xrpc/com.atproto.identity.resolveHandle")) {
            body = {{QStringLiteral("did"), QStringLiteral("did:plc:alice")}};
        } else if (request.target == "/did:plc:alice") {
            body = {{QStringLiteral("id"), QStringLiteral("did:plc:alice")},
                    {QStringLiteral("service"),
                     QJsonArray{QJsonObject{
                         {QStringLiteral("id"), QStringLiteral("#atproto_pds")},
                         {QStringLiteral("type"), QStringLiteral("AtprotoPersonalDataServer")},
                         {QStringLiteral("serviceEndpoint"), base}}}}};
        } else if (request.target == "/.well-known/oauth-protected-resource") {
            body = {{QStringLiteral("authorization_servers"), QJsonArray{base}}};
        } else if (request.target == "/.well-known/oauth-authorization-server") {
            body = {{QStringLiteral("issuer"), base},
                    {QStringLiteral("authorization_endpoint"), QString(base + u"/oauth/authorize")},
                    {QStringLiteral("token_endpoint"), QString(base + u"/oauth/token")},
                    {QStringLiteral("pushed_authorization_request_endpoint"),
                     QString(base + u"/oauth/par")},
                    {QStringLiteral("dpop_signing_alg_values_supported"),
                     QJsonArray{QStringLiteral("ES256")}}};
        } else if (request.target.startsWith("/oauth/") && nonceOf(request) != nonce) {
            return {400,
                    {{"DPoP-Nonce", nonce.toUtf8()}, {"Content-Type", "application/json"}},
                    R"({"error":"use_dpop_nonce"})"};
        } else if (request.target == "/oauth/par") {
            body = {{QStringLiteral("request_uri"), QStringLiteral("urn:request:1")}};
        } else if (request.target == "/oauth/token") {
            // The token answer hands out the next nonce.
            nonce = QStringLiteral("nonce-2");
            return {200,
                    {{"DPoP-Nonce", nonce.toUtf8()}, {"Content-Type", "application/json"}},
                    R"({"access_token":"at-1","refresh_token":"rt-1","token_type":"DPoP",)"
                    R"("sub":"did:plc:alice","scope":"atproto transition:generic",)"
                    R"("expires_in":3600})"};
        } else if (request.target.startsWith("/xrpc/app.bsky.")) {
            if (nonceOf(request) != nonce)
                return {401,
                        {{"DPoP-Nonce", nonce.toUtf8()},
                         {"WWW-Authenticate", R"(DPoP error="use_dpop_nonce")"}},
                        {}};
            body = {{QStringLiteral("notifications"), QJsonArray()}};
        } else {
            ++unexpected;
            return {404, {}, {}};
        }
        return {200,
                {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}},
                QJsonDocument(body).toJson(QJsonDocument::Compact)};
    }

    testing::ScriptedHttpServer server;
    QNetworkAccessManager network;
    net::HttpClient http;
    DpopNonces nonces;
    SilentBrowser browser;
    OAuthConfig config;
    int unexpected = 0;
    // What the server wants in the DPoP proofs of its OAuth and XRPC requests.
    QString nonce = QStringLiteral("nonce-1");
};

TEST_F(BlueskyOAuthSignIn, OneDestroyedWhileTheBrowserIsOpenEndsCancelled)
{
    auto signIn = std::make_unique<OAuthSignIn>(http, browser, nonces, config);
    std::optional<auth::AuthResult<SessionGrant>> result;
    signIn->signIn(QStringLiteral("@Alice.test"))
        .then([&result](const auth::AuthResult<SessionGrant>& r) { result = r; });
    ASSERT_TRUE(testing::spinUntil([&] { return !browser.opened.isEmpty() || result; }));
    ASSERT_FALSE(result) << result->error().message.toStdString();
    EXPECT_EQ(
        QUrlQuery(browser.opened).queryItemValue(QStringLiteral("request_uri"), QUrl::FullyDecoded),
        u"urn:request:1");

    signIn.reset();
    ASSERT_TRUE(testing::spinUntil([&] { return result.has_value(); }));
    ASSERT_FALSE(*result);
    EXPECT_EQ(result->error().kind, auth::AuthError::Kind::Cancelled);
    EXPECT_EQ(unexpected, 0);
    for (const testing::ScriptedRequest& request : server.requests())
        EXPECT_NE(request.target, "/oauth/token") << "no code was exchanged";
}

TEST_F(BlueskyOAuthSignIn, TheFirstSyncRequestSendsTheNonceTheSignInWasGiven)
{
    auto workspace = testing::memoryWorkspace();
    ASSERT_TRUE(workspace);
    WorkspaceAccountKeeper keeper(*workspace, [] { return qint64(1); });
    auth::MemoryVault vault;
    AllowingBrowser allowing(server);
    // The app's one cache, which the composition root hands to sign-ins and syncs alike.
    DpopNonces shared;
    AccountAdder adder({http, &allowing, vault, keeper, shared});
    AccountAdder::Request request;
    request.handle = QStringLiteral("alice.test");
    request.plc = server.url(QString());
    request.handleResolver = server.url(QString());
    const auto added = testing::waitFor<auth::AuthResult<AccountAdder::Added>>(
        [&](auto done) { adder.start(request, done); });
    ASSERT_TRUE(added);
    ASSERT_TRUE(*added) << added->error().message.toStdString();
    ASSERT_EQ(nonce, u"nonce-2") << "the token endpoint was reached";

    const auto grant =
        deserializeGrant(vault.contents().value(sessionSecretKey(QStringLiteral("did:plc:alice"))));
    ASSERT_TRUE(grant) << grant.error().toStdString();
    AtprotoSession session(http, *grant, shared);
    const auto listed = testing::waitFor<XrpcResult>([&](auto done) {
        session.query(QStringLiteral("app.bsky.notification.listNotifications"), {}).then(done);
    });
    ASSERT_TRUE(listed);
    EXPECT_TRUE(*listed) << listed->error().message.toStdString();
    QList<QString> syncNonces;
    for (const testing::ScriptedRequest& sent : server.requests()) {
        if (sent.target.startsWith("/xrpc/app.bsky."))
            syncNonces.append(nonceOf(sent));
    }
    // Sent with the nonce at once, not refused for want of one first.
    EXPECT_EQ(syncNonces, QList<QString>{u"nonce-2"_qs});
    EXPECT_EQ(unexpected, 0);
}

} // namespace
} // namespace hearken::bluesky
