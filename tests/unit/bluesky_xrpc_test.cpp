// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/bluesky/atproto_session.h"
#include "providers/bluesky/bluesky_deliverer.h"
#include "providers/bluesky/identity.h"
#include "providers/bluesky/record_key.h"
#include "providers/bluesky/xrpc_transport.h"

#include <QDateTime>
#include <QRegularExpression>

#include <gtest/gtest.h>

namespace hearken {
namespace {

HttpResponse response(int status, QByteArray body, QHash<QByteArray, QByteArray> headers = {})
{
    HttpResponse r;
    r.status = status;
    r.body = std::move(body);
    r.headers = std::move(headers);
    return r;
}

TEST(BlueskyXrpcError, RateLimitsWaitUntilTheWindowReopens)
{
    const XrpcError limited = XrpcError::fromResponse(
        response(429, R"({"error":"RateLimitExceeded","message":"Rate Limit Exceeded"})",
                 {{"ratelimit-reset", "1795690000"}, {"ratelimit-remaining", "0"}}));
    EXPECT_EQ(limited.kind, XrpcError::Kind::RateLimited);
    EXPECT_EQ(limited.retryAt, 1795690000);
    EXPECT_EQ(limited.name, QStringLiteral("RateLimitExceeded"));

    const qint64 before = QDateTime::currentSecsSinceEpoch();
    const XrpcError retryAfter =
        XrpcError::fromResponse(response(429, {}, {{"retry-after", "30"}}));
    EXPECT_GE(*retryAfter.retryAt, before + 30);
    EXPECT_LE(*retryAfter.retryAt, before + 32);
    EXPECT_TRUE(XrpcError::fromResponse(response(429, "garbage")).retryAt.has_value());

    const DeliveryFailure failure = deliveryFailure(limited);
    EXPECT_EQ(failure.kind, DeliveryFailure::Kind::RateLimited);
    EXPECT_EQ(failure.retryAt, 1795690000);
}

TEST(BlueskyXrpcError, SortsFailuresByWhatTheUserCanDo)
{
    EXPECT_EQ(XrpcError::fromResponse(response(400, R"({"error":"ExpiredToken"})")).kind,
              XrpcError::Kind::SignInNeeded);
    EXPECT_EQ(XrpcError::fromResponse(response(401, "")).kind, XrpcError::Kind::SignInNeeded);
    EXPECT_EQ(XrpcError::fromResponse(response(400, R"({"error":"InvalidRequest"})")).kind,
              XrpcError::Kind::Rejected);
    EXPECT_EQ(XrpcError::fromResponse(response(502, "<html>bad gateway</html>")).kind,
              XrpcError::Kind::Unreachable);
    HttpResponse dropped;
    dropped.transportError = QStringLiteral("Connection closed");
    const XrpcError unreachable = XrpcError::fromResponse(dropped);
    EXPECT_EQ(unreachable.kind, XrpcError::Kind::Unreachable);
    EXPECT_EQ(unreachable.message, QStringLiteral("Connection closed"));
    EXPECT_EQ(deliveryFailure(unreachable).kind, DeliveryFailure::Kind::Temporary);
    EXPECT_EQ(XrpcError::fromResponse(response(500, "{")).message, QStringLiteral("HTTP 500"));
}

TEST(BlueskyXrpcError, RecognisesDpopNonceChallenges)
{
    EXPECT_TRUE(asksForDpopNonce(
        response(401, {}, {{"www-authenticate", R"(DPoP error="use_dpop_nonce")"}})));
    EXPECT_TRUE(asksForDpopNonce(response(400, R"({"error":"use_dpop_nonce"})")));
    EXPECT_FALSE(asksForDpopNonce(response(400, R"({"error":"invalid_grant"})")));
    EXPECT_FALSE(asksForDpopNonce(response(401, {}, {{"www-authenticate", "Bearer"}})));
}

TEST(BlueskyRecordKey, IsAStableTidPerEntry)
{
    const QRegularExpression tid(
        QStringLiteral("^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$"));
    const QString key = recordKeyFor(QStringLiteral("entry-1"), 1'795'687'257);
    EXPECT_TRUE(tid.match(key).hasMatch()) << key.toStdString();
    EXPECT_EQ(key, recordKeyFor(QStringLiteral("entry-1"), 1'795'687'257));
    EXPECT_NE(key, recordKeyFor(QStringLiteral("entry-2"), 1'795'687'257));
    // Keys sort by the entry's time, like TIDs the apps make.
    EXPECT_LT(key, recordKeyFor(QStringLiteral("entry-1"), 1'795'687'258));
    EXPECT_TRUE(tid.match(recordKeyFor({}, -5)).hasMatch());
    EXPECT_TRUE(tid.match(recordKeyFor(QStringLiteral("x"), std::numeric_limits<qint64>::max()))
                    .hasMatch());
}

TEST(BlueskyIdentity, PlainHttpOnlyToLoopback)
{
    EXPECT_TRUE(isAllowedServer(QUrl(QStringLiteral("https://bsky.social"))));
    EXPECT_TRUE(isAllowedServer(QUrl(QStringLiteral("http://localhost:2583"))));
    EXPECT_TRUE(isAllowedServer(QUrl(QStringLiteral("http://127.0.0.1:2583"))));
    EXPECT_TRUE(isAllowedServer(QUrl(QStringLiteral("http://[::1]:2583"))));
    EXPECT_FALSE(isAllowedServer(QUrl(QStringLiteral("http://bsky.social"))));
    EXPECT_FALSE(isAllowedServer(QUrl(QStringLiteral("http://10.0.0.1"))));
    EXPECT_FALSE(isAllowedServer(QUrl(QStringLiteral("ftp://localhost"))));
}

} // namespace
} // namespace hearken
