// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/workspace_vault.h"

namespace hearken {

class SettingsRepository;
class Workspace;

// Where the workspace's secrets live in the desk's vault: its id, and whether it may still
// take over secrets kept before workspaces had one.
auth::VaultScope vaultScope(const SettingsRepository& settings);

// The workspace's own part of `shared` (the system keychain, in the app).
auth::WorkspaceVault workspaceSecrets(Workspace& workspace, auth::SecretVault& shared);

} // namespace hearken
