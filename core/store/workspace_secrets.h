// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/vault_scope.h"

namespace hearken {

class SettingsRepository;

// Where the workspace's secrets live in the desk's vault: its id, and whether it may still
// take over secrets kept before workspaces had one.
VaultScope vaultScope(const SettingsRepository& settings);

} // namespace hearken
