// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/authorization_code_flow.h"
#include "auth/secret_vault.h"
#include "domain/account.h"
#include "net/http_client.h"
#include "providers/mastodon/mastodon_server_metadata.h"
#include "sync/account_keeper.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace hearken::mastodon {

// What discovery learned about a server's OAuth.
// Adds a Mastodon account: discovers the server, registers Hearken there once (kept for every
// later sign-in on that server), runs the browser sign-in, and stores the account (the token
// in the vault, never in the workspace).
class SignIn : public QObject {
    Q_OBJECT
public:
    struct Services {
        net::HttpClient& http;
        auth::BrowserOpener& browser;
        auth::SecretVault& vault;
        AccountKeeper& accounts;
        std::function<qint64()> now; // seconds
    };
    using Done = std::function<void(const auth::AuthResult<Account>&)>;

    explicit SignIn(Services services, QObject* parent = nullptr);
    ~SignIn() override;

    // `server` as typed: "mastodon.social", "https://example.social", "http://127.0.0.1:PORT".
    // An address Hearken will not use (net::serverBaseUrl) is refused before start returns.
    void start(const QString& server, Done done);
    void cancel();
    void setCallbackTimeoutMs(int ms) { m_callbackTimeoutMs = ms; }

Q_SIGNALS:
    // One short sentence per step, for a progress line.
    void progress(const QString& step);
    void browserOpened(const QUrl& url);

private:
    // What the server knows Hearken as, and the loopback port its redirect URI names.
    struct App {
        QString clientId;
        QString clientSecret;
        quint16 port = 0;
    };

    QCoro::Task<void> run(QUrl server);
    QCoro::Task<auth::AuthResult<ServerAuth>> discover(QUrl server);
    QCoro::Task<auth::AuthResult<App>> registration();
    QCoro::Task<auth::AuthResult<auth::TokenSet>> authorize(const App& app);
    void fail(auth::AuthError::Kind kind, const QString& message);
    void fail(const auth::AuthError& error);
    void fail(const net::HttpError& error);
    void succeed(const Account& account);

    Services m_services;
    ServerAuth m_auth;
    Done m_done;
    QPointer<auth::AuthorizationCodeFlow> m_flow;
    int m_callbackTimeoutMs = 5 * 60 * 1000;
    // Bumped by start() and cancel(); answers for an older attempt are dropped.
    quint64 m_attempt = 0;
    std::unique_ptr<QObject> m_context;
};

// Signs out: revokes the token on the server, removes the account's secrets from the vault and
// the account (with its items) from the workspace. A server that cannot be reached does not
// stop the removal; the result says what could not be done.
class SignOut : public QObject {
    Q_OBJECT
public:
    SignOut(SignIn::Services services, QObject* parent = nullptr);
    // What could not be done, empty when nothing. Destroying the sign-out first ends it with
    // a warning that it was cancelled, removing nothing more.
    QCoro::Task<QString> run(Account account);

private:
    // Revokes the account's token on its server; what went wrong, if anything.
    QCoro::Task<QString> revoke(Account account);

    SignIn::Services m_services;
};

} // namespace hearken::mastodon
