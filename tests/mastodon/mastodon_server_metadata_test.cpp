// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/mastodon/mastodon_json.h"
#include "providers/mastodon/mastodon_server_metadata.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace hearken;
using namespace hearken::mastodon;

namespace {

const QUrl server(QStringLiteral("https://m.example"));

QJsonObject parse(const char* json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

} // namespace

TEST(MastodonServerMetadata, ReadsEndpointsPkceAndProfileScope)
{
    const auto auth = readAuthorizationServerMetadata(
        parse(R"j({"authorization_endpoint":"https://m.example/oauth/authorize",
                  "token_endpoint":"https://m.example/oauth/token",
                  "revocation_endpoint":"https://m.example/oauth/revoke",
                  "code_challenge_methods_supported":["plain","S256"],
                  "scopes_supported":["read","profile"]})j"),
        server);
    ASSERT_TRUE(auth) << auth.error().toStdString();
    EXPECT_EQ(auth->server, server);
    EXPECT_EQ(auth->authorizeUrl, QUrl(QStringLiteral("https://m.example/oauth/authorize")));
    EXPECT_EQ(auth->tokenUrl, QUrl(QStringLiteral("https://m.example/oauth/token")));
    EXPECT_EQ(auth->revokeUrl, QUrl(QStringLiteral("https://m.example/oauth/revoke")));
    EXPECT_TRUE(auth->pkce);
    EXPECT_TRUE(auth->profileScope);
}

TEST(MastodonServerMetadata, RefusesMissingForeignOrPlainHttpEndpoints)
{
    const char* documents[] = {
        R"j({"token_endpoint":"https://m.example/oauth/token"})j",
        R"j({"authorization_endpoint":"https://m.example/oauth/authorize"})j",
        R"j({"authorization_endpoint":"https://m.example/oauth/authorize",
            "token_endpoint":"https://elsewhere.example/oauth/token"})j",
        R"j({"authorization_endpoint":"http://m.example/oauth/authorize",
            "token_endpoint":"https://m.example/oauth/token"})j",
        R"j({"authorization_endpoint":["https://m.example/oauth/authorize"],
            "token_endpoint":"https://m.example/oauth/token"})j",
    };
    for (const char* document : documents) {
        const auto auth = readAuthorizationServerMetadata(parse(document), server);
        ASSERT_FALSE(auth) << document;
        EXPECT_EQ(auth.error(), QStringLiteral("m.example names sign-in addresses Hearken will "
                                               "not use."));
    }
}

TEST(MastodonServerMetadata, LeavesOutARevocationEndpointItWillNotUseAndOddlyTypedLists)
{
    const auto auth = readAuthorizationServerMetadata(
        parse(R"j({"authorization_endpoint":"https://m.example/oauth/authorize",
                  "token_endpoint":"https://m.example/oauth/token",
                  "revocation_endpoint":"http://m.example/oauth/revoke",
                  "code_challenge_methods_supported":"S256",
                  "scopes_supported":[["profile"]]})j"),
        server);
    ASSERT_TRUE(auth) << auth.error().toStdString();
    EXPECT_TRUE(auth->revokeUrl.isEmpty());
    EXPECT_FALSE(auth->pkce);
    EXPECT_FALSE(auth->profileScope);
}

TEST(MastodonServerMetadata, AnInstanceGivesTheFixedOAuthPaths)
{
    const auto auth = readInstance(parse(R"j({"uri":"m.example"})j"), server);
    ASSERT_TRUE(auth) << auth.error().toStdString();
    EXPECT_EQ(auth->authorizeUrl, QUrl(QStringLiteral("https://m.example/oauth/authorize")));
    EXPECT_EQ(auth->tokenUrl, QUrl(QStringLiteral("https://m.example/oauth/token")));
    EXPECT_EQ(auth->revokeUrl, QUrl(QStringLiteral("https://m.example/oauth/revoke")));
    EXPECT_FALSE(auth->pkce);

    const auto notMastodon = readInstance(parse(R"j({"title":"a blog"})j"), server);
    ASSERT_FALSE(notMastodon);
    EXPECT_EQ(notMastodon.error(),
              QStringLiteral("m.example does not answer like a Mastodon server. Check the "
                             "address."));
}

TEST(MastodonServerMetadata, ReadsTheSignedInAccountAndRefusesOneWithoutIdOrName)
{
    const auto account = readVerifiedAccount(
        parse(R"j({"id":"42","username":"support","display_name":"Support"})j"), server);
    ASSERT_TRUE(account) << account.error().toStdString();
    EXPECT_EQ(account->handle, QStringLiteral("@support@m.example"));
    EXPECT_EQ(account->remoteId, qualifiedId(QStringLiteral("42"), server));
    EXPECT_EQ(account->serverUrl, QStringLiteral("https://m.example"));
    EXPECT_EQ(account->authKind, QStringLiteral("oauth"));

    for (const char* document : {R"j({"username":"support"})j", R"j({"id":42,"username":"s"})j",
                                 R"j({"id":"42","username":["support"]})j"}) {
        const auto refused = readVerifiedAccount(parse(document), server);
        ASSERT_FALSE(refused) << document;
        EXPECT_EQ(refused.error(),
                  QStringLiteral("m.example did not say which account signed in."));
    }
}
