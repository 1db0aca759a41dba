// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/http_client.h"
#include "net/json_body.h"
#include "net/url_policy.h"
#include "support/scripted_http_server.h"
#include "support/wait_for.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace hearken;
using namespace hearken::net;
using hearken::testing::ScriptedHttpServer;
using hearken::testing::ScriptedReply;
using hearken::testing::ScriptedRequest;

namespace {

class HttpClientTest : public ::testing::Test {
protected:
    HttpClientTest()
        : client(network, quickOptions())
    {}

    static HttpClientOptions quickOptions()
    {
        HttpClientOptions options;
        options.timeoutMs = 2000;
        options.backoffBaseMs = 10;
        options.backoffMaxMs = 50;
        options.maxBodyBytes = 1024 * 1024;
        return options;
    }

    HttpResult send(HttpRequest request)
    {
        auto result = hearken::testing::waitFor<HttpResult>(
            [&](auto done) { client.send(std::move(request), nullptr, done); });
        return result.value_or(httpError(HttpError::Kind::Cancelled, QStringLiteral("no answer")));
    }

    QNetworkAccessManager network;
    HttpClient client;
};

ScriptedReply ok(QByteArray body)
{
    ScriptedReply reply;
    reply.body = std::move(body);
    reply.headers.emplaceBack("Content-Type", "application/json");
    return reply;
}

ScriptedReply status(int code, QByteArray body = {})
{
    ScriptedReply reply;
    reply.status = code;
    reply.body = std::move(body);
    return reply;
}

} // namespace

TEST_F(HttpClientTest, AnswersWithStatusHeadersAndBody)
{
    ScriptedHttpServer server([](const ScriptedRequest& r) {
        ScriptedReply reply = ok("{\"path\":\"" + r.target + "\"}");
        reply.headers.emplaceBack("Link", "<https://x/next>; rel=\"next\"");
        return reply;
    });
    const HttpResult result = send(HttpRequest::get(server.url(QStringLiteral("/api/v1/x"))));
    ASSERT_TRUE(result) << result.error().message.toStdString();
    EXPECT_EQ(result->status, 200);
    EXPECT_EQ(result->header("link"), "<https://x/next>; rel=\"next\"");
    auto object = jsonObject(*result);
    ASSERT_TRUE(object);
    EXPECT_EQ(object->value(QLatin1String("path")).toString(), u"/api/v1/x");
}

TEST_F(HttpClientTest, RetriesAnIdempotentRequestAfterServerErrors)
{
    int calls = 0;
    ScriptedHttpServer server(
        [&calls](const ScriptedRequest&) { return ++calls < 3 ? status(503) : ok("[]"); });
    const HttpResult result = send(HttpRequest::get(server.url()));
    ASSERT_TRUE(result);
    EXPECT_EQ(server.requests().size(), 3);
}

TEST_F(HttpClientTest, DoesNotRepeatAPostWithoutIdempotencyKey)
{
    ScriptedHttpServer server([](const ScriptedRequest&) { return status(502); });
    const HttpResult result = send(HttpRequest::postForm(server.url(), "a=b"));
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().kind, HttpError::Kind::Http);
    EXPECT_EQ(result.error().status, 502);
    EXPECT_EQ(server.requests().size(), 1);
}

TEST_F(HttpClientTest, RepeatsAPostCarryingAnIdempotencyKeyWithTheSameKey)
{
    ScriptedHttpServer server([](const ScriptedRequest& r) {
        ScriptedReply reply = status(503);
        reply.drop = r.body == "first";
        return reply;
    });
    HttpRequest request = HttpRequest::postForm(server.url(), "status=hi");
    request.setHeader("Idempotency-Key", "k-1");
    const HttpResult result = send(request);
    ASSERT_FALSE(result);
    ASSERT_EQ(server.requests().size(), 3);
    for (const ScriptedRequest& seen : server.requests())
        EXPECT_EQ(seen.headers.value("idempotency-key"), "k-1");
}

TEST_F(HttpClientTest, RateLimitedUntilRetryAfterAndRefusesEarlyRequestsWithoutSending)
{
    ScriptedHttpServer server([](const ScriptedRequest&) {
        ScriptedReply reply = status(429, "{\"error\":\"Too many requests\"}");
        reply.headers.emplaceBack("Retry-After", "120");
        return reply;
    });
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const HttpResult first = send(HttpRequest::get(server.url()));
    ASSERT_FALSE(first);
    EXPECT_EQ(first.error().kind, HttpError::Kind::RateLimited);
    EXPECT_EQ(first.error().message, u"Too many requests");
    ASSERT_TRUE(first.error().retryAtMs);
    EXPECT_NEAR(double(*first.error().retryAtMs - before), 120'000.0, 2'000.0);

    const HttpResult second = send(HttpRequest::get(server.url()));
    ASSERT_FALSE(second);
    EXPECT_EQ(second.error().kind, HttpError::Kind::RateLimited);
    EXPECT_EQ(server.requests().size(), 1);
}

TEST_F(HttpClientTest, ASpentBudgetBlocksUntilTheAnnouncedReset)
{
    const QByteArray reset =
        QDateTime::currentDateTimeUtc().addSecs(300).toString(Qt::ISODateWithMs).toLatin1();
    ScriptedHttpServer server([&reset](const ScriptedRequest&) {
        ScriptedReply reply = ok("[]");
        reply.headers.emplaceBack("X-RateLimit-Limit", "300");
        reply.headers.emplaceBack("X-RateLimit-Remaining", "0");
        reply.headers.emplaceBack("X-RateLimit-Reset", reset);
        return reply;
    });
    ASSERT_TRUE(send(HttpRequest::get(server.url())));
    const HttpResult blocked = send(HttpRequest::get(server.url()));
    ASSERT_FALSE(blocked);
    EXPECT_EQ(blocked.error().kind, HttpError::Kind::RateLimited);
    EXPECT_EQ(server.requests().size(), 1);
    EXPECT_EQ(client.rateLimits().state(QStringLiteral("127.0.0.1")).remaining, 0);
}

TEST_F(HttpClientTest, UnauthorizedCarriesTheServersWords)
{
    ScriptedHttpServer server([](const ScriptedRequest&) {
        return status(401, "{\"error\":\"The access token is invalid\"}");
    });
    const HttpResult result = send(HttpRequest::get(server.url()));
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().kind, HttpError::Kind::Unauthorized);
    EXPECT_EQ(result.error().message, u"The access token is invalid");
}

TEST_F(HttpClientTest, OAuthErrorBodiesGiveCodeAndDescription)
{
    ScriptedHttpServer server([](const ScriptedRequest&) {
        return status(400, "{\"error\":\"invalid_grant\",\"error_description\":\"grant expired\"}");
    });
    const HttpResult result = send(HttpRequest::postForm(server.url(), "x=y"));
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().kind, HttpError::Kind::Http);
    EXPECT_EQ(result.error().serverError, u"invalid_grant");
    EXPECT_EQ(result.error().message, u"grant expired");
    ASSERT_TRUE(result.error().response);
}

TEST_F(HttpClientTest, ASlowServerTimesOut)
{
    ScriptedHttpServer server([](const ScriptedRequest&) {
        ScriptedReply reply = ok("[]");
        reply.delayMs = 1500;
        return reply;
    });
    HttpRequest request = HttpRequest::get(server.url());
    request.timeoutMs = 150;
    request.maxAttempts = 2;
    const HttpResult result = send(request);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().kind, HttpError::Kind::Timeout);
    EXPECT_EQ(server.requests().size(), 2);
}

TEST_F(HttpClientTest, ADroppedConnectionIsUnreachable)
{
    ScriptedHttpServer server([](const ScriptedRequest&) {
        ScriptedReply reply;
        reply.drop = true;
        return reply;
    });
    HttpRequest request = HttpRequest::get(server.url());
    request.maxAttempts = 1;
    const HttpResult result = send(request);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().kind, HttpError::Kind::Unreachable);
}

TEST_F(HttpClientTest, ATruncatedBodyIsNeverTakenAsAnAnswer)
{
    ScriptedHttpServer server([](const ScriptedRequest&) {
        ScriptedReply reply = ok("[{\"id\":\"1\"},{\"id\":\"2\"}]");
        reply.truncate = true;
        return reply;
    });
    HttpRequest request = HttpRequest::get(server.url());
    request.maxAttempts = 1;
    const HttpResult result = send(request);
    if (result)
        EXPECT_FALSE(jsonArray(*result)) << "half a body parsed as JSON";
    else
        EXPECT_EQ(result.error().kind, HttpError::Kind::Unreachable);
}

TEST_F(HttpClientTest, TruncatedJsonWithoutLengthIsMalformed)
{
    ScriptedHttpServer server([](const ScriptedRequest&) {
        ScriptedReply reply = ok("[{\"id\":\"1\"},{\"id\":");
        reply.noLength = true;
        return reply;
    });
    const HttpResult result = send(HttpRequest::get(server.url()));
    ASSERT_TRUE(result);
    auto array = jsonArray(*result);
    ASSERT_FALSE(array);
    EXPECT_EQ(array.error().kind, HttpError::Kind::Malformed);
    EXPECT_FALSE(jsonObject(*result));
}

TEST_F(HttpClientTest, RefusesBodiesAboveTheCapWithOrWithoutLength)
{
    for (const bool noLength : {false, true}) {
        ScriptedHttpServer server([noLength](const ScriptedRequest&) {
            ScriptedReply reply = ok(QByteArray(3 * 1024 * 1024, 'x'));
            reply.noLength = noLength;
            return reply;
        });
        const HttpResult result = send(HttpRequest::get(server.url()));
        ASSERT_FALSE(result);
        EXPECT_EQ(result.error().kind, HttpError::Kind::TooLarge) << noLength;
    }
}

TEST_F(HttpClientTest, RefusesPlainHttpBeyondLoopbackWithoutSending)
{
    const HttpResult result = send(HttpRequest::get(QUrl(QStringLiteral("http://example.org/"))));
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().kind, HttpError::Kind::Insecure);
    EXPECT_FALSE(refusalOf(QUrl(QStringLiteral("https://example.org/"))));
    EXPECT_FALSE(refusalOf(QUrl(QStringLiteral("http://127.0.0.1:9/"))));
    EXPECT_FALSE(refusalOf(QUrl(QStringLiteral("http://[::1]:9/"))));
    EXPECT_TRUE(refusalOf(QUrl(QStringLiteral("http://10.0.0.1/"))));
    EXPECT_TRUE(refusalOf(QUrl(QStringLiteral("ftp://127.0.0.1/"))));
}

TEST_F(HttpClientTest, FollowsRedirectsOnlyWhereTheFirstAddressCouldGo)
{
    ScriptedHttpServer server([](const ScriptedRequest& r) {
        if (r.target == "/moved") {
            ScriptedReply reply = status(302);
            reply.headers.emplaceBack("Location", "/here");
            return reply;
        }
        if (r.target == "/private") {
            // 0.0.0.0 is this machine on Linux: nothing leaves it even if the redirect were
            // followed.
            ScriptedReply reply = status(302);
            reply.headers.emplaceBack("Location", "https://0.0.0.0:1/inside");
            return reply;
        }
        return ok("{}");
    });
    const HttpResult moved = send(HttpRequest::get(server.url(QStringLiteral("/moved"))));
    ASSERT_TRUE(moved) << moved.error().message.toStdString();
    EXPECT_EQ(moved->url.path(), u"/here");

    const HttpResult refused = send(HttpRequest::get(server.url(QStringLiteral("/private"))));
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().kind, HttpError::Kind::Insecure)
        << refused.error().message.toStdString();
    EXPECT_TRUE(refused.error().message.contains(u"0.0.0.0"));
}

TEST_F(HttpClientTest, AHookSignsEveryAttemptAndReissuesOnceWithTheServersNonce)
{
    // The DPoP pattern: the first answer demands a nonce; the request goes again once.
    ScriptedHttpServer server([](const ScriptedRequest& r) {
        if (r.headers.value("dpop") != "proof-with-n1") {
            ScriptedReply reply = status(401, "{\"error\":\"use_dpop_nonce\"}");
            reply.headers.emplaceBack("DPoP-Nonce", "n1");
            return reply;
        }
        return ok("{}");
    });
    QByteArray nonce;
    HttpRequest request = HttpRequest::get(server.url());
    request.beforeEachAttempt = [&nonce](HttpRequest& r) {
        r.setHeader("DPoP", "proof-with-" + nonce);
    };
    request.reissueOnce = [&nonce](const HttpResponse& response) {
        nonce = response.header("DPoP-Nonce");
        return response.status == 401 && response.body.contains("use_dpop_nonce");
    };
    const HttpResult result = send(request);
    ASSERT_TRUE(result) << result.error().message.toStdString();
    EXPECT_EQ(server.requests().size(), 2);
}

TEST_F(HttpClientTest, CancelEndsTheCallAsCancelled)
{
    ScriptedHttpServer server([](const ScriptedRequest&) {
        ScriptedReply reply = ok("[]");
        reply.delayMs = 3000;
        return reply;
    });
    auto result = hearken::testing::waitFor<HttpResult>([&](auto done) {
        HttpCallHandle handle = client.send(HttpRequest::get(server.url()), nullptr, done);
        QTimer::singleShot(50, [handle]() mutable { handle.cancel(); });
    });
    ASSERT_TRUE(result);
    ASSERT_FALSE(*result);
    EXPECT_EQ(result->error().kind, HttpError::Kind::Cancelled);
}

TEST_F(HttpClientTest, AGoneContextIsNeverCalledBack)
{
    ScriptedHttpServer server([](const ScriptedRequest&) { return ok("[]"); });
    bool called = false;
    auto context = std::make_unique<QObject>();
    client.send(HttpRequest::get(server.url()), context.get(),
                [&called](const HttpResult&) { called = true; });
    context.reset();
    hearken::testing::spinUntil([] { return false; }, 200);
    EXPECT_FALSE(called);
}

TEST(RateLimitHeaders, ReadsMastodonBlueskyAndHttpDateForms)
{
    const qint64 now =
        QDateTime(QDate(2026, 11, 26), QTime(10, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    HttpResponse mastodon;
    mastodon.status = 429;
    mastodon.headers = {{"X-RateLimit-Reset", "2026-11-26T10:05:00.000Z"}};
    EXPECT_EQ(retryAtMs(mastodon, now), now + 300'000);

    HttpResponse bluesky;
    bluesky.headers = {{"ratelimit-reset", QByteArray::number(now / 1000 + 60)}};
    EXPECT_EQ(retryAtMs(bluesky, now), now + 60'000);

    HttpResponse dated;
    dated.headers = {{"Retry-After", "Thu, 26 Nov 2026 10:02:00 GMT"}};
    EXPECT_EQ(retryAtMs(dated, now), now + 120'000);

    HttpResponse silent;
    EXPECT_EQ(retryAtMs(silent, now, 5000), now + 5000);
}

TEST(ServerAddress, TypedAddressesBecomeBaseUrls)
{
    EXPECT_EQ(serverBaseUrl(QStringLiteral(" Mastodon.Social ")),
              QUrl(QStringLiteral("https://mastodon.social")));
    EXPECT_EQ(serverBaseUrl(QStringLiteral("https://x.example/@me?y#z")),
              QUrl(QStringLiteral("https://x.example")));
    EXPECT_EQ(serverBaseUrl(QStringLiteral("http://127.0.0.1:8080/")),
              QUrl(QStringLiteral("http://127.0.0.1:8080")));
    EXPECT_FALSE(serverBaseUrl(QStringLiteral("")));
    EXPECT_FALSE(serverBaseUrl(QStringLiteral("https://user:pw@x.example")));
}

TEST(ServerAddress, RefusesWhatIsNotAPublicWebServerWithAReason)
{
    EXPECT_EQ(serverBaseUrl(QStringLiteral("localhost:3000")),
              QUrl(QStringLiteral("https://localhost:3000")));
    EXPECT_EQ(serverBaseUrl(QStringLiteral("http://[::1]:8080")),
              QUrl(QStringLiteral("http://[::1]:8080")));
    for (const char* typed : {"",
                              "  ",
                              "javascript:alert(1)",
                              "file:///etc/passwd",
                              "file:/etc/passwd",
                              "mailto:a@b.example",
                              "ftp://example.org",
                              "https://example.org:99999",
                              "https://",
                              "10.0.0.1",
                              "https://172.16.5.4",
                              "https://192.168.1.1:443",
                              "https://169.254.169.254",
                              "https://100.64.0.1",
                              "https://0.0.0.0",
                              "https://224.0.0.1",
                              "https://[fd00::1]",
                              "https://[fe80::1]",
                              "https://[::ffff:10.0.0.1]",
                              "https://[::]",
                              "https://user:pw@example.org",
                              "http://example.org",
                              "https://167772161",
                              "https://0x0a000001",
                              "https://012.0.0.1",
                              "https://10.1"}) {
        const auto base = serverBaseUrl(QString::fromUtf8(typed));
        ASSERT_FALSE(base) << typed << " was taken as " << base->toString().toStdString();
        EXPECT_FALSE(base.error().isEmpty()) << typed;
        EXPECT_FALSE(base.error().contains(u"pw")) << base.error().toStdString();
    }
}

TEST(ServerAddress, PrivateNetworksAndCredentialsAreRefusedForEveryRequest)
{
    EXPECT_TRUE(refusalOf(QUrl(QStringLiteral("https://10.0.0.1/"))));
    EXPECT_TRUE(refusalOf(QUrl(QStringLiteral("https://192.168.1.1/.well-known/x"))));
    EXPECT_TRUE(refusalOf(QUrl(QStringLiteral("https://[fc00::5]/"))));
    EXPECT_TRUE(refusalOf(QUrl(QStringLiteral("https://a:b@example.org/"))));
    EXPECT_FALSE(refusalOf(QUrl(QStringLiteral("https://8.8.8.8/"))));
    EXPECT_FALSE(refusalOf(QUrl(QStringLiteral("https://[2001:4860::8888]/"))));
    EXPECT_FALSE(refusalOf(QUrl(QStringLiteral("https://127.0.0.1:9/"))));
    EXPECT_FALSE(refusalOf(QUrl(QStringLiteral("https://172.32.0.1/"))));
}
