// SPDX-License-Identifier: GPL-3.0-or-later
// The OAuth sign-in's life: one that is destroyed while the browser is open ends its grant as
// Cancelled and touches nothing of itself afterwards.
#include "auth/dpop_nonces.h"
#include "providers/bluesky/oauth_sign_in.h"
#include "support/scripted_http_server.h"
#include "support/wait_for.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
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
        } else if (request.target == "/oauth/par") {
            body = {{QStringLiteral("request_uri"), QStringLiteral("urn:request:1")}};
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

} // namespace
} // namespace hearken::bluesky
