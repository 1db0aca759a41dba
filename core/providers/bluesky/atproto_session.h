// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/dpop_nonces.h"
#include "providers/bluesky/session_grant.h"
#include "providers/bluesky/xrpc_transport.h"

#include <QJsonObject>
#include <QObject>
#include <QUrlQuery>

#include <tl/expected.hpp>

#include <functional>

namespace hearken {

using XrpcResult = tl::expected<QJsonObject, XrpcError>;
using XrpcDone = std::function<void(const XrpcResult&)>;

// Adds a DPoP proof for the request (and its access token, if any) with the origin's latest
// nonce. Shared by the session and the OAuth sign-in.
void addDpopProof(HttpRequest& request, const DpopKey& key, const DpopNonces& nonces,
                  const QString& accessToken = {});
// Whether the server refused the request only because it wants a (fresh) DPoP nonce.
bool asksForDpopNonce(const HttpResponse& response);

// Authorised XRPC calls to the account's PDS. Signs each request with the grant's tokens
// (bearer, or DPoP with the PDS's nonce), answers nonce challenges, and refreshes an expired
// access token once (rotating the refresh token) before giving up with SignInNeeded.
class AtprotoSession : public QObject {
    Q_OBJECT
public:
    AtprotoSession(XrpcTransport& transport, SessionGrant grant, DpopNonces& nonces,
                   QObject* parent = nullptr);

    const SessionGrant& grant() const { return m_grant; }
    // Called after every refresh, so the new tokens reach the vault.
    void onGrantChanged(std::function<void(const SessionGrant&)> handler);

    void query(const QString& nsid, const QUrlQuery& parameters, XrpcDone done);
    void procedure(const QString& nsid, const QJsonObject& input, XrpcDone done);

    // Trades the refresh token for new tokens now.
    void refresh(std::function<void(std::optional<XrpcError>)> done);

private:
    struct Call {
        QByteArray method;
        QUrl url;
        QByteArray body;
        bool nonceRetried = false;
        bool refreshed = false;
    };
    void attempt(Call call, XrpcDone done);
    HttpRequest signedRequest(const Call& call) const;
    void refreshAppPassword();
    void refreshOAuth(bool nonceRetried);
    void finishRefresh(std::optional<XrpcError> error);

    XrpcTransport& m_transport;
    SessionGrant m_grant;
    DpopNonces& m_nonces;
    std::function<void(const SessionGrant&)> m_grantChanged;
    QList<std::function<void(std::optional<XrpcError>)>> m_refreshWaiters;
};

} // namespace hearken
