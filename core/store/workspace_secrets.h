// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/secret_vault.h"
#include "domain/vault_scope.h"

#include <QString>

#include <memory>
#include <optional>

namespace hearken {

namespace auth {
class ServiceKey;
}

class SettingsRepository;
class Workspace;

// Where the workspace's secrets live in the desk's vault: its id, and whether it may still
// take over secrets kept before workspaces had one.
VaultScope vaultScope(const SettingsRepository& settings);

// The one place that says where a workspace keeps its tokens. A workspace file keeps them in
// the desk's keychain under the workspace's id (`keychain` must outlive the vault). A team
// workspace (PostgreSQL) keeps them in its database, sealed to its service's published key:
// for a desk (`serviceKey` null) a vault that seals and never reads back; for the service, one
// that also opens what was sealed to `serviceKey` (which must outlive the vault).
std::unique_ptr<auth::SecretVault> workspaceVault(Workspace& workspace, auth::SecretVault& keychain,
                                                  const auth::ServiceKey* serviceKey = nullptr);

// Why signing an account in on this desk would store no token (a team workspace whose service
// has not published its key yet, or whose rights leave the brand's accounts to its admin);
// nullopt when it would. Asked before a sign-in starts, so that
// nobody signs in at the network for nothing.
std::optional<QString> whyNoTokenCanBeKept(Workspace& workspace);

} // namespace hearken
