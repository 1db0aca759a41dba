// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/bluesky/atproto_session.h"

#include "auth/dpop_proof.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUrlQuery>

namespace hearken {

namespace {

QString randomJti()
{
    QByteArray bytes(16, '\0');
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray formBody(const QList<std::pair<QString, QString>>& fields)
{
    QByteArrayList pairs;
    for (const auto& [name, value] : fields)
        pairs.append(QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value));
    return pairs.join('&');
}

} // namespace

void addDpopProof(HttpRequest& request, const DpopKey& key, const DpopNonces& nonces,
                  const QString& accessToken)
{
    const auto proof =
        makeDpopProof(key, {request.method, request.url, nonces.nonceFor(request.url), accessToken,
                            QDateTime::currentSecsSinceEpoch(), randomJti()});
    if (proof)
        request.headers.emplaceBack("DPoP", *proof);
}

bool asksForDpopNonce(const HttpResponse& response)
{
    if (response.status == 401)
        return response.header("www-authenticate").contains("use_dpop_nonce");
    return response.status == 400 && response.json().value(QLatin1String("error")).toString() ==
                                         QLatin1String("use_dpop_nonce");
}

AtprotoSession::AtprotoSession(XrpcTransport& transport, SessionGrant grant, DpopNonces& nonces,
                               QObject* parent)
    : QObject(parent)
    , m_transport(transport)
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
    attempt({"GET", url, {}}, std::move(done));
}

void AtprotoSession::procedure(const QString& nsid, const QJsonObject& input, XrpcDone done)
{
    const QUrl url = m_grant.pds.resolved(QUrl(QStringLiteral("/xrpc/") + nsid));
    attempt({"POST", url, QJsonDocument(input).toJson(QJsonDocument::Compact)}, std::move(done));
}

HttpRequest AtprotoSession::signedRequest(const Call& call) const
{
    HttpRequest request{call.method, call.url, {}, call.body};
    if (!call.body.isEmpty())
        request.headers.emplaceBack("Content-Type", "application/json");
    if (m_grant.kind == SessionGrant::Kind::OAuth && m_grant.dpopKey) {
        request.headers.emplaceBack("Authorization", "DPoP " + m_grant.accessToken.toUtf8());
        addDpopProof(request, *m_grant.dpopKey, m_nonces, m_grant.accessToken);
    } else {
        request.headers.emplaceBack("Authorization", "Bearer " + m_grant.accessToken.toUtf8());
    }
    return request;
}

void AtprotoSession::attempt(Call call, XrpcDone done)
{
    m_transport.send(signedRequest(call), [this, call, done = std::move(done)](
                                              const HttpResponse& response) mutable {
        m_nonces.remember(call.url, QString::fromLatin1(response.header("dpop-nonce")));
        if (response.status >= 200 && response.status < 300) {
            done(response.body.isEmpty() ? QJsonObject{} : response.json());
            return;
        }
        if (asksForDpopNonce(response) && !call.nonceRetried) {
            call.nonceRetried = true;
            attempt(std::move(call), std::move(done));
            return;
        }
        XrpcError error = XrpcError::fromResponse(response);
        if (error.kind == XrpcError::Kind::SignInNeeded && !call.refreshed) {
            call.refreshed = true;
            call.nonceRetried = false;
            refresh([this, call, done](std::optional<XrpcError> failed) mutable {
                if (failed)
                    done(tl::unexpected(*failed));
                else
                    attempt(std::move(call), std::move(done));
            });
            return;
        }
        done(tl::unexpected(error));
    });
}

void AtprotoSession::refresh(std::function<void(std::optional<XrpcError>)> done)
{
    m_refreshWaiters.append(std::move(done));
    if (m_refreshWaiters.size() > 1)
        return; // one refresh at a time: a refresh token is good for one use
    if (m_grant.kind == SessionGrant::Kind::OAuth)
        refreshOAuth(false);
    else
        refreshAppPassword();
}

void AtprotoSession::refreshAppPassword()
{
    HttpRequest request{
        "POST",
        m_grant.pds.resolved(QUrl(QStringLiteral("/xrpc/com.atproto.server.refreshSession"))),
        {{"Authorization", "Bearer " + m_grant.refreshToken.toUtf8()}},
        {}};
    m_transport.send(request, [this](const HttpResponse& response) {
        if (response.status != 200) {
            finishRefresh(XrpcError::fromResponse(response));
            return;
        }
        const QJsonObject json = response.json();
        const QString access = json.value(QLatin1String("accessJwt")).toString();
        const QString refreshToken = json.value(QLatin1String("refreshJwt")).toString();
        if (access.isEmpty() || refreshToken.isEmpty()) {
            finishRefresh(XrpcError{XrpcError::Kind::Malformed,
                                    response.status,
                                    {},
                                    QStringLiteral("The PDS answered a refresh without tokens."),
                                    {}});
            return;
        }
        m_grant.accessToken = access;
        m_grant.refreshToken = refreshToken;
        finishRefresh(std::nullopt);
    });
}

void AtprotoSession::refreshOAuth(bool nonceRetried)
{
    HttpRequest request{"POST",
                        m_grant.tokenEndpoint,
                        {{"Content-Type", "application/x-www-form-urlencoded"}},
                        formBody({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                  {QStringLiteral("refresh_token"), m_grant.refreshToken},
                                  {QStringLiteral("client_id"), m_grant.clientId}})};
    if (m_grant.dpopKey)
        addDpopProof(request, *m_grant.dpopKey, m_nonces);
    m_transport.send(
        request, [this, nonceRetried, url = request.url](const HttpResponse& response) {
            m_nonces.remember(url, QString::fromLatin1(response.header("dpop-nonce")));
            if (asksForDpopNonce(response) && !nonceRetried) {
                refreshOAuth(true);
                return;
            }
            const QJsonObject json = response.json();
            if (response.status != 200) {
                XrpcError error = XrpcError::fromResponse(response);
                if (error.kind == XrpcError::Kind::Rejected)
                    error.kind = XrpcError::Kind::SignInNeeded; // invalid_grant: revoked or used
                finishRefresh(error);
                return;
            }
            const QString access = json.value(QLatin1String("access_token")).toString();
            const QString refreshToken = json.value(QLatin1String("refresh_token")).toString();
            if (access.isEmpty() || json.value(QLatin1String("sub")).toString() != m_grant.did) {
                finishRefresh(XrpcError{XrpcError::Kind::Malformed,
                                        response.status,
                                        {},
                                        QStringLiteral("The authorization server's refresh answer "
                                                       "does not belong to this account."),
                                        {}});
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

} // namespace hearken
