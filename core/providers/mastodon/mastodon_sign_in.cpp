// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/mastodon/mastodon_sign_in.h"

#include "auth/auth_log.h"
#include "auth/vault_keys.h"
#include "net/json_body.h"
#include "net/url_policy.h"
#include "providers/mastodon/mastodon_client.h"
#include "providers/mastodon/mastodon_json.h"
#include "store/account_repository.h"
#include "store/sync_state_repository.h"

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

} // namespace

SignIn::SignIn(Services services, QObject* parent)
    : QObject(parent)
    , m_services(std::move(services))
{
    connect(this, &SignIn::progress, this,
            [](const QString& step) { qCDebug(lcAuth).noquote() << "Mastodon sign-in:" << step; });
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
    m_auth = ServerAuth{};
    m_auth.server = *base;
    discover();
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

void SignIn::discover()
{
    Q_EMIT progress(tr("Looking up %1…").arg(m_auth.server.host()));
    QUrl wellKnown = m_auth.server;
    wellKnown.setPath(QStringLiteral("/.well-known/oauth-authorization-server"));
    m_services.http.send(
        net::HttpRequest::get(wellKnown), m_context.get(), [this](const net::HttpResult& result) {
            auto metadata = result ? net::jsonObject(*result) : tl::unexpected(result.error());
            if (metadata) {
                auto auth = readAuthorizationServerMetadata(*metadata, m_auth.server);
                if (!auth) {
                    fail(auth::AuthError::Kind::Server, auth.error());
                    return;
                }
                m_auth = *auth;
                register_();
                return;
            }
            if (!absent(result, metadata)) {
                fail(result.error());
                return;
            }
            // Mastodon before 4.3, GoToSocial, Akkoma and Pleroma have no metadata: the
            // instance endpoint proves the server speaks Mastodon's API, and the OAuth paths
            // are the fixed ones.
            Client anonymous(m_services.http, m_auth.server, QString());
            m_services.http.send(
                net::HttpRequest::get(anonymous.url(QStringLiteral("/api/v1/instance"))),
                m_context.get(), [this](const net::HttpResult& instance) {
                    // An answer that is no JSON object is no Mastodon instance either.
                    const auto json =
                        instance ? net::jsonObject(*instance) : tl::unexpected(instance.error());
                    auto auth = readInstance(json.value_or(QJsonObject()), m_auth.server);
                    if (!auth) {
                        fail(auth::AuthError::Kind::Server, auth.error());
                        return;
                    }
                    m_auth = *auth;
                    register_();
                });
        });
}

void SignIn::register_()
{
    const quint64 attempt = m_attempt;
    const QString scopes = grantedScopes(m_auth.profileScope);
    auto known = m_services.syncState.appRegistration(network, serverKey(m_auth.server));
    if (!known) {
        fail(auth::AuthError::Kind::Server, known.error().message);
        return;
    }
    // The port of the registration when it is free again, so that the registration still
    // matches; else a new one, and a new registration.
    const quint16 port = auth::LoopbackListener::freePort(
        *known ? quint16(QUrl((*known)->redirectUri).port(0)) : quint16(0));
    if (port == 0) {
        fail(auth::AuthError::Kind::Listener,
             tr("Could not wait for the browser on this computer: no port is free."));
        return;
    }
    const QString redirectUri = redirectUriOn(port);
    const QString secretKey = auth::clientSecretKey(network, serverKey(m_auth.server));
    auto registerAnew = [this, self = QPointer<SignIn>(this), attempt, scopes, secretKey, port,
                         redirectUri] {
        if (!self || attempt != m_attempt)
            return;
        Q_EMIT progress(tr("Registering Hearken on %1…").arg(m_auth.server.host()));
        Client anonymous(m_services.http, m_auth.server, QString());
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("client_name"), QStringLiteral("Hearken"));
        form.addQueryItem(QStringLiteral("redirect_uris"),
                          QString::fromLatin1(QUrl::toPercentEncoding(redirectUri)));
        form.addQueryItem(QStringLiteral("scopes"),
                          QString::fromLatin1(QUrl::toPercentEncoding(scopes)));
        form.addQueryItem(QStringLiteral("website"),
                          QString::fromLatin1(QUrl::toPercentEncoding(
                              QStringLiteral("https://hearken.example.org"))));
        m_services.http.send(
            net::HttpRequest::postForm(anonymous.url(QStringLiteral("/api/v1/apps")),
                                       form.query(QUrl::FullyEncoded).toUtf8()),
            m_context.get(),
            [this, attempt, scopes, secretKey, port, redirectUri](const net::HttpResult& result) {
                auto json = result ? net::jsonObject(*result) : tl::unexpected(result.error());
                if (!json) {
                    fail(json.error());
                    return;
                }
                const QString clientId = json->value(QLatin1String("client_id")).toString();
                const QString secret = json->value(QLatin1String("client_secret")).toString();
                if (clientId.isEmpty() || secret.isEmpty()) {
                    fail(auth::AuthError::Kind::Server,
                         tr("%1 registered Hearken without giving it credentials.")
                             .arg(m_auth.server.host()));
                    return;
                }
                m_services.vault.write(
                    secretKey, secret,
                    [this, self = QPointer<SignIn>(this), attempt, clientId, secret, scopes, port,
                     redirectUri](const auth::VaultResult<void>& w) {
                        if (!self || attempt != m_attempt)
                            return;
                        if (!w) {
                            fail(auth::AuthError::Kind::Server, w.error().message);
                            return;
                        }
                        auto saved = m_services.syncState.saveAppRegistration(
                            {network, serverKey(m_auth.server), clientId, redirectUri, scopes,
                             m_services.now()});
                        if (!saved) {
                            fail(auth::AuthError::Kind::Server, saved.error().message);
                            return;
                        }
                        authorize(clientId, secret, port);
                    });
            });
    };
    if (!*known || (*known)->scopes != scopes || (*known)->redirectUri != redirectUri) {
        registerAnew();
        return;
    }
    const QString clientId = (*known)->clientId;
    m_services.vault.read(secretKey, [this, self = QPointer<SignIn>(this), attempt, clientId, port,
                                      registerAnew](const auth::VaultResult<QString>& secret) {
        if (!self || attempt != m_attempt)
            return;
        if (secret) {
            authorize(clientId, *secret, port);
            return;
        }
        if (secret.error().kind != auth::VaultError::Kind::NotFound) {
            fail(auth::AuthError::Kind::Server, secret.error().message);
            return;
        }
        registerAnew();
    });
}

void SignIn::authorize(const QString& clientId, const QString& clientSecret, quint16 port)
{
    Q_EMIT progress(tr("Waiting for you to allow Hearken in the browser…"));
    auth::OAuthClient client;
    client.authorizeUrl = m_auth.authorizeUrl;
    client.tokenUrl = m_auth.tokenUrl;
    client.revokeUrl = m_auth.revokeUrl;
    client.clientId = clientId;
    client.clientSecret = clientSecret;
    client.scope = grantedScopes(m_auth.profileScope);
    client.usePkce = m_auth.pkce;
    m_flow = new auth::AuthorizationCodeFlow(m_services.http, m_services.browser, client, this);
    m_flow->setCallbackTimeoutMs(m_callbackTimeoutMs);
    m_flow->setCallbackPath(callbackPath);
    m_flow->setCallbackPort(port);
    connect(m_flow, &auth::AuthorizationCodeFlow::browserOpened, this, &SignIn::browserOpened);
    const quint64 attempt = m_attempt;
    m_flow->grant([this, attempt](const auth::AuthResult<auth::TokenSet>& tokens) {
        if (attempt != m_attempt)
            return;
        m_flow->deleteLater();
        if (!tokens) {
            if (auto done = std::exchange(m_done, nullptr))
                done(tl::unexpected(tokens.error()));
            return;
        }
        verify(*tokens);
    });
}

void SignIn::verify(const auth::TokenSet& tokens)
{
    Q_EMIT progress(tr("Reading your account…"));
    Client client(m_services.http, m_auth.server, tokens.accessToken);
    client.get(QStringLiteral("/api/v1/accounts/verify_credentials"), {}, m_context.get(),
               [this, token = tokens.accessToken](const net::HttpResult& result) {
                   auto json = result ? net::jsonObject(*result) : tl::unexpected(result.error());
                   if (!json) {
                       fail(json.error());
                       return;
                   }
                   auto account = readVerifiedAccount(*json, m_auth.server);
                   if (!account) {
                       fail(auth::AuthError::Kind::Server, account.error());
                       return;
                   }
                   store(*account, token);
               });
}

void SignIn::store(const Account& given, const QString& token)
{
    auto id = m_services.accounts.saveAccount(given, m_services.now());
    if (!id) {
        fail(auth::AuthError::Kind::Server, id.error().message);
        return;
    }
    Account account = given;
    account.id = *id;
    const quint64 attempt = m_attempt;
    m_services.vault.write(
        auth::accessTokenKey(account.id), token,
        [this, self = QPointer<SignIn>(this), attempt, account,
         token](const auth::VaultResult<void>& written) {
            if (!self || attempt != m_attempt)
                return;
            if (!written) {
                // Without its token in the vault the account could not sync: take it out again.
                (void)m_services.accounts.removeAccount(account.id);
                fail(auth::AuthError::Kind::Server,
                     tr("The sign-in worked but the system keychain did not keep it: %1")
                         .arg(written.error().message));
                return;
            }
            AccountSyncStatus fresh;
            fresh.accountId = account.id;
            (void)m_services.syncState.setStatus(fresh);
            readTraits(account, token);
        });
}

void SignIn::readTraits(const Account& account, const QString& token)
{
    // What the server allows (the composer's limit) is good to know now, but a server that
    // does not say leaves the defaults: the sign-in has worked either way, and sync asks again.
    Q_EMIT progress(tr("Reading what %1 allows…").arg(m_auth.server.host()));
    auto client = std::make_shared<Client>(m_services.http, m_auth.server, token);
    auto keep = [this, account](const QJsonObject& instance) {
        const qint64 now = m_services.now();
        for (const CursorUpdate& c : traitCursors(account.id, readServerTraits(instance), now))
            (void)m_services.syncState.setCursor(c.accountId, c.stream, c.value);
        succeed(account);
    };
    client->get(QStringLiteral("/api/v2/instance"), {}, m_context.get(),
                [this, client, account, keep](const net::HttpResult& v2) {
                    if (auto json = v2 ? net::jsonObject(*v2) : tl::unexpected(v2.error())) {
                        keep(*json);
                        return;
                    }
                    client->get(QStringLiteral("/api/v1/instance"), {}, m_context.get(),
                                [this, account, keep](const net::HttpResult& v1) {
                                    auto json =
                                        v1 ? net::jsonObject(*v1) : tl::unexpected(v1.error());
                                    if (json)
                                        keep(*json);
                                    else
                                        succeed(account);
                                });
                });
}

void SignIn::fail(auth::AuthError::Kind kind, const QString& message)
{
    qCDebug(lcAuth).noquote() << "Mastodon sign-in failed:" << message;
    if (auto done = std::exchange(m_done, nullptr))
        done(auth::authError(kind, message));
}

void SignIn::fail(const net::HttpError& error)
{
    qCDebug(lcAuth).noquote() << "Mastodon sign-in failed:" << error.message;
    if (auto done = std::exchange(m_done, nullptr))
        done(tl::unexpected(auth::AuthError{auth::AuthError::Kind::Server, error.message, error}));
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

void SignOut::start(const Account& account, Done done)
{
    const QString server = account.serverUrl;
    auto finish = [this, account, done](QString warning) {
        m_services.vault.remove(
            auth::accessTokenKey(account.id),
            [this, account, done, warning](const auth::VaultResult<void>& r) {
                QString words = warning;
                if (!r)
                    words = r.error().message;
                if (auto removed = m_services.accounts.removeAccount(account.id); !removed)
                    words = removed.error().message;
                done(words);
            });
    };
    auto registration = m_services.syncState.appRegistration(network, server);
    if (!registration || !*registration) {
        finish(tr("Hearken's registration on %1 is unknown; the token could not be revoked.")
                   .arg(server));
        return;
    }
    const QString clientId = (*registration)->clientId;
    m_services.vault.read(
        auth::clientSecretKey(network, server),
        [this, account, clientId, finish](const auth::VaultResult<QString>& secret) {
            m_services.vault.read(
                auth::accessTokenKey(account.id),
                [this, account, clientId, secret, finish](const auth::VaultResult<QString>& token) {
                    if (!token) {
                        finish(QString());
                        return;
                    }
                    auth::OAuthClient client;
                    QUrl revoke(account.serverUrl);
                    revoke.setPath(QStringLiteral("/oauth/revoke"));
                    client.revokeUrl = revoke;
                    client.clientId = clientId;
                    client.clientSecret = secret.value_or(QString());
                    auto endpoint = std::make_shared<auth::TokenEndpoint>(m_services.http, client);
                    endpoint->revoke(*token, this,
                                     [endpoint, finish](const auth::AuthResult<void>& revoked) {
                                         finish(revoked ? QString()
                                                        : tr("The server did not confirm the "
                                                             "sign-out: %1")
                                                              .arg(revoked.error().message));
                                     });
                });
        });
}

} // namespace hearken::mastodon
