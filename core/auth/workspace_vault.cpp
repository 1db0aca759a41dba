// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/workspace_vault.h"

#include "auth/vault_keys.h"

#include <QCoreApplication>
#include <QTimer>

namespace hearken::auth {

namespace {

// Answers on the next turn of the event loop, as the vault would.
template <typename Done>
void refuseWithoutWorkspaceId(Done done)
{
    const VaultError error{
        VaultError::Kind::Other,
        QCoreApplication::translate("hearken::auth",
                                    "The workspace's id could not be read, so its "
                                    "secrets cannot be found. Open the workspace again.")};
    QTimer::singleShot(0, QCoreApplication::instance(),
                       [done = std::move(done), error] { done(tl::unexpected(error)); });
}

bool isNotFound(const VaultResult<QString>& result)
{
    return !result && result.error().kind == VaultError::Kind::NotFound;
}

// Copies the secret under `unscoped` to `scoped`, deletes `unscoped`, and answers the secret.
// The old key stays when the copy could not be written, so that nothing is lost. When the old
// key is gone, another read of this workspace (here or in another process) may have just taken
// it: the workspace's own key answers then.
void claim(SecretVault& shared, const QString& unscoped, const QString& scoped,
           SecretVault::ReadDone done)
{
    shared.read(unscoped, [&shared, unscoped, scoped,
                           done = std::move(done)](const VaultResult<QString>& old) {
        if (isNotFound(old)) {
            shared.read(scoped, done);
            return;
        }
        if (!old) {
            done(old);
            return;
        }
        shared.write(scoped, *old,
                     [&shared, unscoped, secret = *old, done](const VaultResult<void>& copied) {
                         if (!copied) {
                             done(secret);
                             return;
                         }
                         shared.remove(unscoped,
                                       [secret, done](const VaultResult<void>&) { done(secret); });
                     });
    });
}

} // namespace

WorkspaceVault::WorkspaceVault(SecretVault& shared, VaultScope scope)
    : m_shared(shared)
    , m_scope(std::move(scope))
{}

void WorkspaceVault::read(const QString& key, ReadDone done)
{
    if (m_scope.workspaceId.isEmpty()) {
        refuseWithoutWorkspaceId(std::move(done));
        return;
    }
    const QString scoped = workspaceKey(m_scope.workspaceId, key);
    if (!m_scope.claimsUnscopedSecrets) {
        m_shared.read(scoped, std::move(done));
        return;
    }
    m_shared.read(scoped, [&shared = m_shared, key, scoped,
                           done = std::move(done)](const VaultResult<QString>& own) {
        if (isNotFound(own))
            claim(shared, key, scoped, done);
        else
            done(own);
    });
}

void WorkspaceVault::write(const QString& key, const QString& secret, Done done)
{
    if (m_scope.workspaceId.isEmpty()) {
        refuseWithoutWorkspaceId(std::move(done));
        return;
    }
    m_shared.write(workspaceKey(m_scope.workspaceId, key), secret, std::move(done));
}

void WorkspaceVault::remove(const QString& key, Done done)
{
    if (m_scope.workspaceId.isEmpty()) {
        refuseWithoutWorkspaceId(std::move(done));
        return;
    }
    m_shared.remove(workspaceKey(m_scope.workspaceId, key), std::move(done));
}

} // namespace hearken::auth
