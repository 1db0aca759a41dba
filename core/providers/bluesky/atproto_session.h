// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/dpop_nonces.h"
#include "net/http_client.h"
#include "net/shared_answer.h"
#include "providers/bluesky/session_grant.h"
#include "providers/bluesky/xrpc_error.h"

#include <QJsonObject>
#include <QObject>
#include <QUrlQuery>

#include <tl/expected.hpp>

#include <functional>

namespace hearken::bluesky {

using XrpcResult = tl::expected<QJsonObject, XrpcError>;

// Signs every attempt of `request` with a fresh DPoP proof (and the access token's hash, if
// any) carrying the origin's latest nonce, notes each nonce the server sends, and sends the
// request once more when the server asks for a fresh nonce. Shared by the session and the
// OAuth sign-in; the key and the nonces must outlive the request.
void useDpop(net::HttpRequest& request, const DpopKey& key, DpopNonces& nonces,
             const QString& accessToken = {});
// Whether the server refused the request only because it wants a (fresh) DPoP nonce.
bool asksForDpopNonce(const net::HttpResponse& response);
// The body of a successful answer as JSON, or why not.
XrpcResult jsonResult(const net::HttpResult& result);

// Authorised XRPC calls to the account's PDS. Signs each request with the grant's tokens
// (bearer, or DPoP with the PDS's nonce), answers nonce challenges, and refreshes an expired
// access token once (rotating the refresh token) before giving up with SignInNeeded. A call
// still running when the session is destroyed ends with an Unreachable error saying so.
class AtprotoSession : public QObject {
    Q_OBJECT
public:
    AtprotoSession(net::HttpClient& http, SessionGrant grant, DpopNonces& nonces,
                   QObject* parent = nullptr);

    const SessionGrant& grant() const { return m_grant; }
    // Called after every refresh, so the new tokens reach the vault.
    void onGrantChanged(std::function<void(const SessionGrant&)> handler);

    QCoro::Task<XrpcResult> query(QString nsid, QUrlQuery parameters);
    QCoro::Task<XrpcResult> procedure(QString nsid, QJsonObject input);

    // Trades the refresh token for new tokens now; what went wrong, if anything. Calls at the
    // same time share one refresh: a refresh token is good for one use.
    QCoro::Task<std::optional<XrpcError>> refresh();

private:
    QCoro::Task<XrpcResult> call(net::HttpRequest request);
    // The request as sent now: with the grant's current access token.
    net::HttpRequest authorized(net::HttpRequest request);
    QCoro::Task<> runRefresh();
    QCoro::Task<std::optional<XrpcError>> refreshAppPassword();
    QCoro::Task<std::optional<XrpcError>> refreshOAuth();

    net::HttpClient& m_http;
    SessionGrant m_grant;
    DpopNonces& m_nonces;
    std::function<void(const SessionGrant&)> m_grantChanged;
    SharedAnswer<std::optional<XrpcError>> m_refreshing;
};

} // namespace hearken::bluesky
