// SPDX-License-Identifier: GPL-3.0-or-later
// The DPoP nonce dance when the authorization server and the PDS are different hosts (as on
// bsky.social, unlike the reference network where they share an origin): each server's nonce
// goes only to that server.
#include "auth/dpop_proof.h"
#include "providers/bluesky/atproto_session.h"
#include "support/scripted_http_server.h"
#include "support/silent_server.h"
#include "support/wait_for.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>

#include <gtest/gtest.h>

namespace hearken::bluesky {
namespace {

QJsonObject proofClaims(const QByteArray& proof)
{
    return QJsonDocument::fromJson(
               QByteArray::fromBase64(proof.split('.').value(1), QByteArray::Base64UrlEncoding))
        .object();
}

QString nonceOf(const testing::ScriptedRequest& request)
{
    return proofClaims(request.headers.value("dpop")).value(QLatin1String("nonce")).toString();
}

TEST(BlueskyDpopOrigins, EachServerGetsItsOwnNonceAndAnExpiredTokenIsRefreshed)
{
    testing::ScriptedHttpServer authorizationServer([](const testing::ScriptedRequest& request) {
        if (nonceOf(request) != QLatin1String("as-nonce"))
            return testing::ScriptedReply{
                400,
                {{"DPoP-Nonce", "as-nonce"}, {"Content-Type", "application/json"}},
                R"({"error":"use_dpop_nonce"})"};
        return testing::ScriptedReply{
            200,
            {{"Content-Type", "application/json"}},
            R"({"access_token":"at-2","refresh_token":"rt-2","token_type":"DPoP","sub":"did:plc:abc","expires_in":3600})"};
    });
    testing::ScriptedHttpServer pds([](const testing::ScriptedRequest& request) {
        if (nonceOf(request) != QLatin1String("pds-nonce"))
            return testing::ScriptedReply{401,
                                          {{"DPoP-Nonce", "pds-nonce"},
                                           {"WWW-Authenticate", R"(DPoP error="use_dpop_nonce")"}},
                                          {}};
        if (request.headers.value("authorization") != "DPoP at-2")
            return testing::ScriptedReply{
                401, {{"WWW-Authenticate", R"(DPoP error="invalid_token")"}}, {}};
        return testing::ScriptedReply{
            200, {{"Content-Type", "application/json"}}, R"({"ok":true})"};
    });

    SessionGrant grant;
    grant.kind = SessionGrant::Kind::OAuth;
    grant.did = QStringLiteral("did:plc:abc");
    grant.pds = pds.url(QString());
    grant.accessToken = QStringLiteral("at-1-expired");
    grant.refreshToken = QStringLiteral("rt-1");
    grant.tokenEndpoint = authorizationServer.url(QStringLiteral("/oauth/token"));
    grant.clientId = QStringLiteral("http://localhost");
    grant.dpopKey = *DpopKey::generate();

    QNetworkAccessManager network;
    net::HttpClient http(network);
    DpopNonces nonces;
    AtprotoSession session(http, grant, nonces);
    const auto answered = testing::waitFor<XrpcResult>([&](auto done) {
        session
            .query(QStringLiteral("app.bsky.feed.getTimeline"),
                   QUrlQuery{{QStringLiteral("limit"), QStringLiteral("1")}})
            .then(done);
    });
    ASSERT_TRUE(answered.has_value());
    const XrpcResult& result = *answered;
    ASSERT_TRUE(result.has_value()) << result.error().message.toStdString();
    EXPECT_TRUE(result->value(QLatin1String("ok")).toBool());
    EXPECT_EQ(session.grant().accessToken, QStringLiteral("at-2"));
    EXPECT_EQ(session.grant().refreshToken, QStringLiteral("rt-2"));

    // The PDS: no nonce, its nonce (old token refused), its nonce with the new token.
    QStringList pdsNonces;
    for (const auto& request : pds.requests()) {
        pdsNonces.append(nonceOf(request));
        const QJsonObject claims = proofClaims(request.headers.value("dpop"));
        const QString token = QString::fromLatin1(request.headers.value("authorization").mid(5));
        EXPECT_EQ(claims.value(QLatin1String("ath")).toString(), dpopAccessTokenHash(token));
        EXPECT_EQ(claims.value(QLatin1String("htm")).toString(), QStringLiteral("GET"));
        EXPECT_EQ(claims.value(QLatin1String("htu")).toString(),
                  pds.url(QStringLiteral("/xrpc/app.bsky.feed.getTimeline")).toString());
    }
    EXPECT_EQ(pdsNonces,
              (QStringList{QString(), QStringLiteral("pds-nonce"), QStringLiteral("pds-nonce")}));
    // The authorization server: never the PDS's nonce, no access token hash.
    QStringList asNonces;
    for (const auto& request : authorizationServer.requests()) {
        asNonces.append(nonceOf(request));
        EXPECT_FALSE(proofClaims(request.headers.value("dpop")).contains(QLatin1String("ath")));
        EXPECT_TRUE(request.body.contains("grant_type=refresh_token"));
        EXPECT_TRUE(request.body.contains("refresh_token=rt-1"));
    }
    EXPECT_EQ(asNonces, (QStringList{QString(), QStringLiteral("as-nonce")}));
    EXPECT_EQ(nonces.nonceFor(pds.url()), QStringLiteral("pds-nonce"));
    EXPECT_EQ(nonces.nonceFor(authorizationServer.url()), QStringLiteral("as-nonce"));
}

TEST(BlueskyDpopOrigins, ARefusedRefreshAsksForANewSignIn)
{
    testing::ScriptedHttpServer authorizationServer([](const testing::ScriptedRequest&) {
        return testing::ScriptedReply{400,
                                      {{"Content-Type", "application/json"}},
                                      R"({"error":"invalid_grant","error_description":"revoked"})"};
    });
    testing::ScriptedHttpServer pds([](const testing::ScriptedRequest&) {
        return testing::ScriptedReply{
            401, {{"WWW-Authenticate", R"(DPoP error="invalid_token")"}}, {}};
    });
    SessionGrant grant;
    grant.kind = SessionGrant::Kind::OAuth;
    grant.did = QStringLiteral("did:plc:abc");
    grant.pds = pds.url(QString());
    grant.accessToken = QStringLiteral("at");
    grant.refreshToken = QStringLiteral("rt");
    grant.tokenEndpoint = authorizationServer.url(QStringLiteral("/oauth/token"));
    grant.dpopKey = *DpopKey::generate();
    QNetworkAccessManager network;
    net::HttpClient http(network);
    DpopNonces nonces;
    AtprotoSession session(http, grant, nonces);
    const auto answered = testing::waitFor<XrpcResult>([&](auto done) {
        session.query(QStringLiteral("app.bsky.feed.getTimeline"), {}).then(done);
    });
    ASSERT_TRUE(answered.has_value());
    const XrpcResult& result = *answered;
    ASSERT_FALSE(result.has_value());
    EXPECT_EQ(result.error().kind, XrpcError::Kind::SignInNeeded);
    EXPECT_EQ(pds.requests().size(), 1); // no retry without new tokens
}

// Two calls find the access token expired and wait for one refresh, which the authorization
// server never answers; the session goes meanwhile: both calls end, as cancelled.
TEST(BlueskyDpopOrigins, ASessionDestroyedWhileItRefreshesEndsItsCallsCancelled)
{
    testing::SilentServer silent;
    testing::ScriptedHttpServer pds([](const testing::ScriptedRequest&) {
        return testing::ScriptedReply{
            401, {{"WWW-Authenticate", R"(DPoP error="invalid_token")"}}, {}};
    });
    SessionGrant grant;
    grant.kind = SessionGrant::Kind::OAuth;
    grant.did = QStringLiteral("did:plc:abc");
    grant.pds = pds.url(QString());
    grant.accessToken = QStringLiteral("at");
    grant.refreshToken = QStringLiteral("rt");
    grant.tokenEndpoint = silent.url(QStringLiteral("/oauth/token"));
    grant.clientId = QStringLiteral("http://localhost");
    grant.dpopKey = *DpopKey::generate();
    QNetworkAccessManager network;
    net::HttpClient http(network);
    DpopNonces nonces;
    auto session = std::make_unique<AtprotoSession>(http, grant, nonces);
    QList<XrpcResult> results;
    for (const char* nsid :
         {"app.bsky.feed.getTimeline", "app.bsky.notification.listNotifications"})
        session->query(QString::fromLatin1(nsid), {}).then([&results](const XrpcResult& r) {
            results.append(r);
        });
    ASSERT_TRUE(testing::spinUntil([&] { return !silent.accepted.isEmpty(); }));
    ASSERT_TRUE(testing::spinUntil([&] { return pds.requests().size() == 2; }));
    EXPECT_TRUE(results.isEmpty());

    session.reset();
    ASSERT_TRUE(testing::spinUntil([&] { return results.size() == 2; }));
    for (const XrpcResult& result : results) {
        ASSERT_FALSE(result);
        EXPECT_EQ(result.error().message, XrpcError::cancelled().message);
    }
    EXPECT_EQ(silent.accepted.size(), 1) << "one refresh for both calls";
}

} // namespace
} // namespace hearken::bluesky
