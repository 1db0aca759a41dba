// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/secret_vault.h"
#include "domain/account.h"
#include "providers/bluesky/session_grant.h"

#include <functional>

namespace hearken::bluesky {

// The vault key of a Bluesky account's session: tokens and, for OAuth, the DPoP private key.
QString sessionSecretKey(const QString& did);

// The grant as the one secret string stored in the vault, and back.
QString serializeGrant(const SessionGrant& grant);
tl::expected<SessionGrant, QString> deserializeGrant(const QString& secret);

// The account row for a grant: no secret in it (the tokens stay in the vault).
Account accountForGrant(const SessionGrant& grant);

void storeGrant(auth::SecretVault& vault, const SessionGrant& grant,
                std::function<void(const auth::VaultResult<void>&)> done);
void loadGrant(auth::SecretVault& vault, const QString& did,
               std::function<void(const tl::expected<SessionGrant, QString>&)> done);

} // namespace hearken::bluesky
