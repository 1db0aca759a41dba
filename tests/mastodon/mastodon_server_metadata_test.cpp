// SPDX-License-Identifier: GPL-3.0-or-later
#include "outbox/reply_length.h"
#include "providers/mastodon/mastodon_json.h"
#include "providers/mastodon/mastodon_provider.h"
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

TEST(MastodonServerMetadata, ReadsEachServersLimitsAndBatchSpelling)
{
    // Mastodon, /api/v2/instance (and v1 since 3.4.2).
    const ServerTraits mastodon = readServerTraits(parse(
        R"j({"configuration":{"statuses":{"max_characters":500,"characters_reserved_per_url":23}}})j"));
    EXPECT_EQ(mastodon.maxCharacters, 500);
    EXPECT_EQ(mastodon.charactersPerUrl, 23);
    EXPECT_EQ(mastodon.batchStatusesParameter, u"id");
    // GoToSocial's v1 has both spellings.
    const ServerTraits gotosocial = readServerTraits(parse(
        R"j({"max_toot_chars":5000,"configuration":{"statuses":{"max_characters":5000,
             "characters_reserved_per_url":25}}})j"));
    EXPECT_EQ(gotosocial.maxCharacters, 5000);
    EXPECT_EQ(gotosocial.charactersPerUrl, 25);
    // Akkoma's v1: max_toot_chars, and "multifetch" means GET /api/v1/statuses?ids[]=.
    const ServerTraits akkoma = readServerTraits(parse(
        R"j({"max_toot_chars":5000,"pleroma":{"metadata":{"features":["mastodon_api","multifetch"]}}})j"));
    EXPECT_EQ(akkoma.maxCharacters, 5000);
    EXPECT_FALSE(akkoma.charactersPerUrl);
    EXPECT_EQ(akkoma.batchStatusesParameter, u"ids");
    // Nonsense says nothing.
    const ServerTraits odd = readServerTraits(parse(
        R"j({"max_toot_chars":"lots","configuration":{"statuses":{"max_characters":-1,
             "characters_reserved_per_url":1e12}},"pleroma":{"metadata":{"features":"multifetch"}}})j"));
    EXPECT_FALSE(odd.maxCharacters);
    EXPECT_FALSE(odd.charactersPerUrl);
    EXPECT_EQ(odd.batchStatusesParameter, u"id");

    const QList<CursorUpdate> stored = traitCursors(7, akkoma, 1000);
    QHash<QString, QString> values;
    for (const CursorUpdate& cursor : stored) {
        EXPECT_EQ(cursor.accountId, 7);
        values.insert(cursor.stream, cursor.value);
    }
    EXPECT_EQ(values.value(batchStatusesKey), u"ids");
    EXPECT_EQ(values.value(traitsCheckedAtKey), u"1000");
    EXPECT_EQ(replyRules(mastodon::Provider().replyRules(), values).limit, 5000);
    EXPECT_EQ(replyRules(mastodon::Provider().replyRules(), values).linkLength, 23);
}
