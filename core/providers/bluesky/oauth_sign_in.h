// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/auth_error.h"
#include "auth/authorization_code_flow.h"
#include "auth/browser_opener.h"
#include "auth/dpop_nonces.h"
#include "net/http_client.h"
#include "providers/bluesky/oauth_server_metadata.h"
#include "providers/bluesky/session_grant.h"
#include "providers/bluesky/xrpc_error.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

namespace hearken::bluesky {

struct OAuthConfig {
    // Where did:plc identities are looked up.
    QUrl plc = QUrl(QStringLiteral("https://plc.directory"));
    // A server that answers com.atproto.identity.resolveHandle (any PDS or AppView).
    QUrl handleResolver = QUrl(QStringLiteral("https://bsky.social"));
    // The organisation's hosted client metadata (see clientMetadata()); empty means the
    // loopback client id, for development.
    QString clientMetadataUrl;
    QString scope = QStringLiteral("atproto transition:generic");
    int callbackTimeoutMs = 5 * 60 * 1000;
};

// The development client id: http://localhost with the redirect URI and scope in its query.
QString loopbackClientId(const QUrl& redirectUri, const QString& scope);

// The client metadata document an organisation hosts at `clientId` (an https URL) for
// production sign-ins: a native public client with DPoP-bound tokens and a loopback redirect.
QJsonObject clientMetadata(const QString& clientId, const QString& scope);

// AT Protocol OAuth for one account: handle → DID → PDS → its authorization server, then a
// pushed authorization request with PKCE S256 and DPoP (ES256, a fresh key per session), the
// browser on a 127.0.0.1 loopback redirect, and the code traded for DPoP-bound tokens. Nonces
// are answered per origin, since the authorization server and the PDS may be different hosts.
class OAuthSignIn : public QObject {
    Q_OBJECT
public:
    OAuthSignIn(net::HttpClient& http, auth::BrowserOpener& browser, DpopNonces& nonces,
                OAuthConfig config, QObject* parent = nullptr);
    ~OAuthSignIn() override;

    // Signs `handle` in. cancel(), another signIn() and the sign-in's destruction end a running
    // one with Cancelled.
    QCoro::Task<auth::AuthResult<SessionGrant>> signIn(QString handle);
    void cancel();

private:
    QCoro::Task<auth::AuthResult<SessionGrant>> run(QString handle);
    QCoro::Task<tl::expected<QUrl, XrpcError>> findAuthorizationServer(QUrl pds);
    QCoro::Task<auth::AuthResult<AtprotoAuthorizationServer>> readAuthorizationServer(QUrl server);
    QCoro::Task<auth::AuthResult<auth::TokenSet>> authorize(QString handle,
                                                            AtprotoAuthorizationServer metadata);
    QCoro::Task<auth::AuthResult<QUrl>>
    pushAuthorizationRequest(auth::AuthorizationCodeFlow::Parameters parameters, QObject* context);

    net::HttpClient& m_http;
    auth::BrowserOpener& m_browser;
    DpopNonces& m_nonces;
    OAuthConfig m_config;
    // The running sign-in's: its DPoP key, where it pushes its request, and its browser flow.
    std::optional<DpopKey> m_key;
    QUrl m_parEndpoint;
    QPointer<auth::AuthorizationCodeFlow> m_flow;
    // Lives as long as the running sign-in; what it awaits answers Cancelled when it goes.
    std::unique_ptr<QObject> m_running;
    // Bumped by signIn() and cancel(); a sign-in that finds another running ends.
    quint64 m_generation = 0;
};

} // namespace hearken::bluesky
