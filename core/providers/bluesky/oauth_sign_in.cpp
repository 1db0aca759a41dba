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

OAuthSignIn::OAuthSignIn(net::HttpClient& http, auth::BrowserOpener& browser, DpopNonces& nonces,
                         OAuthConfig config, QObject* parent)
    : QObject(parent)
    , m_http(http)
    , m_browser(browser)
    , m_nonces(nonces)
    , m_config(std::move(config))
{}

OAuthSignIn::~OAuthSignIn()
{
    // A sign-in that waits for an answer resumes now or when the answer comes, finds itself
    // stale and ends.
    ++m_generation;
    m_running.reset();
}

QCoro::Task<auth::AuthResult<SessionGrant>> OAuthSignIn::signIn(QString handle)
{
    cancel();
    const QPointer<OAuthSignIn> self(this);
    const quint64 generation = m_generation;
    m_running = std::make_unique<QObject>();
    handle = handle.trimmed().toLower();
    if (handle.startsWith(u'@'))
        handle.remove(0, 1);
    const auth::AuthResult<SessionGrant> result = co_await run(handle);
    if (result)
        qCDebug(lcAuth) << "Bluesky sign-in: signed in" << result->did << "with OAuth";
    else
        qCDebug(lcAuth).noquote() << "Bluesky sign-in failed:" << result.error().message;
    if (self && generation == m_generation)
        cancel(); // done: the browser flow and what is left of the sign-in go
    co_return result;
}

void OAuthSignIn::cancel()
{
    ++m_generation;
    if (m_flow)
        m_flow->deleteLater();
    // Later, not now: an answer of one of its requests may be the one calling.
    if (m_running)
        m_running.release()->deleteLater();
}

// Each step hands on or fails; after every co_await the sign-in goes on only while this object
// lives and this sign-in is the running one.
QCoro::Task<auth::AuthResult<SessionGrant>> OAuthSignIn::run(QString handle)
{
    const QPointer<OAuthSignIn> self(this);
    const quint64 generation = m_generation;
    const auto stale = [&] { return !self || generation != m_generation; };
    const auto cancelled = [] {
        return auth::authError(auth::AuthError::Kind::Cancelled, tr("Signing in was cancelled."));
    };
    const auto notFound = [&handle](const XrpcError& error) {
        return tl::unexpected(
            serverError(tr("%1 could not be found: %2").arg(handle, error.message)));
    };
    const auto key = DpopKey::generate();
    if (!key)
        co_return tl::unexpected(serverError(key.error()));
    m_key = *key;

    const auto did = co_await resolveHandle(m_http, m_config.handleResolver, handle);
    if (stale())
        co_return cancelled();
    if (!did)
        co_return notFound(did.error());
    qCDebug(lcAuth) << "Bluesky sign-in:" << handle << "is" << *did;

    const auto pds = co_await resolvePds(m_http, m_config.plc, *did);
    if (stale())
        co_return cancelled();
    if (!pds)
        co_return notFound(pds.error());
    qCDebug(lcAuth) << "Bluesky sign-in: the PDS of" << *did << "is" << pds->toString();

    const auto server = co_await findAuthorizationServer(*pds);
    if (stale())
        co_return cancelled();
    if (!server)
        co_return notFound(server.error());

    const auto metadata = co_await readAuthorizationServer(*server);
    if (stale())
        co_return cancelled();
    if (!metadata)
        co_return tl::unexpected(metadata.error());

    const auto tokens = co_await authorize(handle, *metadata);
    if (stale())
        co_return cancelled();
    if (!tokens)
        co_return tl::unexpected(tokens.error());
    // The tokens must be for the account we resolved, and bound to our DPoP key.
    if (str(tokens->raw, "sub") != *did ||
        tokens->tokenType.compare(QLatin1String("DPoP"), Qt::CaseInsensitive) != 0)
        co_return tl::unexpected(
            serverError(tr("The authorization server signed in a different account than %1, or "
                           "without DPoP.")
                            .arg(handle)));
    SessionGrant grant;
    grant.kind = SessionGrant::Kind::OAuth;
    grant.did = *did;
    grant.handle = handle;
    grant.pds = *pds;
    grant.accessToken = tokens->accessToken;
    grant.refreshToken = tokens->refreshToken;
    grant.issuer = *server;
    grant.tokenEndpoint = metadata->tokenUrl;
    grant.clientId = m_flow->tokens().client().clientId;
    grant.dpopKey = m_key;
    co_return grant;
}

QCoro::Task<tl::expected<QUrl, XrpcError>> OAuthSignIn::findAuthorizationServer(QUrl pds)
{
    const QUrl resource =
        pds.resolved(QUrl(QStringLiteral("/.well-known/oauth-protected-resource")));
    const XrpcResult json =
        jsonResult(co_await m_http.send(net::HttpRequest::get(resource), m_running.get()));
    // The sign-in may be gone by now: only what is local goes on.
    if (!json)
        co_return tl::unexpected(json.error());
    co_return authorizationServerOf(*json);
}

QCoro::Task<auth::AuthResult<AtprotoAuthorizationServer>>
OAuthSignIn::readAuthorizationServer(QUrl server)
{
    qCDebug(lcAuth) << "Bluesky sign-in: reading the authorization server" << server.toString();
    const QUrl url =
        server.resolved(QUrl(QStringLiteral("/.well-known/oauth-authorization-server")));
    const XrpcResult json =
        jsonResult(co_await m_http.send(net::HttpRequest::get(url), m_running.get()));
    // The sign-in may be gone by now: only what is local goes on.
    if (!json)
        co_return tl::unexpected(
            serverError(tr("The authorization server %1 did not describe itself: %2")
                            .arg(server.toString(), json.error().message)));
    auto metadata = readAtprotoAuthorizationServer(*json, server);
    if (!metadata)
        co_return tl::unexpected(serverError(metadata.error()));
    co_return *metadata;
}

QCoro::Task<auth::AuthResult<auth::TokenSet>>
OAuthSignIn::authorize(QString handle, AtprotoAuthorizationServer metadata)
{
    auth::OAuthClient client;
    client.authorizeUrl = metadata.authorizeUrl;
    client.tokenUrl = metadata.tokenUrl;
    client.revokeUrl = metadata.revokeUrl;
    client.clientId = m_config.clientMetadataUrl;
    client.scope = m_config.scope;
    client.issuer = metadata.issuer;
    client.extraAuthorizeParameters = {{QStringLiteral("login_hint"), handle}};
    m_parEndpoint = metadata.parEndpoint;

    m_flow = new auth::AuthorizationCodeFlow(m_http, m_browser, client, this);
    m_flow->setCallbackTimeoutMs(m_config.callbackTimeoutMs);
    m_flow->tokens().setPrepareRequest(
        [key = *m_key, this](net::HttpRequest& request) { useDpop(request, key, m_nonces); });
    m_flow->setUrlBuilder(
        [this](auth::AuthorizationCodeFlow::Parameters parameters, QObject* context) {
            return pushAuthorizationRequest(std::move(parameters), context);
        });
    return m_flow->grant();
}

QCoro::Task<auth::AuthResult<QUrl>>
OAuthSignIn::pushAuthorizationRequest(auth::AuthorizationCodeFlow::Parameters fields,
                                      QObject* context)
{
    QUrl redirectUri;
    for (const auto& [name, value] : std::as_const(fields))
        if (name == QLatin1String("redirect_uri"))
            redirectUri = QUrl(value);
    // The loopback client id names the redirect URI, known only now that the listener runs.
    const QString clientId = m_config.clientMetadataUrl.isEmpty()
                                 ? loopbackClientId(redirectUri, m_config.scope)
                                 : m_config.clientMetadataUrl;
    m_flow->tokens().client().clientId = clientId;
    for (auto& [name, value] : fields)
        if (name == QLatin1String("client_id"))
            value = clientId;

    qCDebug(lcAuth) << "Bluesky sign-in: pushing the authorization request to"
                    << m_parEndpoint.toString();
    net::HttpRequest request = net::HttpRequest::postForm(m_parEndpoint, formBody(fields));
    useDpop(request, *m_key, m_nonces);
    QUrl url = m_flow->tokens().client().authorizeUrl;
    const XrpcResult json = jsonResult(co_await m_http.send(request, context));
    // The sign-in may be gone by now: only what is local goes on.
    const QString requestUri = json ? str(*json, "request_uri") : QString();
    if (requestUri.isEmpty())
        co_return tl::unexpected(
            serverError(tr("The authorization server refused the sign-in request: %1")
                            .arg(json ? tr("no request_uri") : json.error().message)));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("client_id"),
                       QString::fromLatin1(QUrl::toPercentEncoding(clientId)));
    query.addQueryItem(QStringLiteral("request_uri"),
                       QString::fromLatin1(QUrl::toPercentEncoding(requestUri)));
    url.setQuery(query.toString(QUrl::FullyEncoded), QUrl::StrictMode);
    co_return url;
}

} // namespace hearken::bluesky
