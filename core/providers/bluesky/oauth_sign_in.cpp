// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/bluesky/oauth_sign_in.h"

#include "auth/auth_log.h"
#include "providers/bluesky/atproto_session.h"
#include "providers/bluesky/identity.h"
#include "providers/bluesky/oauth_server_metadata.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace hearken::bluesky {

namespace {

auth::AuthError serverError(const QString& message)
{
    return {auth::AuthError::Kind::Server, message, std::nullopt};
}

QByteArray formBody(const auth::AuthorizationCodeFlow::Parameters& fields)
{
    QByteArrayList pairs;
    for (const auto& [name, value] : fields)
        pairs.append(QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value));
    return pairs.join('&');
}

QString str(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toString();
}

} // namespace

QString loopbackClientId(const QUrl& redirectUri, const QString& scope)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("redirect_uri"),
                       QString::fromLatin1(QUrl::toPercentEncoding(redirectUri.toString())));
    query.addQueryItem(QStringLiteral("scope"),
                       QString::fromLatin1(QUrl::toPercentEncoding(scope)));
    return QStringLiteral("http://localhost?") + query.toString(QUrl::FullyEncoded);
}

QJsonObject clientMetadata(const QString& clientId, const QString& scope)
{
    return {
        {QStringLiteral("client_id"), clientId},
        {QStringLiteral("client_name"), QStringLiteral("Hearken")},
        {QStringLiteral("client_uri"),
         QUrl(clientId).adjusted(QUrl::RemovePath | QUrl::RemoveQuery).toString()},
        {QStringLiteral("application_type"), QStringLiteral("native")},
        {QStringLiteral("grant_types"),
         QJsonArray{QStringLiteral("authorization_code"), QStringLiteral("refresh_token")}},
        {QStringLiteral("response_types"), QJsonArray{QStringLiteral("code")}},
        {QStringLiteral("redirect_uris"), QJsonArray{QStringLiteral("http://127.0.0.1/callback"),
                                                     QStringLiteral("http://[::1]/callback")}},
        {QStringLiteral("scope"), scope},
        {QStringLiteral("token_endpoint_auth_method"), QStringLiteral("none")},
        {QStringLiteral("dpop_bound_access_tokens"), true},
    };
}

struct OAuthSignIn::Attempt {
    QString handle;
    Done done;
    QString did;
    QUrl pds;
    QUrl issuer;
    QUrl parEndpoint;
    std::optional<DpopKey> key;
    QPointer<auth::AuthorizationCodeFlow> flow;
};

OAuthSignIn::OAuthSignIn(net::HttpClient& http, auth::BrowserOpener& browser, DpopNonces& nonces,
                         OAuthConfig config, QObject* parent)
    : QObject(parent)
    , m_http(http)
    , m_browser(browser)
    , m_nonces(nonces)
    , m_config(std::move(config))
{}

void OAuthSignIn::signIn(const QString& handle, Done done)
{
    cancel();
    auto attempt = std::make_shared<Attempt>();
    attempt->handle = handle.trimmed().toLower();
    if (attempt->handle.startsWith(u'@'))
        attempt->handle.remove(0, 1);
    attempt->done = std::move(done);
    auto key = DpopKey::generate();
    if (!key) {
        attempt->done(tl::unexpected(serverError(key.error())));
        return;
    }
    attempt->key = *key;
    m_attempt = attempt;
    discover(attempt);
}

void OAuthSignIn::cancel()
{
    if (!m_attempt)
        return;
    auto attempt = std::exchange(m_attempt, nullptr);
    if (attempt->flow)
        attempt->flow->cancel(); // reports Cancelled through finish()
    else if (attempt->done)
        std::exchange(attempt->done, nullptr)(
            auth::authError(auth::AuthError::Kind::Cancelled, tr("Signing in was cancelled.")));
}

void OAuthSignIn::finish(std::shared_ptr<Attempt> attempt,
                         const auth::AuthResult<SessionGrant>& result)
{
    if (result)
        qCDebug(lcAuth) << "Bluesky sign-in: signed in" << result->did << "with OAuth";
    else
        qCDebug(lcAuth).noquote() << "Bluesky sign-in failed:" << result.error().message;
    if (m_attempt == attempt)
        m_attempt = nullptr;
    if (attempt->flow)
        attempt->flow->deleteLater();
    if (auto done = std::exchange(attempt->done, nullptr))
        done(result);
}

void OAuthSignIn::discover(std::shared_ptr<Attempt> attempt)
{
    auto failed = [this, attempt](const XrpcError& error) {
        finish(attempt, tl::unexpected(serverError(
                            tr("%1 could not be found: %2").arg(attempt->handle, error.message))));
    };
    // The lookups answer on the HTTP client, which may outlive this sign-in or its attempt.
    const QPointer<OAuthSignIn> self(this);
    resolveHandle(m_http, m_config.handleResolver, attempt->handle,
                  [this, self, attempt, failed](const tl::expected<QString, XrpcError>& did) {
                      if (!self || m_attempt != attempt)
                          return;
                      if (!did) {
                          failed(did.error());
                          return;
                      }
                      attempt->did = *did;
                      qCDebug(lcAuth) << "Bluesky sign-in:" << attempt->handle << "is" << *did;
                      resolvePds(
                          m_http, m_config.plc, *did,
                          [this, self, attempt, failed](const tl::expected<QUrl, XrpcError>& pds) {
                              if (!self || m_attempt != attempt)
                                  return;
                              if (!pds) {
                                  failed(pds.error());
                                  return;
                              }
                              attempt->pds = *pds;
                              qCDebug(lcAuth) << "Bluesky sign-in: the PDS of" << attempt->did
                                              << "is" << pds->toString();
                              const QUrl resource = pds->resolved(
                                  QUrl(QStringLiteral("/.well-known/oauth-protected-resource")));
                              m_http.send(net::HttpRequest::get(resource), this,
                                          [this, attempt, failed](const net::HttpResult& result) {
                                              const XrpcResult json = jsonResult(result);
                                              if (!json) {
                                                  failed(json.error());
                                                  return;
                                              }
                                              const auto server = authorizationServerOf(*json);
                                              if (!server) {
                                                  failed(server.error());
                                                  return;
                                              }
                                              readAuthorizationServer(attempt, *server);
                                          });
                          });
                  });
}

void OAuthSignIn::readAuthorizationServer(std::shared_ptr<Attempt> attempt, const QUrl& server)
{
    qCDebug(lcAuth) << "Bluesky sign-in: reading the authorization server" << server.toString();
    const QUrl url =
        server.resolved(QUrl(QStringLiteral("/.well-known/oauth-authorization-server")));
    m_http.send(net::HttpRequest::get(url), this,
                [this, attempt, server](const net::HttpResult& result) {
                    const XrpcResult json = jsonResult(result);
                    if (!json) {
                        finish(attempt, tl::unexpected(serverError(
                                            tr("The authorization server %1 did not describe "
                                               "itself: %2")
                                                .arg(server.toString(), json.error().message))));
                        return;
                    }
                    auto metadata = readAtprotoAuthorizationServer(*json, server);
                    if (!metadata) {
                        finish(attempt, tl::unexpected(serverError(metadata.error())));
                        return;
                    }
                    attempt->issuer = server;
                    authorize(attempt, *metadata);
                });
}

void OAuthSignIn::authorize(std::shared_ptr<Attempt> attempt,
                            const AtprotoAuthorizationServer& metadata)
{
    auth::OAuthClient client;
    client.authorizeUrl = metadata.authorizeUrl;
    client.tokenUrl = metadata.tokenUrl;
    client.revokeUrl = metadata.revokeUrl;
    client.clientId = m_config.clientMetadataUrl;
    client.scope = m_config.scope;
    client.issuer = metadata.issuer;
    client.extraAuthorizeParameters = {{QStringLiteral("login_hint"), attempt->handle}};
    attempt->parEndpoint = metadata.parEndpoint;

    auto* flow = new auth::AuthorizationCodeFlow(m_http, m_browser, client, this);
    attempt->flow = flow;
    flow->setCallbackTimeoutMs(m_config.callbackTimeoutMs);
    const DpopKey& key = *attempt->key;
    flow->tokens().setPrepareRequest(
        [&key, this](net::HttpRequest& request) { useDpop(request, key, m_nonces); });
    flow->setUrlBuilder([this, attempt](const auth::AuthorizationCodeFlow::Parameters& parameters,
                                        std::function<void(const auth::AuthResult<QUrl>&)> done) {
        pushAuthorizationRequest(attempt, parameters, std::move(done));
    });
    flow->grant([this, attempt, client](const auth::AuthResult<auth::TokenSet>& tokens) {
        if (!tokens) {
            finish(attempt, tl::unexpected(tokens.error()));
            return;
        }
        // The tokens must be for the account we resolved, and bound to our DPoP key.
        if (str(tokens->raw, "sub") != attempt->did ||
            tokens->tokenType.compare(QLatin1String("DPoP"), Qt::CaseInsensitive) != 0) {
            finish(attempt, tl::unexpected(serverError(
                                tr("The authorization server signed in a different account "
                                   "than %1, or without DPoP.")
                                    .arg(attempt->handle))));
            return;
        }
        SessionGrant grant;
        grant.kind = SessionGrant::Kind::OAuth;
        grant.did = attempt->did;
        grant.handle = attempt->handle;
        grant.pds = attempt->pds;
        grant.accessToken = tokens->accessToken;
        grant.refreshToken = tokens->refreshToken;
        grant.issuer = attempt->issuer;
        grant.tokenEndpoint = client.tokenUrl;
        grant.clientId = attempt->flow->tokens().client().clientId;
        grant.dpopKey = attempt->key;
        finish(attempt, grant);
    });
}

void OAuthSignIn::pushAuthorizationRequest(
    std::shared_ptr<Attempt> attempt, const auth::AuthorizationCodeFlow::Parameters& parameters,
    std::function<void(const auth::AuthResult<QUrl>&)> done)
{
    auth::AuthorizationCodeFlow::Parameters fields = parameters;
    QUrl redirectUri;
    for (const auto& [name, value] : std::as_const(fields))
        if (name == QLatin1String("redirect_uri"))
            redirectUri = QUrl(value);
    // The loopback client id names the redirect URI, known only now that the listener runs.
    const QString clientId = m_config.clientMetadataUrl.isEmpty()
                                 ? loopbackClientId(redirectUri, m_config.scope)
                                 : m_config.clientMetadataUrl;
    attempt->flow->tokens().client().clientId = clientId;
    for (auto& [name, value] : fields)
        if (name == QLatin1String("client_id"))
            value = clientId;

    qCDebug(lcAuth) << "Bluesky sign-in: pushing the authorization request to"
                    << attempt->parEndpoint.toString();
    net::HttpRequest request = net::HttpRequest::postForm(attempt->parEndpoint, formBody(fields));
    useDpop(request, *attempt->key, m_nonces);
    const QUrl authorizeUrl = attempt->flow->tokens().client().authorizeUrl;
    m_http.send(request, this,
                [authorizeUrl, clientId, done = std::move(done)](const net::HttpResult& result) {
                    const XrpcResult json = jsonResult(result);
                    const QString requestUri = json ? str(*json, "request_uri") : QString();
                    if (requestUri.isEmpty()) {
                        done(tl::unexpected(serverError(
                            tr("The authorization server refused the sign-in request: %1")
                                .arg(json ? tr("no request_uri") : json.error().message))));
                        return;
                    }
                    QUrl url = authorizeUrl;
                    QUrlQuery query;
                    query.addQueryItem(QStringLiteral("client_id"),
                                       QString::fromLatin1(QUrl::toPercentEncoding(clientId)));
                    query.addQueryItem(QStringLiteral("request_uri"),
                                       QString::fromLatin1(QUrl::toPercentEncoding(requestUri)));
                    url.setQuery(query.toString(QUrl::FullyEncoded), QUrl::StrictMode);
                    done(url);
                });
}

} // namespace hearken::bluesky
