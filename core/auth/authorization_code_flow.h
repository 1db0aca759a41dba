// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/browser_opener.h"
#include "auth/loopback_listener.h"
#include "auth/pkce.h"
#include "auth/token_endpoint.h"

#include <QCoroTask>
#include <QObject>

#include <functional>
#include <memory>

namespace hearken::auth {

// The OAuth 2.0 authorization-code grant for a native app (RFC 8252): a loopback listener
// on 127.0.0.1, a fresh state and PKCE S256 verifier per grant, the system browser (or
// $BROWSER), the callback checked (state, iss, error), then the code exchanged.
// Written over HttpClient rather than QOAuth2AuthorizationCodeFlow, which in Qt 6.4 lacks
// PKCE, reuses state, listens on every interface, double-encodes codes and reports token
// errors only as warnings.
class AuthorizationCodeFlow : public QObject {
    Q_OBJECT
public:
    using Parameters = QList<std::pair<QString, QString>>;
    // Turns the authorization parameters into the URL the browser opens; the default appends
    // them to authorizeUrl. A pushed-authorization (PAR) client posts them and answers with
    // authorizeUrl?client_id&request_uri.
    // Its HTTP requests take `context`, which goes when the grant ends.
    using UrlBuilder = std::function<QCoro::Task<AuthResult<QUrl>>(Parameters, QObject* context)>;

    AuthorizationCodeFlow(net::HttpClient& http, BrowserOpener& browser, OAuthClient client,
                          QObject* parent = nullptr);
    ~AuthorizationCodeFlow() override;

    TokenEndpoint& tokens() { return m_tokens; }
    void setCallbackPath(QString path) { m_callbackPath = std::move(path); }
    void setCallbackTimeoutMs(int ms) { m_callbackTimeoutMs = ms; }
    // Listens on this port rather than on one the system picks (a server that matches redirect
    // URIs exactly knows only the registered one).
    void setCallbackPort(quint16 port) { m_callbackPort = port; }
    void setUrlBuilder(UrlBuilder builder) { m_urlBuilder = std::move(builder); }

    // Runs one grant. cancel(), another grant() and the flow's destruction end a running grant
    // with Cancelled.
    QCoro::Task<AuthResult<TokenSet>> grant();
    void cancel();
    // The PKCE verifier of the running grant (a DPoP client may want it; tests do).
    const Pkce& pkce() const { return m_pkce; }

Q_SIGNALS:
    // The browser was asked to show this address; the user may need it if no browser opened.
    void browserOpened(const QUrl& url);

private:
    Parameters authorizationParameters() const;
    QUrl authorizationUrl(const Parameters& parameters) const;
    // Why a callback with this grant's state gives no code to exchange, if it does not.
    std::optional<AuthError> refusalIn(const CallbackParameters& callback) const;
    AuthResult<TokenSet> failed(AuthError error);

    net::HttpClient& m_http;
    BrowserOpener& m_browser;
    TokenEndpoint m_tokens;
    QString m_callbackPath = QStringLiteral("/callback");
    int m_callbackTimeoutMs = 5 * 60 * 1000;
    quint16 m_callbackPort = 0;
    UrlBuilder m_urlBuilder;
    QUrl m_redirectUri;
    QByteArray m_state;
    Pkce m_pkce;
    // Lives as long as the running grant, with its listener; what the grant awaits answers
    // Cancelled when it goes.
    std::unique_ptr<QObject> m_running;
    // Bumped by every grant() and cancel(); a grant that finds another running ends.
    quint64 m_generation = 0;
};

} // namespace hearken::auth
