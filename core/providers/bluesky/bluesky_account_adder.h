// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/auth_error.h"
#include "auth/browser_opener.h"
#include "auth/dpop_nonces.h"
#include "auth/secret_vault.h"
#include "domain/account.h"
#include "net/http_client.h"
#include "providers/bluesky/oauth_sign_in.h"
#include "providers/bluesky/session_grant.h"
#include "sync/account_keeper.h"

#include <QObject>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace hearken::bluesky {

// Adds a Bluesky account, for the window and the command line alike: signs in (OAuth in the
// browser, or the app-password fallback on the account's PDS, found from the handle unless
// given), stores the session in the vault and saves the account (no secret in it), which then
// syncs from the start. A handle that is no handle is refused before any lookup, and servers
// that do not answer in time end the attempt.
class AccountAdder : public QObject {
    Q_OBJECT
public:
    static constexpr int defaultAnswerTimeoutMs = 30'000;
    struct Services {
        net::HttpClient& http;
        // Null: only app passwords can sign in.
        auth::BrowserOpener* browser;
        auth::SecretVault& vault;
        AccountKeeper& accounts;
        // The app's one nonce cache: what the servers say while signing in is what the first
        // sync sends them.
        DpopNonces& nonces;
    };
    struct Request {
        QString handle;
        // Set: sign in with this app password instead of OAuth.
        std::optional<QString> appPassword;
        // The account's PDS for self-hosters; empty: found from the handle.
        QUrl pds;
        // Empty: the defaults of OAuthConfig (a given PDS also resolves handles).
        QUrl plc;
        QUrl handleResolver;
        QString clientMetadataUrl;
        int callbackTimeoutMs = OAuthConfig{}.callbackTimeoutMs;
        // How long the servers get, all steps together, to look the account up and sign in
        // (the time in the browser does not count).
        int answerTimeoutMs = defaultAnswerTimeoutMs;
    };
    struct Added {
        // Saved, with its id.
        Account account;
        SessionGrant::Kind kind = SessionGrant::Kind::AppPassword;
    };
    using Done = std::function<void(const auth::AuthResult<Added>&)>;

    explicit AccountAdder(Services services, QObject* parent = nullptr);
    ~AccountAdder() override;

    void start(const Request& request, Done done);
    // Reports Cancelled through the pending Done; later answers are dropped. Once signed in,
    // the account is saved and reported all the same.
    void cancel();

Q_SIGNALS:
    // One short sentence per step, for a progress line.
    void progress(const QString& step);

private:
    void findPds(const QString& handle, std::function<void(const QUrl& pds)> found);
    void signInWithPassword(const QUrl& pds);
    void save(const SessionGrant& grant);
    void fail(auth::AuthError::Kind kind, const QString& message);
    void timeOut();
    void finish(const auth::AuthResult<Added>& result);
    // Wraps a callback so that it runs only while this attempt is still the current one.
    template <typename Callback>
    auto current(Callback callback);

    Services m_services;
    Request m_request;
    OAuthConfig m_config;
    Done m_done;
    // Ends the attempt when the servers take longer than answerTimeoutMs.
    QTimer m_deadline;
    // The server the attempt waits for, for the time-out message.
    QString m_waitingFor;
    // The browser as the OAuth sign-in sees it: opening it stops the deadline.
    std::unique_ptr<auth::BrowserOpener> m_browser;
    std::unique_ptr<OAuthSignIn> m_oauth;
    // Bumped by start() and cancel(); answers for an older attempt are dropped.
    std::shared_ptr<quint64> m_attempt = std::make_shared<quint64>(0);
    bool m_saving = false;
};

} // namespace hearken::bluesky
