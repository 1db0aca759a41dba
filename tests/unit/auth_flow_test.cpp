// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/authorization_code_flow.h"
#include "auth/browser_opener.h"
#include "auth/loopback_listener.h"
#include "auth/memory_vault.h"
#include "auth/pkce.h"
#include "support/scripted_http_server.h"
#include "support/silent_server.h"
#include "support/wait_for.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QUrlQuery>

#include <gtest/gtest.h>

using namespace hearken;
using namespace hearken::auth;
using hearken::testing::ScriptedHttpServer;
using hearken::testing::ScriptedReply;
using hearken::testing::ScriptedRequest;
using hearken::testing::waitFor;

namespace {

struct Fetched {
    int status = 0;
    QByteArray body;
    QByteArray contentType;
};

// Fetches a URL the way a browser would, over a real socket.
Fetched fetch(QNetworkAccessManager& network, const QUrl& url)
{
    auto result = waitFor<Fetched>([&](auto done) {
        QNetworkReply* reply = network.get(QNetworkRequest(url));
        QObject::connect(reply, &QNetworkReply::finished, reply, [reply, done] {
            done({reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                  reply->readAll(), reply->rawHeader("Content-Type")});
            reply->deleteLater();
        });
    });
    return result.value_or(Fetched{});
}

// What the listener answers a GET of `target`, sent over a raw socket as any local process
// could send it; empty when nothing listens there.
QByteArray rawGet(quint16 port, const QByteArray& target)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QByteArray response;
    hearken::testing::spinUntil([&] {
        response += socket.readAll();
        return socket.state() == QAbstractSocket::UnconnectedState;
    });
    return response + socket.readAll();
}

// A browser that, instead of showing the authorization page, comes straight back to the
// redirect URI with what the test wants the server to have said.
class RedirectingBrowser : public BrowserOpener {
public:
    explicit RedirectingBrowser(QNetworkAccessManager& network)
        : m_network(network)
    {}
    std::function<QString(const QUrlQuery&)> callbackQuery;
    // When set, another local process sends this callback query first, and the browser's
    // comes once it was answered.
    QString forgedQuery;
    QByteArray forgedAnswer;
    QUrl opened;

    std::optional<QString> open(const QUrl& url) override
    {
        opened = url;
        const QUrlQuery query(url);
        QUrl callback(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
        callback.setQuery(callbackQuery(query));
        QTimer::singleShot(0, [this, callback] {
            if (!forgedQuery.isEmpty())
                forgedAnswer = rawGet(quint16(callback.port()),
                                      callback.path().toUtf8() + '?' + forgedQuery.toUtf8());
            m_network.get(QNetworkRequest(callback));
        });
        return std::nullopt;
    }

private:
    QNetworkAccessManager& m_network;
};

} // namespace

TEST(Pkce, MatchesTheRfc7636Example)
{
    EXPECT_EQ(Pkce::challengeFor("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
              "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
}

TEST(Pkce, EveryGrantGetsAFreshUrlSafeVerifier)
{
    QSet<QByteArray> seen;
    for (int i = 0; i < 100; ++i) {
        const Pkce pkce = Pkce::generate();
        EXPECT_EQ(pkce.verifier.size(), 43);
        EXPECT_EQ(pkce.challenge, Pkce::challengeFor(pkce.verifier));
        for (const char c : pkce.verifier)
            EXPECT_TRUE(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_');
        seen.insert(pkce.verifier);
        seen.insert(randomToken());
    }
    EXPECT_EQ(seen.size(), 200);
}

TEST(LoopbackListener, ListensOnLoopbackOnlyAnswersOneCallbackThenStops)
{
    LoopbackListener listener;
    auto redirect = listener.listen();
    ASSERT_TRUE(redirect);
    EXPECT_EQ(redirect->host(), u"127.0.0.1");
    EXPECT_EQ(redirect->path(), u"/callback");
    EXPECT_GT(redirect->port(), 0);

    std::optional<AuthResult<CallbackParameters>> received;
    listener.waitForCallback(5000, QStringLiteral("s1"), [&](const auto& r) { received = r; });
    QNetworkAccessManager network;

    QUrl other = *redirect;
    other.setPath(QStringLiteral("/favicon.ico"));
    EXPECT_EQ(fetch(network, other).status, 404);
    EXPECT_FALSE(received);

    QUrl callback = *redirect;
    callback.setQuery(QStringLiteral("code=a%2Bb+c&state=s1"));
    const Fetched page = fetch(network, callback);
    EXPECT_EQ(page.status, 200);
    EXPECT_TRUE(page.contentType.startsWith("text/html"));
    EXPECT_TRUE(page.body.contains("You can close this tab"));
    ASSERT_TRUE(received && *received);
    EXPECT_EQ((*received)->value(QStringLiteral("code")), u"a+b c");

    EXPECT_EQ(fetch(network, callback).status, 0) << "a second callback must find no listener";
}

TEST(LoopbackListener, ACallbackWithAnotherStateIsRefusedAndTheRightOneStillEndsTheWait)
{
    LoopbackListener listener;
    auto redirect = listener.listen();
    ASSERT_TRUE(redirect);
    std::optional<AuthResult<CallbackParameters>> received;
    listener.waitForCallback(5000, QStringLiteral("right"), [&](const auto& r) { received = r; });
    const auto port = quint16(redirect->port());

    const QByteArray forged = rawGet(port, "/callback?code=evil&state=wrong");
    EXPECT_TRUE(forged.startsWith("HTTP/1.1 400")) << forged.left(100).toStdString();
    EXPECT_TRUE(forged.contains("not for the sign-in Hearken is waiting for"));
    EXPECT_FALSE(received);
    const QByteArray stateless = rawGet(port, "/callback?code=evil");
    EXPECT_TRUE(stateless.startsWith("HTTP/1.1 400")) << stateless.left(100).toStdString();
    EXPECT_FALSE(received);

    const QByteArray real = rawGet(port, "/callback?code=good&state=right");
    EXPECT_TRUE(real.startsWith("HTTP/1.1 200")) << real.left(100).toStdString();
    ASSERT_TRUE(received && *received);
    EXPECT_EQ((*received)->value(QStringLiteral("code")), u"good");
}

TEST(LoopbackListener, OnlyForgedCallbacksEndInAStateMismatchAtTheTimeout)
{
    LoopbackListener listener;
    auto redirect = listener.listen();
    ASSERT_TRUE(redirect);
    auto result = waitFor<AuthResult<CallbackParameters>>([&](auto done) {
        listener.waitForCallback(300, QStringLiteral("right"), done);
        rawGet(quint16(redirect->port()), "/callback?code=evil&state=wrong");
    });
    ASSERT_TRUE(result);
    ASSERT_FALSE(*result);
    EXPECT_EQ(result->error().kind, AuthError::Kind::StateMismatch);
}

TEST(LoopbackListener, ControlCharactersInCallbackWordsAreDropped)
{
    EXPECT_EQ(decodeQuery("error_description=a%1B%5B2Jb%0D%0Ac")
                  .value(QStringLiteral("error_description")),
              u"a[2Jb\nc");
}

TEST(LoopbackListener, EscapesTheServersErrorWordsInThePage)
{
    LoopbackListener listener;
    auto redirect = listener.listen();
    ASSERT_TRUE(redirect);
    listener.waitForCallback(5000, QStringLiteral("s1"), [](const auto&) {});
    QNetworkAccessManager network;
    QUrl callback = *redirect;
    callback.setQuery(QStringLiteral(
        "error=access_denied&error_description=%3Cscript%3Ex%3C%2Fscript%3E&state=s1"));
    const Fetched page = fetch(network, callback);
    EXPECT_FALSE(page.body.contains("<script>"));
    EXPECT_TRUE(page.body.contains("&lt;script&gt;"));
}

TEST(LoopbackListener, GivesUpAfterTheTimeout)
{
    LoopbackListener listener;
    ASSERT_TRUE(listener.listen());
    auto result = waitFor<AuthResult<CallbackParameters>>(
        [&](auto done) { listener.waitForCallback(100, QStringLiteral("s1"), done); });
    ASSERT_TRUE(result);
    ASSERT_FALSE(*result);
    EXPECT_EQ(result->error().kind, AuthError::Kind::TimedOut);
}

TEST(MemoryVault, KeepsReplacesAndForgetsSecrets)
{
    MemoryVault vault;
    auto missing =
        waitFor<VaultResult<QString>>([&](auto done) { vault.read(QStringLiteral("k"), done); });
    ASSERT_TRUE(missing && !*missing);
    EXPECT_EQ(missing->error().kind, VaultError::Kind::NotFound);
    ASSERT_TRUE(waitFor<VaultResult<void>>(
        [&](auto done) { vault.write(QStringLiteral("k"), QStringLiteral("s1"), done); }));
    waitFor<VaultResult<void>>(
        [&](auto done) { vault.write(QStringLiteral("k"), QStringLiteral("s2"), done); });
    auto read =
        waitFor<VaultResult<QString>>([&](auto done) { vault.read(QStringLiteral("k"), done); });
    ASSERT_TRUE(read && *read);
    EXPECT_EQ(**read, u"s2");
    waitFor<VaultResult<void>>([&](auto done) { vault.remove(QStringLiteral("k"), done); });
    EXPECT_TRUE(vault.contents().isEmpty());
}

TEST(BrowserOpener, RunsTheBrowserCommandWithTheUrl)
{
    QTemporaryDir dir;
    const QString script = dir.filePath(QStringLiteral("browser.sh"));
    QFile scriptFile(script);
    ASSERT_TRUE(scriptFile.open(QIODevice::WriteOnly));
    scriptFile.write("#!/bin/sh\nprintf '%s' \"$1\" > \"$0.out\"\n");
    scriptFile.close();
    CommandBrowserOpener opener(QStringLiteral("sh ") + script);
    const QString written = script + QStringLiteral(".out");
    const QUrl url(QStringLiteral("https://example.org/oauth/authorize?a=1&b=%20"));
    ASSERT_FALSE(opener.open(url));
    ASSERT_TRUE(hearken::testing::spinUntil([&] { return QFile(written).size() > 0; }));
    QFile file(written);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), url.toString(QUrl::FullyEncoded).toUtf8());
    EXPECT_TRUE(CommandBrowserOpener(QStringLiteral("/nonexistent/browser")).open(url));
}

class CodeFlowTest : public ::testing::Test {
protected:
    CodeFlowTest()
        : tokenServer([this](const ScriptedRequest& r) { return token(r); })
        , http(network)
        , browser(network)
    {
        client.authorizeUrl = QUrl(QStringLiteral("https://auth.example/oauth/authorize?x=1"));
        client.tokenUrl = tokenServer.url(QStringLiteral("/oauth/token"));
        client.clientId = QStringLiteral("client+1");
        client.clientSecret = QStringLiteral("se+cret");
        client.scope = QStringLiteral("read write");
    }

    ScriptedReply token(const ScriptedRequest& r)
    {
        const QUrlQuery form(QString::fromUtf8(r.body));
        ScriptedReply reply;
        const QByteArray verifier =
            form.queryItemValue(QStringLiteral("code_verifier"), QUrl::FullyDecoded).toLatin1();
        if (form.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded) != u"the/code" ||
            Pkce::challengeFor(verifier) != challenge ||
            form.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded) !=
                u"se+cret") {
            reply.status = 400;
            reply.body = "{\"error\":\"invalid_grant\",\"error_description\":\"bad code\"}";
            return reply;
        }
        reply.body = "{\"access_token\":\"at\",\"token_type\":\"Bearer\",\"expires_in\":60,"
                     "\"refresh_token\":\"rt\",\"scope\":\"read write\"}";
        return reply;
    }

    AuthResult<TokenSet> grant(int callbackTimeoutMs = 5000)
    {
        AuthorizationCodeFlow flow(http, browser, client);
        flow.setCallbackTimeoutMs(callbackTimeoutMs);
        auto result = waitFor<AuthResult<TokenSet>>([&](auto done) { flow.grant().then(done); });
        return result.value_or(authError(AuthError::Kind::TimedOut, QString()));
    }

    QByteArray challenge;
    ScriptedHttpServer tokenServer;
    QNetworkAccessManager network;
    net::HttpClient http;
    RedirectingBrowser browser;
    OAuthClient client;
};

TEST_F(CodeFlowTest, ExchangesTheCodeWithTheVerifierOfThisGrant)
{
    browser.callbackQuery = [this](const QUrlQuery& q) -> QString {
        challenge = q.queryItemValue(QStringLiteral("code_challenge")).toLatin1();
        EXPECT_EQ(q.queryItemValue(QStringLiteral("code_challenge_method")), u"S256");
        EXPECT_EQ(q.queryItemValue(QStringLiteral("x")), u"1");
        return QStringLiteral("code=the%2Fcode&state=") + q.queryItemValue(QStringLiteral("state"));
    };
    const AuthResult<TokenSet> tokens = grant();
    ASSERT_TRUE(tokens) << tokens.error().message.toStdString();
    EXPECT_EQ(tokens->accessToken, u"at");
    EXPECT_EQ(tokens->refreshToken, u"rt");
    EXPECT_TRUE(tokens->expiresAtMs);
    EXPECT_EQ(QUrlQuery(browser.opened).queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
              u"read write");
}

TEST_F(CodeFlowTest, AWrongStateIsIgnoredAndNoTokenIsRequested)
{
    browser.callbackQuery = [](const QUrlQuery&) -> QString {
        return QStringLiteral("code=the%2Fcode&state=forged");
    };
    const AuthResult<TokenSet> tokens = grant(500);
    ASSERT_FALSE(tokens);
    EXPECT_EQ(tokens.error().kind, AuthError::Kind::StateMismatch);
    EXPECT_TRUE(tokenServer.requests().isEmpty());
}

TEST_F(CodeFlowTest, AForgedCallbackBeforeTheBrowsersDoesNotEndTheSignIn)
{
    browser.forgedQuery = QStringLiteral("code=the%2Fcode&state=forged");
    browser.callbackQuery = [this](const QUrlQuery& q) -> QString {
        challenge = q.queryItemValue(QStringLiteral("code_challenge")).toLatin1();
        return QStringLiteral("code=the%2Fcode&state=") + q.queryItemValue(QStringLiteral("state"));
    };
    const AuthResult<TokenSet> tokens = grant();
    EXPECT_TRUE(browser.forgedAnswer.startsWith("HTTP/1.1 400"))
        << browser.forgedAnswer.left(100).toStdString();
    ASSERT_TRUE(tokens) << tokens.error().message.toStdString();
    EXPECT_EQ(tokens->accessToken, u"at");
    EXPECT_EQ(tokenServer.requests().size(), 1);
}

TEST_F(CodeFlowTest, ADeniedConsentIsReportedAsDenied)
{
    browser.callbackQuery = [](const QUrlQuery& q) -> QString {
        return QStringLiteral("error=access_denied&error_description=User+said+no&state=") +
               q.queryItemValue(QStringLiteral("state"));
    };
    const AuthResult<TokenSet> tokens = grant();
    ASSERT_FALSE(tokens);
    EXPECT_EQ(tokens.error().kind, AuthError::Kind::Denied);
    EXPECT_TRUE(tokens.error().message.contains(u"User said no"));
}

TEST_F(CodeFlowTest, ARejectedCodeIsAnInvalidGrant)
{
    browser.callbackQuery = [](const QUrlQuery& q) -> QString {
        return QStringLiteral("code=other&state=") + q.queryItemValue(QStringLiteral("state"));
    };
    const AuthResult<TokenSet> tokens = grant();
    ASSERT_FALSE(tokens);
    EXPECT_EQ(tokens.error().kind, AuthError::Kind::InvalidGrant);
}

namespace {

// A browser that shows the page and never comes back.
class SilentBrowser : public BrowserOpener {
public:
    std::optional<QString> open(const QUrl& url) override
    {
        opened = url;
        return std::nullopt;
    }
    QUrl opened;
};

} // namespace

TEST_F(CodeFlowTest, AFlowDestroyedWhileTheBrowserIsOpenEndsTheGrantCancelled)
{
    SilentBrowser silent;
    auto flow = std::make_unique<AuthorizationCodeFlow>(http, silent, client);
    std::optional<AuthResult<TokenSet>> result;
    flow->grant().then([&result](const AuthResult<TokenSet>& r) { result = r; });
    ASSERT_FALSE(silent.opened.isEmpty());
    ASSERT_FALSE(result);

    flow.reset();
    ASSERT_TRUE(hearken::testing::spinUntil([&] { return result.has_value(); }));
    ASSERT_FALSE(*result);
    EXPECT_EQ(result->error().kind, AuthError::Kind::Cancelled);
    EXPECT_EQ(result->error().message, u"Signing in was cancelled.");
    EXPECT_TRUE(tokenServer.requests().isEmpty());
}

namespace {

// Builds the browser's URL with a request that `context` may cut short.
QCoro::Task<AuthResult<QUrl>> urlFrom(net::HttpClient& http, QUrl server, QObject* context)
{
    const net::HttpResult answer = co_await http.send(net::HttpRequest::get(server), context);
    if (!answer)
        co_return authError(AuthError::Kind::Server, answer.error().message);
    co_return server;
}

} // namespace

TEST_F(CodeFlowTest, AFlowDestroyedWhileItsUrlIsBuiltEndsTheGrantCancelled)
{
    // Takes the connection and never answers.
    hearken::testing::SilentServer silentServer;
    const QUrl silentUrl = silentServer.url(QStringLiteral("/par"));
    SilentBrowser silent;
    auto flow = std::make_unique<AuthorizationCodeFlow>(http, silent, client);
    flow->setUrlBuilder(
        [this, silentUrl](const AuthorizationCodeFlow::Parameters&, QObject* context) {
            return urlFrom(http, silentUrl, context);
        });
    std::optional<AuthResult<TokenSet>> result;
    flow->grant().then([&result](const AuthResult<TokenSet>& r) { result = r; });
    ASSERT_TRUE(hearken::testing::spinUntil([&] { return !silentServer.accepted.isEmpty(); }));
    ASSERT_FALSE(result);

    flow.reset();
    ASSERT_TRUE(hearken::testing::spinUntil([&] { return result.has_value(); }));
    ASSERT_FALSE(*result);
    EXPECT_EQ(result->error().kind, AuthError::Kind::Cancelled);
    EXPECT_TRUE(silent.opened.isEmpty());
}

// A token request whose endpoint and context go while the server is silent ends as Cancelled
// and touches nothing of the endpoint afterwards.
TEST(TokenEndpointLife, ARefreshWhoseEndpointAndContextGoEndsCancelled)
{
    hearken::testing::SilentServer silent;
    QNetworkAccessManager network;
    net::HttpClient http(network);
    OAuthClient client;
    client.tokenUrl = silent.url(QStringLiteral("/token"));
    client.clientId = QStringLiteral("hearken");
    auto endpoint = std::make_unique<TokenEndpoint>(http, client);
    auto context = std::make_unique<QObject>();
    std::optional<AuthResult<TokenSet>> result;
    endpoint->refresh(QStringLiteral("rt"), context.get())
        .then([&result](const AuthResult<TokenSet>& r) { result = r; });
    ASSERT_TRUE(hearken::testing::spinUntil([&] { return !silent.accepted.isEmpty(); }));
    ASSERT_FALSE(result);

    endpoint.reset();
    context.reset();
    ASSERT_TRUE(hearken::testing::spinUntil([&] { return result.has_value(); }));
    ASSERT_FALSE(*result);
    EXPECT_EQ(result->error().kind, AuthError::Kind::Cancelled);
}
