// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/secret_vault.h"
#include "domain/vault_scope.h"

namespace hearken::auth {

// The vault as one workspace sees it. The keychain is shared by every workspace on the desk and
// account ids start at 1 in each, so every key lives under the workspace's id: two workspaces
// never read, overwrite or forget each other's secrets.
//
// Upgrading: a workspace that claims unscoped secrets and finds nothing under its own key takes
// the secret from the old, unscoped key: it copies it under its own key, then deletes the old
// one. Old keys cannot say which workspace wrote them, so the first workspace that needs one
// takes it and no other can; a workspace that finds its secret already taken asks for a new
// sign-in rather than acting as someone else for longer. Removing only ever touches the
// workspace's own key.
class WorkspaceVault : public SecretVault {
public:
    // `shared` must outlive every operation started here.
    WorkspaceVault(SecretVault& shared, VaultScope scope);

    void read(const QString& key, ReadDone done) override;
    void write(const QString& key, const QString& secret, Done done) override;
    void remove(const QString& key, Done done) override;

private:
    SecretVault& m_shared;
    VaultScope m_scope;
};

} // namespace hearken::auth
