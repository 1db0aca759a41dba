// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/token_endpoint.h"

#include "net/json_body.h"

#include <QCoreApplication>

#include <algorithm>

namespace hearken::auth {

namespace {

// The translation context of this file's texts.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(hearken::auth)
};

QByteArray formEncode(const QList<std::pair<QString, QString>>& fields)
{
    QByteArray form;
    for (const auto& [name, value] : fields) {
        if (!form.isEmpty())
            form += '&';
        // Percent-encode everything but unreserved characters, so '+' in a secret survives.
        form += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return form;
}

} // namespace

TokenEndpoint::TokenEndpoint(net::HttpClient& http, OAuthClient client)
    : m_http(http)
    , m_client(std::move(client))
{}

net::HttpRequest TokenEndpoint::formRequest(const QUrl& url,
                                            QList<std::pair<QString, QString>> fields) const
{
    fields.append({QStringLiteral("client_id"), m_client.clientId});
    if (!m_client.clientSecret.isEmpty())
        fields.append({QStringLiteral("client_secret"), m_client.clientSecret});
    net::HttpRequest request = net::HttpRequest::postForm(url, formEncode(fields));
    request.setHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    // A token request is not repeated by the client: a code can be used once only.
    request.idempotent = false;
    if (m_prepare)
        m_prepare(request);
    return request;
}

QCoro::Task<AuthResult<TokenSet>> TokenEndpoint::exchangeCode(const QString& code,
                                                              const QUrl& redirectUri,
                                                              const QByteArray& verifier,
                                                              QObject* context)
{
    QList<std::pair<QString, QString>> fields = {
        {QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
        {QStringLiteral("code"), code},
        {QStringLiteral("redirect_uri"), redirectUri.toString(QUrl::FullyEncoded)},
    };
    if (!verifier.isEmpty())
        fields.append({QStringLiteral("code_verifier"), QString::fromLatin1(verifier)});
    return request(std::move(fields), context);
}

QCoro::Task<AuthResult<TokenSet>> TokenEndpoint::refresh(const QString& refreshToken,
                                                         QObject* context)
{
    return request({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                    {QStringLiteral("refresh_token"), refreshToken}},
                   context);
}

// After the answer only the client, which outlives every endpoint, is touched: the endpoint
// may be gone.
QCoro::Task<AuthResult<TokenSet>> TokenEndpoint::request(QList<std::pair<QString, QString>> fields,
                                                         QObject* context)
{
    net::HttpClient& http = m_http;
    const net::HttpResult result =
        co_await http.send(formRequest(m_client.tokenUrl, std::move(fields)), context);
    if (!result)
        co_return tl::unexpected(tokenFailure(result.error()));
    co_return readTokenResponse(*result, http.now());
}

QCoro::Task<AuthResult<void>> TokenEndpoint::revoke(const QString& token, QObject* context)
{
    if (m_client.revokeUrl.isEmpty())
        co_return AuthResult<void>{};
    net::HttpRequest request = formRequest(m_client.revokeUrl, {{QStringLiteral("token"), token}});
    // Revoking twice does no harm.
    request.idempotent = true;
    const net::HttpResult result = co_await m_http.send(std::move(request), context);
    if (!result)
        co_return tl::unexpected(tokenFailure(result.error()));
    co_return AuthResult<void>{};
}

AuthResult<TokenSet> readTokenResponse(const net::HttpResponse& response, qint64 nowMs)
{
    auto object = net::jsonObject(response);
    if (!object)
        return tl::unexpected(tokenFailure(object.error()));
    TokenSet tokens;
    tokens.raw = *object;
    tokens.accessToken = object->value(QLatin1String("access_token")).toString();
    tokens.refreshToken = object->value(QLatin1String("refresh_token")).toString();
    tokens.tokenType = object->value(QLatin1String("token_type")).toString();
    tokens.scope = object->value(QLatin1String("scope")).toString();
    // A lifetime beyond ten years counts as ten years: a hostile number cannot overflow the sum.
    constexpr double maxLifetimeSeconds = 10 * 366 * 24 * 3600;
    const double expiresIn = object->value(QLatin1String("expires_in")).toDouble(-1);
    if (expiresIn >= 0)
        tokens.expiresAtMs = nowMs + qint64(std::min(expiresIn, maxLifetimeSeconds) * 1000);
    if (tokens.accessToken.isEmpty())
        return authError(
            AuthError::Kind::Server,
            Text::tr("%1 answered the sign-in without an access token.").arg(response.url.host()));
    return tokens;
}

AuthError tokenFailure(const net::HttpError& error)
{
    AuthError failure;
    failure.http = error;
    failure.message = error.message;
    if (error.serverError == u"invalid_grant") {
        failure.kind = AuthError::Kind::InvalidGrant;
        failure.message = Text::tr("The sign-in has expired or was revoked (%1). Sign in again.")
                              .arg(error.message);
    } else if (error.kind == net::HttpError::Kind::Cancelled) {
        failure.kind = AuthError::Kind::Cancelled;
    } else {
        failure.kind = AuthError::Kind::Server;
    }
    return failure;
}

} // namespace hearken::auth
