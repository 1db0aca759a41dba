// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/secret_vault.h"
#include "providers/mastodon/mastodon_deliverer.h"
#include "providers/mastodon/mastodon_syncer.h"
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

// Builds a Mastodon account's deliverer once its token is read from the vault.
void makeDeliverer(net::HttpClient& http, auth::SecretVault& vault, const Account& account,
                   std::function<void(std::unique_ptr<MastodonDeliverer>, const QString&)> made);

} // namespace hearken::mastodon
