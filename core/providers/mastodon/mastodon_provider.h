// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/secret_vault.h"
#include "providers/mastodon/mastodon_deliverer.h"
#include "providers/mastodon/mastodon_syncer.h"
#include "providers/provider.h"
#include "sync/sync_engine.h"

#include <functional>
#include <memory>

namespace hearken::mastodon {

// What the composition root hands the Mastodon provider.
struct ProviderServices {
    net::HttpClient& http;
    auth::SecretVault& vault;
    std::function<qint64()> now; // seconds
    SyncLimits limits;
};

// Builds a Mastodon account's syncer once its token is read from the vault; a missing token
// means the account must sign in again.
SyncEngine::Factory syncerFactory(ProviderServices services);

// Builds a Mastodon account's deliverer once its token is read from the vault; what it awaits
// takes `context`.
QCoro::Task<DeferredDeliverer::Made> makeDeliverer(net::HttpClient& http, auth::SecretVault& vault,
                                                   Account account, QObject* context);

// Mastodon (and the servers that speak its API) behind the provider seam.
class Provider : public hearken::Provider {
public:
    QString id() const override;
    QString label() const override;
    NetworkMark mark() const override;
    // 500 characters (the default instance limit), links as 23, everyone named is mentioned,
    // visibility per reply, handles "@user@server".
    ReplyRules replyRules() const override;
    // @lumencoffee@mastodon.social; people on several servers; mentions begin with the brand.
    std::optional<SampleStyle> sampleStyle() const override;
    // The server; signs in in the browser (FormSignIn).
    SignInForm signInForm() const override;
    std::unique_ptr<AccountSignIn> signIn(const SignInServices& services) const override;
    SyncEngine::Factory syncerFactory(const NetworkServices& services,
                                      const SyncOptions& options) const override;
    DeferredDeliverer::Make delivererMaker(const NetworkServices& services,
                                           const Account& account) const override;
    // Revokes the token on the server and forgets it (SignOut).
    void signOut(const NetworkServices& services, auth::BrowserOpener& browser,
                 AccountKeeper& accounts, const Account& account, SignedOut done) const override;
    // What the server's notification policy holds back (NotificationPolicy).
    QString heldBackNotice(const Account& account,
                           const QHash<QString, QString>& cursors) const override;
};

} // namespace hearken::mastodon
