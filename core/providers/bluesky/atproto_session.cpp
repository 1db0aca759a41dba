// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/bluesky/atproto_session.h"

#include "auth/dpop_proof.h"
#include "auth/pkce.h"
#include "net/json_body.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QPointer>

namespace hearken::bluesky {

namespace {

QByteArray formBody(const QList<std::pair<QString, QString>>& fields)
{
    QByteArrayList pairs;
    for (const auto& [name, value] : fields)
        pairs.append(QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value));
    return pairs.join('&');
}

} // namespace

void useDpop(net::HttpRequest& request, const DpopKey& key, DpopNonces& nonces,
             const QString& accessToken)
{
    request.beforeEachAttempt = [&key, &nonces, accessToken](net::HttpRequest& attempt) {
        const auto proof = makeDpopProof(
            key, {attempt.method, attempt.url, nonces.nonceFor(attempt.url), accessToken,
                  QDateTime::currentSecsSinceEpoch(), QString::fromLatin1(auth::randomToken(16))});
        if (proof)
            attempt.setHeader("DPoP", *proof);
    };
    request.reissueOnce = [&nonces, url = request.url](const net::HttpResponse& response) {
        nonces.remember(url, QString::fromLatin1(response.header("DPoP-Nonce")));
        return asksForDpopNonce(response);
    };
}

bool asksForDpopNonce(const net::HttpResponse& response)
{
    if (response.status == 401)
        return response.header("WWW-Authenticate").contains("use_dpop_nonce");
    return response.status == 400 &&
           QJsonDocument::fromJson(response.body).object().value(QLatin1String("error")) ==
               QLatin1String("use_dpop_nonce");
}

XrpcResult jsonResult(const net::HttpResult& result)
{
    if (!result)
        return tl::unexpected(XrpcError::fromHttp(result.error()));
    if (result->body.trimmed().isEmpty())
        return QJsonObject{};
    const auto json = net::jsonObject(*result);
    if (!json)
        return tl::unexpected(XrpcError::fromHttp(json.error()));
    return *json;
}

AtprotoSession::AtprotoSession(net::HttpClient& http, SessionGrant grant, DpopNonces& nonces,
                               QObject* parent)
    : QObject(parent)
    , m_http(http)
    , m_grant(std::move(grant))
    , m_nonces(nonces)
{}

void AtprotoSession::onGrantChanged(std::function<void(const SessionGrant&)> handler)
{
    m_grantChanged = std::move(handler);
}

QCoro::Task<XrpcResult> AtprotoSession::query(QString nsid, QUrlQuery parameters)
{
    QUrl url = m_grant.pds.resolved(QUrl(QStringLiteral("/xrpc/") + nsid));
    url.setQuery(parameters);
    return call(net::HttpRequest::get(url));
}

QCoro::Task<XrpcResult> AtprotoSession::procedure(QString nsid, QJsonObject input)
{
    const QUrl url = m_grant.pds.resolved(QUrl(QStringLiteral("/xrpc/") + nsid));
    return call(
        net::HttpRequest::postJson(url, QJsonDocument(input).toJson(QJsonDocument::Compact)));
}

net::HttpRequest AtprotoSession::authorized(net::HttpRequest request)
{
    if (m_grant.kind == SessionGrant::Kind::OAuth && m_grant.dpopKey) {
        request.setHeader("Authorization", "DPoP " + m_grant.accessToken.toUtf8());
        useDpop(request, *m_grant.dpopKey, m_nonces, m_grant.accessToken);
    } else {
        request.setHeader("Authorization", "Bearer " + m_grant.accessToken.toUtf8());
    }
    return request;
}

// Every request takes the session as its context: it ends with the session, whose DPoP key
// its proofs are signed with. After every co_await the call goes on only while the session
// lives.
QCoro::Task<XrpcResult> AtprotoSession::call(net::HttpRequest request)
{
    const QPointer<AtprotoSession> self(this);
    const XrpcResult answer = jsonResult(co_await m_http.send(authorized(request), this));
    if (!self)
        co_return tl::unexpected(XrpcError::cancelled());
    if (answer || answer.error().kind != XrpcError::Kind::SignInNeeded)
        co_return answer;
    // The access token expired: once more with fresh tokens.
    const std::optional<XrpcError> failed = co_await refresh();
    if (failed)
        co_return tl::unexpected(*failed);
    if (!self)
        co_return tl::unexpected(XrpcError::cancelled());
    const XrpcResult again = jsonResult(co_await m_http.send(authorized(request), this));
    if (!self)
        co_return tl::unexpected(XrpcError::cancelled());
    co_return again;
}

QCoro::Task<std::optional<XrpcError>> AtprotoSession::refresh()
{
    co_return co_await m_refreshing.ask(this, XrpcError::cancelled(), [this] { runRefresh(); });
}

QCoro::Task<> AtprotoSession::runRefresh()
{
    const QPointer<AtprotoSession> self(this);
    // No co_await inside ?: — GCC 12 miscompiles it.
    std::optional<XrpcError> failed;
    if (m_grant.kind == SessionGrant::Kind::OAuth)
        failed = co_await refreshOAuth();
    else
        failed = co_await refreshAppPassword();
    if (!self)
        co_return;
    if (!failed && m_grantChanged)
        m_grantChanged(m_grant);
    m_refreshing.answer(failed);
}

// The refreshes take the session as their context and run only while it lives, as refresh()
// does: after their answer they may touch it.
QCoro::Task<std::optional<XrpcError>> AtprotoSession::refreshAppPassword()
{
    net::HttpRequest request;
    request.method = "POST";
    request.url =
        m_grant.pds.resolved(QUrl(QStringLiteral("/xrpc/com.atproto.server.refreshSession")));
    request.setHeader("Authorization", "Bearer " + m_grant.refreshToken.toUtf8());
    const QPointer<AtprotoSession> self(this);
    const XrpcResult json = jsonResult(co_await m_http.send(request, this));
    if (!self)
        co_return XrpcError::cancelled();
    if (!json)
        co_return json.error();
    const QString access = json->value(QLatin1String("accessJwt")).toString();
    const QString refreshToken = json->value(QLatin1String("refreshJwt")).toString();
    if (access.isEmpty() || refreshToken.isEmpty())
        co_return XrpcError::malformed(
            QStringLiteral("The PDS answered a refresh without tokens."));
    m_grant.accessToken = access;
    m_grant.refreshToken = refreshToken;
    co_return std::nullopt;
}

QCoro::Task<std::optional<XrpcError>> AtprotoSession::refreshOAuth()
{
    net::HttpRequest request = net::HttpRequest::postForm(
        m_grant.tokenEndpoint,
        formBody({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                  {QStringLiteral("refresh_token"), m_grant.refreshToken},
                  {QStringLiteral("client_id"), m_grant.clientId}}));
    if (m_grant.dpopKey)
        useDpop(request, *m_grant.dpopKey, m_nonces);
    const QPointer<AtprotoSession> self(this);
    const XrpcResult json = jsonResult(co_await m_http.send(request, this));
    if (!self)
        co_return XrpcError::cancelled();
    if (!json) {
        XrpcError error = json.error();
        if (error.kind == XrpcError::Kind::Rejected)
            error.kind = XrpcError::Kind::SignInNeeded; // the grant was revoked or used
        co_return error;
    }
    const QString access = json->value(QLatin1String("access_token")).toString();
    const QString refreshToken = json->value(QLatin1String("refresh_token")).toString();
    if (access.isEmpty() || json->value(QLatin1String("sub")).toString() != m_grant.did)
        co_return XrpcError::malformed(QStringLiteral(
            "The authorization server's refresh answer does not belong to this account."));
    m_grant.accessToken = access;
    if (!refreshToken.isEmpty())
        m_grant.refreshToken = refreshToken;
    co_return std::nullopt;
}

} // namespace hearken::bluesky
