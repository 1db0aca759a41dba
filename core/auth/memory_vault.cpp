// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/memory_vault.h"

#include <QTimer>

namespace hearken::auth {

namespace {

VaultError unavailable()
{
    return {VaultError::Kind::Unavailable, QStringLiteral("The memory vault is switched off.")};
}

} // namespace

void MemoryVault::read(const QString& key, ReadDone done)
{
    VaultResult<QString> result =
        m_unavailable ? tl::unexpected(unavailable())
        : m_secrets.contains(key)
            ? VaultResult<QString>(m_secrets.value(key))
            : tl::unexpected(VaultError{VaultError::Kind::NotFound,
                                        QStringLiteral("No secret is stored for %1.").arg(key)});
    QTimer::singleShot(0, this, [done = std::move(done), result] { done(result); });
}

void MemoryVault::write(const QString& key, const QString& secret, Done done)
{
    VaultResult<void> result;
    if (m_unavailable)
        result = tl::unexpected(unavailable());
    else
        m_secrets.insert(key, secret);
    QTimer::singleShot(0, this, [done = std::move(done), result] { done(result); });
}

void MemoryVault::remove(const QString& key, Done done)
{
    VaultResult<void> result;
    if (m_unavailable)
        result = tl::unexpected(unavailable());
    else
        m_secrets.remove(key);
    QTimer::singleShot(0, this, [done = std::move(done), result] { done(result); });
}

} // namespace hearken::auth
