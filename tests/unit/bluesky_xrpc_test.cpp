// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/bluesky/atproto_session.h"
#include "providers/bluesky/bluesky_deliverer.h"
#include "providers/bluesky/record_key.h"
#include "providers/bluesky/xrpc_error.h"

#include <QDateTime>
#include <QRegularExpression>

#include <gtest/gtest.h>

namespace hearken::bluesky {
namespace {

net::HttpError httpError(net::HttpError::Kind kind, int status, QString serverError = {})
{
    net::HttpError error;
    error.kind = kind;
    error.status = status;
    error.serverError = std::move(serverError);
    return error;
}

net::HttpResponse response(int status, QByteArray body, net::HeaderList headers = {})
{
    net::HttpResponse r;
    r.status = status;
    r.body = std::move(body);
    r.headers = std::move(headers);
    return r;
}

TEST(BlueskyXrpcError, RateLimitsWaitUntilTheWindowReopens)
{
    net::HttpError limited =
        httpError(net::HttpError::Kind::RateLimited, 429, QStringLiteral("RateLimitExceeded"));
    limited.retryAtMs = 1'795'690'000'500;
    const XrpcError error = XrpcError::fromHttp(limited);
    EXPECT_EQ(error.kind, XrpcError::Kind::RateLimited);
    EXPECT_EQ(error.retryAt, 1'795'690'001); // seconds, rounded up
    EXPECT_EQ(error.name, QStringLiteral("RateLimitExceeded"));

    const DeliveryFailure failure = deliveryFailure(error);
    EXPECT_EQ(failure.kind, DeliveryFailure::Kind::RateLimited);
    EXPECT_EQ(failure.retryAt, 1'795'690'001);
}

TEST(BlueskyXrpcError, SortsFailuresByWhatTheUserCanDo)
{
    using Kind = net::HttpError::Kind;
    EXPECT_EQ(XrpcError::fromHttp(httpError(Kind::Http, 400, QStringLiteral("ExpiredToken"))).kind,
              XrpcError::Kind::SignInNeeded);
    EXPECT_EQ(XrpcError::fromHttp(httpError(Kind::Unauthorized, 401)).kind,
              XrpcError::Kind::SignInNeeded);
    EXPECT_EQ(
        XrpcError::fromHttp(httpError(Kind::Http, 400, QStringLiteral("InvalidRequest"))).kind,
        XrpcError::Kind::Rejected);
    EXPECT_EQ(XrpcError::fromHttp(httpError(Kind::Http, 502)).kind, XrpcError::Kind::Unreachable);
    EXPECT_EQ(XrpcError::fromHttp(httpError(Kind::Timeout, 0)).kind, XrpcError::Kind::Unreachable);
    EXPECT_EQ(XrpcError::fromHttp(httpError(Kind::Insecure, 0)).kind, XrpcError::Kind::Rejected);
    EXPECT_EQ(XrpcError::fromHttp(httpError(Kind::TooLarge, 200)).kind, XrpcError::Kind::Malformed);
    const XrpcError unreachable = XrpcError::fromHttp(httpError(Kind::Unreachable, 0));
    EXPECT_EQ(deliveryFailure(unreachable).kind, DeliveryFailure::Kind::Temporary);
    EXPECT_EQ(XrpcError::fromHttp(httpError(Kind::Http, 500)).message, QStringLiteral("HTTP 500"));
}

TEST(BlueskyXrpcError, MalformedAnswersAreErrorsNotEmptyResults)
{
    const auto truncated = jsonResult(net::HttpResult(response(200, R"({"posts": [)")));
    ASSERT_FALSE(truncated.has_value());
    EXPECT_EQ(truncated.error().kind, XrpcError::Kind::Malformed);
    const auto array = jsonResult(net::HttpResult(response(200, "[1, 2]")));
    ASSERT_FALSE(array.has_value());
    const auto empty = jsonResult(net::HttpResult(response(200, "")));
    ASSERT_TRUE(empty.has_value());
    EXPECT_TRUE(empty->isEmpty());
}

TEST(BlueskyXrpcError, RecognisesDpopNonceChallenges)
{
    EXPECT_TRUE(asksForDpopNonce(
        response(401, {}, {{"WWW-Authenticate", R"(DPoP error="use_dpop_nonce")"}})));
    EXPECT_TRUE(asksForDpopNonce(response(400, R"({"error":"use_dpop_nonce"})")));
    EXPECT_FALSE(asksForDpopNonce(response(400, R"({"error":"invalid_grant"})")));
    EXPECT_FALSE(asksForDpopNonce(response(401, {}, {{"WWW-Authenticate", "Bearer"}})));
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

} // namespace
} // namespace hearken::bluesky
