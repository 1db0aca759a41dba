// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace hearken::auth {

// Where a workspace keeps `key` in the vault every workspace on the desk shares.
inline QString workspaceKey(const QString& workspaceId, const QString& key)
{
    return QStringLiteral("workspace/%1/%2").arg(workspaceId, key);
}

// Where an account's access token lives in its workspace's part of the vault.
inline QString accessTokenKey(qint64 accountId)
{
    return QStringLiteral("account/%1/access-token").arg(accountId);
}

// Where the client secret of an app registered on a server lives in the vault.
inline QString clientSecretKey(const QString& network, const QString& serverUrl)
{
    return QStringLiteral("app/%1/%2/client-secret").arg(network, serverUrl);
}

} // namespace hearken::auth
