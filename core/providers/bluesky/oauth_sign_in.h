// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/auth_error.h"
#include "auth/authorization_code_flow.h"
#include "auth/browser_opener.h"
#include "auth/dpop_nonces.h"
#include "net/http_client.h"
#include "providers/bluesky/oauth_server_metadata.h"
#include "providers/bluesky/session_grant.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>

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

    using Done = std::function<void(const auth::AuthResult<SessionGrant>&)>;
    void signIn(const QString& handle, Done done);
    void cancel();

private:
    struct Attempt;
    void discover(std::shared_ptr<Attempt> attempt);
    void readAuthorizationServer(std::shared_ptr<Attempt> attempt, const QUrl& server);
    void authorize(std::shared_ptr<Attempt> attempt, const AtprotoAuthorizationServer& metadata);
    void pushAuthorizationRequest(std::shared_ptr<Attempt> attempt,
                                  const auth::AuthorizationCodeFlow::Parameters& parameters,
                                  std::function<void(const auth::AuthResult<QUrl>&)> done);
    void finish(std::shared_ptr<Attempt> attempt, const auth::AuthResult<SessionGrant>& result);

    net::HttpClient& m_http;
    auth::BrowserOpener& m_browser;
    DpopNonces& m_nonces;
    OAuthConfig m_config;
    std::shared_ptr<Attempt> m_attempt;
};

} // namespace hearken::bluesky
