// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/authorization_code_flow.h"

#include "auth/auth_log.h"
#include "net/redaction.h"

#include <QCoreApplication>
#include <QUrlQuery>

namespace hearken::auth {

AuthorizationCodeFlow::AuthorizationCodeFlow(net::HttpClient& http, BrowserOpener& browser,
                                             OAuthClient client, QObject* parent)
    : QObject(parent)
    , m_http(http)
    , m_browser(browser)
    , m_tokens(http, std::move(client))
{}

void AuthorizationCodeFlow::grant(Done done)
{
    cancel();
    const quint64 generation = ++m_generation;
    m_done = std::move(done);
    m_listener = new LoopbackListener(m_callbackPath, this);
    auto redirect = m_listener->listen(m_callbackPort);
    if (!redirect) {
        fail(redirect.error());
        return;
    }
    m_redirectUri = *redirect;
    m_state = randomToken(24);
    const OAuthClient& client = m_tokens.client();
    m_pkce = client.usePkce ? Pkce::generate() : Pkce{};

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

    m_listener->waitForCallback(m_callbackTimeoutMs, QString::fromLatin1(m_state),
                                [this, generation](const AuthResult<CallbackParameters>& r) {
                                    if (generation == m_generation)
                                        onCallback(r);
                                });
    if (m_urlBuilder) {
        m_urlBuilder(parameters, [this, generation](const AuthResult<QUrl>& url) {
            if (generation != m_generation)
                return;
            if (!url)
                fail(url.error());
            else
                openBrowser(*url);
        });
        return;
    }
    QUrl url = client.authorizeUrl;
    QUrlQuery query(url);
    for (const auto& [name, value] : std::as_const(parameters))
        query.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(name)),
                           QString::fromLatin1(QUrl::toPercentEncoding(value)));
    url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    openBrowser(url);
}

void AuthorizationCodeFlow::openBrowser(const QUrl& url)
{
    if (auto refusal = m_browser.open(url)) {
        fail({AuthError::Kind::Browser, *refusal, std::nullopt});
        return;
    }
    qCDebug(lcAuth).noquote() << "Opened the browser at" << net::redactedUrl(url)
                              << "and waiting for it on" << m_redirectUri.toString();
    Q_EMIT browserOpened(url);
}

void AuthorizationCodeFlow::cancel()
{
    ++m_generation;
    if (m_listener) {
        m_listener->deleteLater();
        m_listener = nullptr;
    }
    if (auto done = std::exchange(m_done, nullptr))
        done(authError(AuthError::Kind::Cancelled, tr("Signing in was cancelled.")));
}

void AuthorizationCodeFlow::fail(AuthError error)
{
    qCDebug(lcAuth).noquote() << "The authorization failed:" << error.message;
    ++m_generation;
    if (m_listener) {
        m_listener->deleteLater();
        m_listener = nullptr;
    }
    if (auto done = std::exchange(m_done, nullptr))
        done(tl::unexpected(std::move(error)));
}

void AuthorizationCodeFlow::onCallback(const AuthResult<CallbackParameters>& callback)
{
    if (!callback) {
        fail(callback.error());
        return;
    }
    // The listener passes on only the callback that carries this grant's state.
    const CallbackParameters& p = *callback;
    const QString issuer = m_tokens.client().issuer;
    if (!issuer.isEmpty() && p.contains(QStringLiteral("iss")) &&
        p.value(QStringLiteral("iss")) != issuer) {
        fail({AuthError::Kind::StateMismatch,
              tr("The browser came back from a different server than the one signing in."),
              std::nullopt});
        return;
    }
    const QString error = p.value(QStringLiteral("error"));
    if (!error.isEmpty()) {
        const QString description = p.value(QStringLiteral("error_description"), error);
        fail({error == u"access_denied" ? AuthError::Kind::Denied : AuthError::Kind::Server,
              error == u"access_denied"
                  ? tr("The sign-in was declined in the browser (%1).").arg(description)
                  : tr("The server refused the sign-in: %1").arg(description),
              std::nullopt});
        return;
    }
    const QString code = p.value(QStringLiteral("code"));
    if (code.isEmpty()) {
        fail({AuthError::Kind::Server, tr("The browser came back without an authorization code."),
              std::nullopt});
        return;
    }
    qCDebug(lcAuth) << "The browser came back with an authorization code; exchanging it at"
                    << m_tokens.client().tokenUrl.toString(QUrl::RemoveQuery);
    const quint64 generation = m_generation;
    m_tokens.exchangeCode(code, m_redirectUri, m_pkce.verifier, this,
                          [this, generation](const AuthResult<TokenSet>& tokens) {
                              if (generation != m_generation)
                                  return;
                              if (!tokens) {
                                  fail(tokens.error());
                                  return;
                              }
                              qCDebug(lcAuth) << "The token endpoint issued tokens";
                              if (m_listener) {
                                  m_listener->deleteLater();
                                  m_listener = nullptr;
                              }
                              if (auto done = std::exchange(m_done, nullptr))
                                  done(tokens);
                          });
}

} // namespace hearken::auth
