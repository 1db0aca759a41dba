// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/http_client.h"
#include "support/scripted_http_server.h"
#include "support/wait_for.h"

#include <QNetworkAccessManager>
#include <QPointer>

#include <gtest/gtest.h>

using namespace hearken::net;
using hearken::testing::ScriptedHttpServer;
using hearken::testing::ScriptedReply;
using hearken::testing::ScriptedRequest;

namespace {

ScriptedReply slowly(QByteArray body, int delayMs)
{
    ScriptedReply reply;
    reply.body = std::move(body);
    reply.delayMs = delayMs;
    return reply;
}

// Two requests in a row, the second built from the first answer: what a sign-in step does.
class TwoSteps : public QObject {
public:
    TwoSteps(HttpClient& client, QUrl base)
        : m_client(client)
        , m_base(std::move(base))
    {}

    QCoro::Task<void> run()
    {
        QPointer<TwoSteps> self(this);
        const HttpResult first = co_await m_client.send(HttpRequest::get(m_base), this);
        if (!self)
            co_return;
        firstStatus = first ? first->status : first.error().status;
        const QUrl next = m_base.resolved(QUrl(QString::fromUtf8(first ? first->body : "")));
        const HttpResult second = co_await m_client.send(HttpRequest::get(next), this);
        if (!self)
            co_return;
        secondBody = second ? second->body : QByteArray();
        done = true;
    }

    int firstStatus = 0;
    QByteArray secondBody;
    bool done = false;

private:
    HttpClient& m_client;
    QUrl m_base;
};

} // namespace

TEST(HttpClientTask, AwaitsOneRequestAfterAnotherTopToBottom)
{
    ScriptedHttpServer server([](const ScriptedRequest& request) {
        if (request.target == "/")
            return slowly("second", 0);
        return slowly(QByteArray("answered ") + request.target, 0);
    });
    QNetworkAccessManager network;
    HttpClient client(network);
    TwoSteps steps(client, server.url(QStringLiteral("/")));
    steps.run();
    ASSERT_TRUE(hearken::testing::spinUntil([&] { return steps.done; }));
    EXPECT_EQ(steps.firstStatus, 200);
    EXPECT_EQ(steps.secondBody, "answered /second");
}

TEST(HttpClientTask, ErrorsArriveAsResultsNotExceptions)
{
    ScriptedHttpServer server([](const ScriptedRequest&) {
        ScriptedReply reply;
        reply.status = 401;
        reply.body = R"({"error":"invalid_token"})";
        return reply;
    });
    QNetworkAccessManager network;
    HttpClient client(network);
    std::optional<HttpResult> result;
    auto task = [&]() -> QCoro::Task<void> {
        result = co_await client.send(HttpRequest::get(server.url()), nullptr);
    };
    task();
    ASSERT_TRUE(hearken::testing::spinUntil([&] { return result.has_value(); }));
    ASSERT_FALSE(*result);
    EXPECT_EQ(result->error().kind, HttpError::Kind::Unauthorized);
    EXPECT_EQ(result->error().serverError, u"invalid_token");
}

TEST(HttpClientTask, AGoneContextAbortsTheRequestAndResumesLaterAsCancelled)
{
    ScriptedHttpServer server([](const ScriptedRequest&) { return slowly("[]", 3000); });
    QNetworkAccessManager network;
    HttpClient client(network);
    auto context = std::make_unique<QObject>();
    std::optional<HttpError::Kind> outcome;
    bool resumedDuringDestruction = false;
    bool destroying = false;
    auto task = [&](QObject* owner) -> QCoro::Task<void> {
        const HttpResult result = co_await client.send(HttpRequest::get(server.url()), owner);
        resumedDuringDestruction = destroying;
        outcome = result ? std::nullopt : std::optional(result.error().kind);
    };
    task(context.get());
    hearken::testing::spinUntil([&] { return !server.requests().isEmpty(); }, 2000);
    destroying = true;
    context.reset();
    destroying = false;
    ASSERT_TRUE(hearken::testing::spinUntil([&] { return outcome.has_value(); }, 1000));
    EXPECT_EQ(*outcome, HttpError::Kind::Cancelled);
    EXPECT_FALSE(resumedDuringDestruction);
}
