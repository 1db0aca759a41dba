// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace hearken {

// Which part of the desk's vault belongs to one workspace.
struct VaultScope {
    // Random, made with the workspace; empty when it could not be read.
    QString workspaceId;
    // The workspace had accounts before secrets were kept per workspace: a secret it misses may
    // still sit under the key every workspace used then.
    bool claimsUnscopedSecrets = false;
};

} // namespace hearken
