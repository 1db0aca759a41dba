// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/dpop_nonces.h"
#include "auth/secret_vault.h"
#include "providers/bluesky/bluesky_account_syncer.h"
#include "providers/bluesky/bluesky_deliverer.h"
#include "providers/provider.h"
#include "sync/sync_engine.h"

#include <functional>
#include <memory>

namespace hearken::bluesky {

// What opening a Bluesky account's session needs: HTTP, the vault that keeps the session, and
// the DPoP nonces per origin.
struct SessionServices {
    net::HttpClient& http;
    auth::SecretVault& vault;
    DpopNonces& nonces;
};

// What the composition root hands the Bluesky provider.
struct ProviderServices {
    net::HttpClient& http;
    auth::SecretVault& vault;
    // DPoP nonces per origin, shared by every Bluesky account of the app.
    DpopNonces& nonces;
    std::function<qint64()> now; // seconds
    Fetcher::Limits limits;
};

// An account's session, or why there is none (the account must sign in again).
using OpenedSession = tl::expected<std::unique_ptr<AtprotoSession>, QString>;

// The account's session from the vault, wired to put refreshed tokens back there; what it
// awaits takes `context`, and once `context` is gone it ends without a session.
QCoro::Task<OpenedSession> openSession(SessionServices services, Account account, QObject* context);

// Builds a Bluesky account's syncer once its session is read from the vault; refreshed tokens
// go back to the vault. A missing or unreadable session means the account must sign in again.
SyncEngine::Factory syncerFactory(ProviderServices services);

// Builds a Bluesky account's deliverer the same way; what it awaits takes `context`.
QCoro::Task<DeferredDeliverer::Made> makeDeliverer(SessionServices services,
                                                   std::function<qint64()> now, Account account,
                                                   QObject* context);

// Bluesky (the AT Protocol) behind the provider seam.
class Provider : public hearken::Provider {
public:
    QString id() const override;
    QString label() const override;
    NetworkMark mark() const override;
    // 300 graphemes; replies notify the author by themselves; handles "@name.domain".
    ReplyRules replyRules() const override;
    // lumencoffee.bsky.social; people on bsky.social; a fifth of mentions are quotes.
    std::optional<SampleStyle> sampleStyle() const override;
    // The handle, an app password instead of the browser, self-hosters' servers (FormSignIn).
    SignInForm signInForm() const override;
    std::unique_ptr<AccountSignIn> signIn(const SignInServices& services) const override;
    SyncEngine::Factory syncerFactory(const NetworkServices& services,
                                      const SyncOptions& options) const override;
    DeferredDeliverer::Make delivererMaker(const NetworkServices& services,
                                           const Account& account) const override;
    // Forgets the session: Bluesky's tokens expire on their own.
    void signOut(const NetworkServices& services, auth::BrowserOpener& browser,
                 AccountKeeper& accounts, const Account& account, SignedOut done) const override;
    // Syncs bring replies without their parents: ChainFetcher fetches them.
    std::unique_ptr<ConversationFetcher>
    conversationFetcher(const NetworkServices& services) const override;
};

} // namespace hearken::bluesky
