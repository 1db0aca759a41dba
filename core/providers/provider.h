// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/dpop_nonces.h"
#include "domain/account.h"
#include "domain/network_names.h"
#include "domain/sample_style.h"
#include "outbox/reply_length.h"
#include "providers/account_sign_in.h"
#include "providers/conversation_fetcher.h"
#include "providers/deferred_deliverer.h"
#include "sync/account_keeper.h"
#include "sync/sync_engine.h"

#include <QHash>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace hearken {

namespace net {
class HttpClient;
}
namespace auth {
class BrowserOpener;
class SecretVault;
} // namespace auth

// What every provider talks to its network with, built once by the composition root.
struct NetworkServices {
    net::HttpClient& http;
    // The open workspace's part of the keychain.
    auth::SecretVault& vault;
    // DPoP nonces per origin, one cache for the whole app.
    DpopNonces& nonces;
    std::function<qint64()> now; // seconds
};

// What a sign-in needs besides the network: a browser (null: none, so only what needs no browser
// can sign in) and the one writer of the workspace's accounts.
struct SignInServices {
    NetworkServices network;
    auth::BrowserOpener* browser;
    AccountKeeper& accounts;
};

// How a provider's syncers behave for the one who runs them.
struct SyncOptions {
    // A server's rate limit ends the pass (the engine resumes it later) unless its wait is at
    // most this long; a one-shot command sets it so that a long history comes in one run.
    int rateLimitWaitSeconds = 0;
};

// One network behind one seam: its name, how it signs in, syncs, delivers and signs out, and the
// rules its replies follow. A provider lives in its folder under core/providers and is registered
// once, in the composition root; everything else asks the registry.
class Provider {
public:
    virtual ~Provider() = default;

    // The stable lower-case word stored with accounts and posts ("mastodon").
    virtual QString id() const = 0;
    // What the user reads ("Mastodon").
    virtual QString label() const = 0;
    // How lists mark the network's accounts and posts.
    virtual NetworkMark mark() const = 0;
    // How replies are counted and addressed when the account's server said nothing else.
    virtual ReplyRules replyRules() const = 0;

    // What signing in asks for: the window's add-account form, `accounts add <id>`'s options.
    virtual SignInForm signInForm() const = 0;
    // A sign-in that takes the form's values and saves the account through services.accounts.
    virtual std::unique_ptr<AccountSignIn> signIn(const SignInServices& services) const = 0;

    // Builds each account's syncer for the sync engine.
    virtual SyncEngine::Factory syncerFactory(const NetworkServices& services,
                                              const SyncOptions& options) const = 0;
    // Builds the account's deliverer on first use.
    virtual DeferredDeliverer::Make delivererMaker(const NetworkServices& services,
                                                   const Account& account) const = 0;

    using SignedOut = std::function<void(const QString& warning)>;
    // Ends the account's sign-in on its network (revoking what can be revoked) and forgets its
    // secrets; `warning` says what could not be done. The caller removes the account.
    virtual void signOut(const NetworkServices& services, auth::BrowserOpener& browser,
                         AccountKeeper& accounts, const Account& account, SignedOut done) const = 0;

    // What the account's server holds back from the brand's apps, said for the person reading,
    // from what the last syncs stored in its cursors; empty when nothing is held back.
    virtual QString heldBackNotice(const Account& /*account*/,
                                   const QHash<QString, QString>& /*cursors*/) const
    {
        return {};
    }
    // How the sample workspace shows the network; none for a network the sample leaves out.
    virtual std::optional<SampleStyle> sampleStyle() const { return std::nullopt; }
    // Fetches the posts above a reply; null for a network whose syncs bring them.
    virtual std::unique_ptr<ConversationFetcher>
    conversationFetcher(const NetworkServices& /*services*/) const
    {
        return nullptr;
    }
};

} // namespace hearken
