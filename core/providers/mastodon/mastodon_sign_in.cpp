// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/mastodon/mastodon_sign_in.h"

#include "auth/auth_log.h"
#include "auth/vault_keys.h"
#include "domain/callback_answer.h"
#include "net/json_body.h"
#include "net/url_policy.h"
#include "providers/mastodon/mastodon_client.h"
#include "providers/mastodon/mastodon_json.h"

#include <array>

namespace hearken::mastodon {

namespace {

const QString callbackPath = QStringLiteral("/callback");

// The redirect URI registered and sent: GoToSocial, Akkoma and Pleroma match it exactly, port
// included, so it names the port Hearken listens on (Mastodon would take any loopback port).
QString redirectUriOn(quint16 port)
{
    return QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(callbackPath);
}

// An answer that says "this server has no such document", not "the server is unwell": an
// error status (404 on Mastodon before 4.3 and on GoToSocial) or a body that is no JSON object
// (Akkoma's front end answers unknown paths with its HTML page).
bool absent(const net::HttpResult& result, const tl::expected<QJsonObject, net::HttpError>& json)
{
    if (result)
        return !json;
    const net::HttpError& error = result.error();
    return error.kind == net::HttpError::Kind::Http && error.status >= 400 && error.status != 429;
}

tl::unexpected<auth::VaultError> vaultGone()
{
    return tl::unexpected(auth::VaultError{});
}

auth::AuthError serverError(const net::HttpError& error)
{
    return {auth::AuthError::Kind::Server, error.message, error};
}

} // namespace

SignIn::SignIn(Services services, QObject* parent)
    : QObject(parent)
    , m_services(std::move(services))
{
    connect(this, &SignIn::progress, this,
            [](const QString& step) { qCDebug(lcAuth).noquote() << "Mastodon sign-in:" << step; });
}

SignIn::~SignIn()
{
    // A sign-in that waits for an answer resumes now, while the object is whole, finds itself
    // stale and ends.
    ++m_attempt;
    m_context.reset();
}

void SignIn::start(const QString& server, Done done)
{
    cancel();
    m_done = std::move(done);
    m_context = std::make_unique<QObject>();
    const auto base = net::serverBaseUrl(server);
    if (!base) {
        fail(auth::AuthError::Kind::Server, base.error());
        return;
    }
    run(*base);
}

void SignIn::cancel()
{
    ++m_attempt;
    m_context.reset();
    if (m_flow) {
        m_flow->cancel();
        m_flow->deleteLater();
    }
    if (auto done = std::exchange(m_done, nullptr))
        done(auth::authError(auth::AuthError::Kind::Cancelled, tr("Signing in was cancelled.")));
}

// Each step hands on or fails; after every co_await the sign-in goes on only while this object
// lives and this attempt is the current one (cancel() and start() begin another).
QCoro::Task<void> SignIn::run(QUrl server)
{
    const QPointer<SignIn> self(this);
    const quint64 attempt = m_attempt;
    const auto stale = [&] { return !self || attempt != m_attempt; };

    Q_EMIT progress(tr("Looking up %1…").arg(server.host()));
    auto discovered = co_await discover(server);
    if (stale())
        co_return;
    if (!discovered) {
        fail(discovered.error());
        co_return;
    }
    m_auth = *discovered;

    auto app = co_await registration();
    if (stale())
        co_return;
    if (!app) {
        fail(app.error());
        co_return;
    }

    Q_EMIT progress(tr("Waiting for you to allow Hearken in the browser…"));
    const auto tokens = co_await authorize(*app);
    if (stale())
        co_return;
    if (m_flow)
        m_flow->deleteLater();
    if (!tokens) {
        fail(tokens.error());
        co_return;
    }

    Q_EMIT progress(tr("Reading your account…"));
    Client client(m_services.http, m_auth.server, tokens->accessToken);
    const net::HttpResult verified = co_await client.get(
        QStringLiteral("/api/v1/accounts/verify_credentials"), {}, m_context.get());
    if (stale())
        co_return;
    auto json = verified ? net::jsonObject(*verified) : tl::unexpected(verified.error());
    if (!json) {
        fail(json.error());
        co_return;
    }
    auto read = readVerifiedAccount(*json, m_auth.server);
    if (!read) {
        fail(auth::AuthError::Kind::Server, read.error());
        co_return;
    }

    auto id = m_services.accounts.saveAccount(*read);
    if (!id) {
        fail(auth::AuthError::Kind::Server, id.error());
        co_return;
    }
    Account account = *read;
    account.id = *id;
    const auto written = co_await CallbackAnswer<auth::VaultResult<void>>(
        m_context.get(), vaultGone(), [&](auto done) {
            m_services.vault.write(auth::accessTokenKey(account.id), tokens->accessToken,
                                   std::move(done));
        });
    if (stale())
        co_return;
    if (!written) {
        // Without its token in the vault the account could not sync: take it out again.
        (void)m_services.accounts.removeAccount(account.id);
        fail(auth::AuthError::Kind::Server,
             tr("The sign-in worked but the system keychain did not keep it: %1")
                 .arg(written.error().message));
        co_return;
    }
    // What the server allows (the composer's limit) is good to know now, but a server that
    // does not say leaves the defaults: the sign-in has worked either way, and sync asks again.
    Q_EMIT progress(tr("Reading what %1 allows…").arg(m_auth.server.host()));
    std::optional<QJsonObject> instance;
    const std::array paths{QStringLiteral("/api/v2/instance"), QStringLiteral("/api/v1/instance")};
    for (const QString& path : paths) {
        const net::HttpResult answer = co_await client.get(path, {}, m_context.get());
        if (stale())
            co_return;
        if (auto object = answer ? net::jsonObject(*answer) : tl::unexpected(answer.error())) {
            instance = *object;
            break;
        }
    }
    if (instance)
        (void)m_services.accounts.seedCursors(
            traitCursors(account.id, readServerTraits(*instance), m_services.now()));
    succeed(account);
}

QCoro::Task<auth::AuthResult<ServerAuth>> SignIn::discover(QUrl server)
{
    QUrl wellKnown = server;
    wellKnown.setPath(QStringLiteral("/.well-known/oauth-authorization-server"));
    const net::HttpResult result =
        co_await m_services.http.send(net::HttpRequest::get(wellKnown), m_context.get());
    auto metadata = result ? net::jsonObject(*result) : tl::unexpected(result.error());
    if (metadata) {
        auto auth = readAuthorizationServerMetadata(*metadata, server);
        if (!auth)
            co_return auth::authError(auth::AuthError::Kind::Server, auth.error());
        co_return *auth;
    }
    if (!absent(result, metadata))
        co_return tl::unexpected(serverError(result.error()));
    // Mastodon before 4.3, GoToSocial, Akkoma and Pleroma have no metadata: the instance
    // endpoint proves the server speaks Mastodon's API, and the OAuth paths are the fixed ones.
    Client anonymous(m_services.http, server, QString());
    const net::HttpResult instance = co_await m_services.http.send(
        net::HttpRequest::get(anonymous.url(QStringLiteral("/api/v1/instance"))), m_context.get());
    // An answer that is no JSON object is no Mastodon instance either.
    const auto json = instance ? net::jsonObject(*instance) : tl::unexpected(instance.error());
    auto auth = readInstance(json.value_or(QJsonObject()), server);
    if (!auth)
        co_return auth::authError(auth::AuthError::Kind::Server, auth.error());
    co_return *auth;
}

QCoro::Task<auth::AuthResult<SignIn::App>> SignIn::registration()
{
    const QPointer<SignIn> self(this);
    const QString scopes = grantedScopes(m_auth.profileScope);
    auto known = m_services.accounts.appRegistration(network, serverKey(m_auth.server));
    if (!known)
        co_return auth::authError(auth::AuthError::Kind::Server, known.error());
    // The port of the registration when it is free again, so that the registration still
    // matches; else a new one, and a new registration.
    const quint16 port = auth::LoopbackListener::freePort(
        *known ? quint16(QUrl((*known)->redirectUri).port(0)) : quint16(0));
    if (port == 0)
        co_return auth::authError(
            auth::AuthError::Kind::Listener,
            tr("Could not wait for the browser on this computer: no port is free."));
    const QString redirectUri = redirectUriOn(port);
    const QString secretKey = auth::clientSecretKey(network, serverKey(m_auth.server));
    if (*known && (*known)->scopes == scopes && (*known)->redirectUri == redirectUri) {
        const auto secret = co_await CallbackAnswer<auth::VaultResult<QString>>(
            m_context.get(), vaultGone(),
            [&](auto done) { m_services.vault.read(secretKey, std::move(done)); });
        if (!self)
            co_return auth::authError(auth::AuthError::Kind::Cancelled, QString());
        if (secret)
            co_return App{(*known)->clientId, *secret, port};
        // A desk of a team workspace never reads back the secrets it sealed for the service:
        // it registers Hearken again, as when the secret is gone.
        if (secret.error().kind != auth::VaultError::Kind::NotFound &&
            secret.error().kind != auth::VaultError::Kind::Denied)
            co_return auth::authError(auth::AuthError::Kind::Server, secret.error().message);
    }

    Q_EMIT progress(tr("Registering Hearken on %1…").arg(m_auth.server.host()));
    Client anonymous(m_services.http, m_auth.server, QString());
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("client_name"), QStringLiteral("Hearken"));
    form.addQueryItem(QStringLiteral("redirect_uris"),
                      QString::fromLatin1(QUrl::toPercentEncoding(redirectUri)));
    form.addQueryItem(QStringLiteral("scopes"),
                      QString::fromLatin1(QUrl::toPercentEncoding(scopes)));
    form.addQueryItem(QStringLiteral("website"),
                      QString::fromLatin1(
                          QUrl::toPercentEncoding(QStringLiteral("https://hearken.example.org"))));
    const net::HttpResult result = co_await m_services.http.send(
        net::HttpRequest::postForm(anonymous.url(QStringLiteral("/api/v1/apps")),
                                   form.query(QUrl::FullyEncoded).toUtf8()),
        m_context.get());
    auto json = result ? net::jsonObject(*result) : tl::unexpected(result.error());
    if (!json)
        co_return tl::unexpected(serverError(json.error()));
    const QString clientId = json->value(QLatin1String("client_id")).toString();
    const QString secret = json->value(QLatin1String("client_secret")).toString();
    if (clientId.isEmpty() || secret.isEmpty())
        co_return auth::authError(
            auth::AuthError::Kind::Server,
            tr("%1 registered Hearken without giving it credentials.").arg(m_auth.server.host()));
    const auto written = co_await CallbackAnswer<auth::VaultResult<void>>(
        m_context.get(), vaultGone(),
        [&](auto done) { m_services.vault.write(secretKey, secret, std::move(done)); });
    if (!self)
        co_return auth::authError(auth::AuthError::Kind::Cancelled, QString());
    if (!written)
        co_return auth::authError(auth::AuthError::Kind::Server, written.error().message);
    auto saved = m_services.accounts.saveAppRegistration(network, serverKey(m_auth.server),
                                                         {clientId, redirectUri, scopes});
    if (!saved)
        co_return auth::authError(auth::AuthError::Kind::Server, saved.error());
    co_return App{clientId, secret, port};
}

QCoro::Task<auth::AuthResult<auth::TokenSet>> SignIn::authorize(const App& app)
{
    auth::OAuthClient client;
    client.authorizeUrl = m_auth.authorizeUrl;
    client.tokenUrl = m_auth.tokenUrl;
    client.revokeUrl = m_auth.revokeUrl;
    client.clientId = app.clientId;
    client.clientSecret = app.clientSecret;
    client.scope = grantedScopes(m_auth.profileScope);
    client.usePkce = m_auth.pkce;
    m_flow = new auth::AuthorizationCodeFlow(m_services.http, m_services.browser, client, this);
    m_flow->setCallbackTimeoutMs(m_callbackTimeoutMs);
    m_flow->setCallbackPath(callbackPath);
    m_flow->setCallbackPort(app.port);
    connect(m_flow, &auth::AuthorizationCodeFlow::browserOpened, this, &SignIn::browserOpened);
    return m_flow->grant();
}

void SignIn::fail(auth::AuthError::Kind kind, const QString& message)
{
    fail(auth::AuthError{kind, message, std::nullopt});
}

void SignIn::fail(const net::HttpError& error)
{
    fail(serverError(error));
}

void SignIn::fail(const auth::AuthError& error)
{
    qCDebug(lcAuth).noquote() << "Mastodon sign-in failed:" << error.message;
    if (auto done = std::exchange(m_done, nullptr))
        done(tl::unexpected(error));
}

void SignIn::succeed(const Account& account)
{
    qCDebug(lcAuth).noquote() << "Mastodon sign-in added" << account.handle << "as account"
                              << account.id;
    if (auto done = std::exchange(m_done, nullptr))
        done(account);
}

SignOut::SignOut(SignIn::Services services, QObject* parent)
    : QObject(parent)
    , m_services(std::move(services))
{}

// After every co_await the sign-out goes on only while this object lives.
QCoro::Task<QString> SignOut::run(Account account)
{
    const QPointer<SignOut> self(this);
    const QString cancelled =
        tr("Signing out of %1 was cancelled; remove the account again.").arg(account.handle);
    QString warning = co_await revoke(account);
    if (!self)
        co_return cancelled;
    const auto removed =
        co_await CallbackAnswer<auth::VaultResult<void>>(this, vaultGone(), [&](auto done) {
            m_services.vault.remove(auth::accessTokenKey(account.id), std::move(done));
        });
    if (!self)
        co_return cancelled;
    if (!removed)
        warning = removed.error().message;
    if (auto gone = m_services.accounts.removeAccount(account.id); !gone)
        warning = gone.error();
    co_return warning;
}

QCoro::Task<QString> SignOut::revoke(Account account)
{
    const QPointer<SignOut> self(this);
    const auto registration = m_services.accounts.appRegistration(network, account.serverUrl);
    if (!registration || !*registration)
        co_return tr("Hearken's registration on %1 is unknown; the token could not be revoked.")
            .arg(account.serverUrl);
    const QString clientId = (*registration)->clientId;
    const auto secret =
        co_await CallbackAnswer<auth::VaultResult<QString>>(this, vaultGone(), [&](auto done) {
            m_services.vault.read(auth::clientSecretKey(network, account.serverUrl),
                                  std::move(done));
        });
    if (!self)
        co_return QString();
    const auto token =
        co_await CallbackAnswer<auth::VaultResult<QString>>(this, vaultGone(), [&](auto done) {
            m_services.vault.read(auth::accessTokenKey(account.id), std::move(done));
        });
    if (!self || !token)
        co_return QString(); // no token, nothing to revoke
    auth::OAuthClient client;
    client.revokeUrl = QUrl(account.serverUrl);
    client.revokeUrl.setPath(QStringLiteral("/oauth/revoke"));
    client.clientId = clientId;
    client.clientSecret = secret.value_or(QString());
    auth::TokenEndpoint endpoint(m_services.http, client);
    const auto revoked = co_await endpoint.revoke(*token, this);
    if (revoked)
        co_return QString();
    co_return tr("The server did not confirm the sign-out: %1").arg(revoked.error().message);
}

} // namespace hearken::mastodon
