// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/bluesky/atproto_session.h"

#include "auth/dpop_proof.h"
#include "auth/pkce.h"
#include "net/json_body.h"

#include <QDateTime>
#include <QJsonDocument>

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

void AtprotoSession::query(const QString& nsid, const QUrlQuery& parameters, XrpcDone done)
{
    QUrl url = m_grant.pds.resolved(QUrl(QStringLiteral("/xrpc/") + nsid));
    url.setQuery(parameters);
    attempt(net::HttpRequest::get(url), false, std::move(done));
}

void AtprotoSession::procedure(const QString& nsid, const QJsonObject& input, XrpcDone done)
{
    const QUrl url = m_grant.pds.resolved(QUrl(QStringLiteral("/xrpc/") + nsid));
    attempt(net::HttpRequest::postJson(url, QJsonDocument(input).toJson(QJsonDocument::Compact)),
            false, std::move(done));
}

void AtprotoSession::authorize(net::HttpRequest& request)
{
    if (m_grant.kind == SessionGrant::Kind::OAuth && m_grant.dpopKey) {
        request.setHeader("Authorization", "DPoP " + m_grant.accessToken.toUtf8());
        useDpop(request, *m_grant.dpopKey, m_nonces, m_grant.accessToken);
    } else {
        request.setHeader("Authorization", "Bearer " + m_grant.accessToken.toUtf8());
    }
}

void AtprotoSession::attempt(net::HttpRequest request, bool refreshed, XrpcDone done)
{
    net::HttpRequest signedRequest = request;
    authorize(signedRequest);
    m_http.send(signedRequest, this,
                [this, request, refreshed, done = std::move(done)](const net::HttpResult& result) {
                    XrpcResult answer = jsonResult(result);
                    if (!answer && answer.error().kind == XrpcError::Kind::SignInNeeded &&
                        !refreshed) {
                        refresh([this, request, done](std::optional<XrpcError> failed) {
                            if (failed)
                                done(tl::unexpected(*failed));
                            else
                                attempt(request, true, done);
                        });
                        return;
                    }
                    done(answer);
                });
}

void AtprotoSession::refresh(std::function<void(std::optional<XrpcError>)> done)
{
    m_refreshWaiters.append(std::move(done));
    if (m_refreshWaiters.size() > 1)
        return; // one refresh at a time: a refresh token is good for one use
    if (m_grant.kind == SessionGrant::Kind::OAuth)
        refreshOAuth();
    else
        refreshAppPassword();
}

void AtprotoSession::refreshAppPassword()
{
    net::HttpRequest request;
    request.method = "POST";
    request.url =
        m_grant.pds.resolved(QUrl(QStringLiteral("/xrpc/com.atproto.server.refreshSession")));
    request.setHeader("Authorization", "Bearer " + m_grant.refreshToken.toUtf8());
    m_http.send(request, this, [this](const net::HttpResult& result) {
        const XrpcResult json = jsonResult(result);
        if (!json) {
            finishRefresh(json.error());
            return;
        }
        const QString access = json->value(QLatin1String("accessJwt")).toString();
        const QString refreshToken = json->value(QLatin1String("refreshJwt")).toString();
        if (access.isEmpty() || refreshToken.isEmpty()) {
            finishRefresh(
                XrpcError::malformed(QStringLiteral("The PDS answered a refresh without tokens.")));
            return;
        }
        m_grant.accessToken = access;
        m_grant.refreshToken = refreshToken;
        finishRefresh(std::nullopt);
    });
}

void AtprotoSession::refreshOAuth()
{
    net::HttpRequest request = net::HttpRequest::postForm(
        m_grant.tokenEndpoint,
        formBody({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                  {QStringLiteral("refresh_token"), m_grant.refreshToken},
                  {QStringLiteral("client_id"), m_grant.clientId}}));
    if (m_grant.dpopKey)
        useDpop(request, *m_grant.dpopKey, m_nonces);
    m_http.send(request, this, [this](const net::HttpResult& result) {
        const XrpcResult json = jsonResult(result);
        if (!json) {
            XrpcError error = json.error();
            if (error.kind == XrpcError::Kind::Rejected)
                error.kind = XrpcError::Kind::SignInNeeded; // the grant was revoked or used
            finishRefresh(error);
            return;
        }
        const QString access = json->value(QLatin1String("access_token")).toString();
        const QString refreshToken = json->value(QLatin1String("refresh_token")).toString();
        if (access.isEmpty() || json->value(QLatin1String("sub")).toString() != m_grant.did) {
            finishRefresh(XrpcError::malformed(QStringLiteral(
                "The authorization server's refresh answer does not belong to this account.")));
            return;
        }
        m_grant.accessToken = access;
        if (!refreshToken.isEmpty())
            m_grant.refreshToken = refreshToken;
        finishRefresh(std::nullopt);
    });
}

void AtprotoSession::finishRefresh(std::optional<XrpcError> error)
{
    if (!error && m_grantChanged)
        m_grantChanged(m_grant);
    const auto waiters = std::exchange(m_refreshWaiters, {});
    for (const auto& waiter : waiters)
        waiter(error);
}

} // namespace hearken::bluesky
