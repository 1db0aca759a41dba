// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/memory_vault.h"
#include "auth/vault_keys.h"
#include "store/workspace.h"
#include "store/workspace_secrets.h"

namespace hearken::testing {

// The secret `workspace` keeps under `key`, as it sits in the vault every workspace shares;
// empty when there is none.
inline QString storedSecret(const auth::MemoryVault& desk, Workspace& workspace, const QString& key)
{
    return desk.contents().value(
        auth::workspaceKey(vaultScope(workspace.settings()).workspaceId, key));
}

} // namespace hearken::testing
