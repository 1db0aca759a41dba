// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/auth_error.h"
#include "net/http_client.h"

#include <QCoroTask>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <functional>
#include <optional>
#include <utility>

namespace hearken::auth {

// An OAuth 2.0 client as registered with one authorization server.
struct OAuthClient {
    QUrl authorizeUrl;
    QUrl tokenUrl;
    // RFC 7009 revocation; empty when the server has none.
    QUrl revokeUrl;
    QString clientId;
    // Empty for public clients (then PKCE is what protects the code).
    QString clientSecret;
    QString scope;
    bool usePkce = true;
    // When set, a callback's `iss` (RFC 9207) must equal it.
    QString issuer;
    QList<std::pair<QString, QString>> extraAuthorizeParameters;
};

struct TokenSet {
    QString accessToken;
    QString refreshToken;
    QString tokenType;
    QString scope;
    std::optional<qint64> expiresAtMs;
    // The whole answer, for protocol extras (`sub`, `id_token` ...).
    QJsonObject raw;
};

// The token endpoint of one client: code exchange, refresh and revocation, as
// application/x-www-form-urlencoded POSTs with client_secret_post authentication. Each request
// takes `context`: when it is destroyed first, the request ends as Cancelled. The endpoint may
// go while a request runs; the request then touches nothing of it.
class TokenEndpoint {
public:
    TokenEndpoint(net::HttpClient& http, OAuthClient client);

    const OAuthClient& client() const { return m_client; }
    OAuthClient& client() { return m_client; }
    // Runs on every token request before it is sent (DPoP proofs, extra headers ...).
    void setPrepareRequest(std::function<void(net::HttpRequest&)> prepare)
    {
        m_prepare = std::move(prepare);
    }

    QCoro::Task<AuthResult<TokenSet>> exchangeCode(const QString& code, const QUrl& redirectUri,
                                                   const QByteArray& verifier, QObject* context);
    // A rejected refresh token (expired, revoked) ends as AuthError::Kind::InvalidGrant.
    QCoro::Task<AuthResult<TokenSet>> refresh(const QString& refreshToken, QObject* context);
    QCoro::Task<AuthResult<void>> revoke(const QString& token, QObject* context);

private:
    QCoro::Task<AuthResult<TokenSet>> request(QList<std::pair<QString, QString>> fields,
                                              QObject* context);
    net::HttpRequest formRequest(const QUrl& url, QList<std::pair<QString, QString>> fields) const;

    net::HttpClient& m_http;
    OAuthClient m_client;
    std::function<void(net::HttpRequest&)> m_prepare;
};

// The token answer's fields, or why it is unusable.
AuthResult<TokenSet> readTokenResponse(const net::HttpResponse& response, qint64 nowMs);
// An HTTP failure of a token request in the words of AuthError.
AuthError tokenFailure(const net::HttpError& error);

} // namespace hearken::auth
