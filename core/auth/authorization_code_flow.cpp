// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/authorization_code_flow.h"

#include "auth/auth_log.h"
#include "domain/callback_answer.h"
#include "net/redaction.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUrlQuery>

namespace hearken::auth {

namespace {

tl::unexpected<AuthError> cancelled()
{
    return authError(AuthError::Kind::Cancelled,
                     AuthorizationCodeFlow::tr("Signing in was cancelled."));
}

} // namespace

AuthorizationCodeFlow::AuthorizationCodeFlow(net::HttpClient& http, BrowserOpener& browser,
                                             OAuthClient client, QObject* parent)
    : QObject(parent)
    , m_http(http)
    , m_browser(browser)
    , m_tokens(http, std::move(client))
{}

AuthorizationCodeFlow::~AuthorizationCodeFlow()
{
    // A grant that waits for an answer resumes now, while the flow is whole, finds itself stale
    // and ends.
    ++m_generation;
    m_running.reset();
}

// Each step hands on or fails; after every co_await the grant goes on only while the flow lives
// and this grant is the running one.
QCoro::Task<AuthResult<TokenSet>> AuthorizationCodeFlow::grant()
{
    cancel();
    const QPointer<AuthorizationCodeFlow> self(this);
    const quint64 generation = m_generation;
    const auto stale = [&] { return !self || generation != m_generation; };
    m_running = std::make_unique<QObject>();
    auto* listener = new LoopbackListener(m_callbackPath, m_running.get());
    const auto redirect = listener->listen(m_callbackPort);
    if (!redirect)
        co_return failed(redirect.error());
    m_redirectUri = *redirect;
    m_state = randomToken(24);
    m_pkce = m_tokens.client().usePkce ? Pkce::generate() : Pkce{};

    const Parameters parameters = authorizationParameters();
    AuthResult<QUrl> url = authorizationUrl(parameters);
    if (m_urlBuilder) {
        url = co_await m_urlBuilder(parameters, m_running.get());
        if (stale())
            co_return cancelled();
    }
    if (!url)
        co_return failed(url.error());

    const auto callback = co_await CallbackAnswer<AuthResult<CallbackParameters>>(
        m_running.get(), cancelled(), [&](auto answer) {
            listener->waitForCallback(m_callbackTimeoutMs, QString::fromLatin1(m_state), answer);
            if (auto refusal = m_browser.open(*url)) {
                answer(authError(AuthError::Kind::Browser, *refusal));
                return;
            }
            qCDebug(lcAuth).noquote() << "Opened the browser at" << net::redactedUrl(*url)
                                      << "and waiting for it on" << m_redirectUri.toString();
            Q_EMIT browserOpened(*url);
        });
    if (stale())
        co_return cancelled();
    // The listener passes on only the callback that carries this grant's state.
    if (!callback)
        co_return failed(callback.error());
    if (auto refusal = refusalIn(*callback))
        co_return failed(*refusal);

    qCDebug(lcAuth) << "The browser came back with an authorization code; exchanging it at"
                    << m_tokens.client().tokenUrl.toString(QUrl::RemoveQuery);
    const QString code = callback->value(QStringLiteral("code"));
    const auto tokens =
        co_await m_tokens.exchangeCode(code, m_redirectUri, m_pkce.verifier, m_running.get());
    if (stale())
        co_return cancelled();
    if (!tokens)
        co_return failed(tokens.error());
    qCDebug(lcAuth) << "The token endpoint issued tokens";
    cancel(); // the grant is done: stop listening
    co_return *tokens;
}

void AuthorizationCodeFlow::cancel()
{
    ++m_generation;
    // Later, not now: the listener may be the one calling.
    if (m_running)
        m_running.release()->deleteLater();
}

AuthorizationCodeFlow::Parameters AuthorizationCodeFlow::authorizationParameters() const
{
    const OAuthClient& client = m_tokens.client();
    Parameters parameters = {
        {QStringLiteral("response_type"), QStringLiteral("code")},
        {QStringLiteral("client_id"), client.clientId},
        {QStringLiteral("redirect_uri"), m_redirectUri.toString(QUrl::FullyEncoded)},
        {QStringLiteral("state"), QString::fromLatin1(m_state)},
    };
    if (!client.scope.isEmpty())
        parameters.append({QStringLiteral("scope"), client.scope});
    if (client.usePkce) {
        parameters.append(
            {QStringLiteral("code_challenge"), QString::fromLatin1(m_pkce.challenge)});
        parameters.append(
            {QStringLiteral("code_challenge_method"), QString::fromLatin1(Pkce::method)});
    }
    parameters += client.extraAuthorizeParameters;
    return parameters;
}

QUrl AuthorizationCodeFlow::authorizationUrl(const Parameters& parameters) const
{
    QUrl url = m_tokens.client().authorizeUrl;
    QUrlQuery query(url);
    for (const auto& [name, value] : parameters)
        query.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(name)),
                           QString::fromLatin1(QUrl::toPercentEncoding(value)));
    url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

std::optional<AuthError> AuthorizationCodeFlow::refusalIn(const CallbackParameters& p) const
{
    const QString issuer = m_tokens.client().issuer;
    if (!issuer.isEmpty() && p.contains(QStringLiteral("iss")) &&
        p.value(QStringLiteral("iss")) != issuer)
        return AuthError{
            AuthError::Kind::StateMismatch,
            tr("The browser came back from a different server than the one signing in."),
            std::nullopt};
    const QString error = p.value(QStringLiteral("error"));
    if (!error.isEmpty()) {
        const QString description = p.value(QStringLiteral("error_description"), error);
        return AuthError{error == u"access_denied" ? AuthError::Kind::Denied
                                                   : AuthError::Kind::Server,
                         error == u"access_denied"
                             ? tr("The sign-in was declined in the browser (%1).").arg(description)
                             : tr("The server refused the sign-in: %1").arg(description),
                         std::nullopt};
    }
    if (p.value(QStringLiteral("code")).isEmpty())
        return AuthError{AuthError::Kind::Server,
                         tr("The browser came back without an authorization code."), std::nullopt};
    return std::nullopt;
}

AuthResult<TokenSet> AuthorizationCodeFlow::failed(AuthError error)
{
    qCDebug(lcAuth).noquote() << "The authorization failed:" << error.message;
    cancel();
    return tl::unexpected(std::move(error));
}

} // namespace hearken::auth
