// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/workspace_account_keeper.h"

#include "store/database.h"
#include "store/workspace.h"

namespace hearken {

namespace {

template <typename T>
tl::expected<T, QString> withMessage(StoreResult<T> result)
{
    if (!result)
        return tl::unexpected(result.error().message);
    if constexpr (std::is_void_v<T>)
        return {};
    else
        return *std::move(result);
}

} // namespace

WorkspaceAccountKeeper::WorkspaceAccountKeeper(Workspace& workspace, std::function<qint64()> now)
    : m_workspace(workspace)
    , m_now(std::move(now))
{}

auto WorkspaceAccountKeeper::saveAccount(const Account& account) -> Result<qint64>
{
    // Writing the sign-in starts the account's sync afresh: the database does that (the
    // sign_in_restarts_sync step), since on a team workspace a supervisor signs in but only the
    // service writes the sync state.
    return withMessage(m_workspace.accounts().saveAccount(account, m_now()));
}

auto WorkspaceAccountKeeper::removeAccount(qint64 id) -> Result<void>
{
    return withMessage(m_workspace.accounts().removeAccount(id));
}

auto WorkspaceAccountKeeper::seedCursors(const QList<CursorUpdate>& cursors) -> Result<void>
{
    // A team's cursors are the service's: its first pass asks the server for the same.
    if (m_workspace.database().engine() == Engine::Postgresql)
        return {};
    for (const CursorUpdate& c : cursors) {
        if (const auto set = m_workspace.syncState().setCursor(c.accountId, c.stream, c.value);
            !set)
            return tl::unexpected(set.error().message);
    }
    return {};
}

auto WorkspaceAccountKeeper::appRegistration(const QString& network, const QString& server) const
    -> Result<std::optional<AppRegistration>>
{
    const auto known = m_workspace.syncState().appRegistration(network, server);
    if (!known)
        return tl::unexpected(known.error().message);
    if (!*known)
        return std::nullopt;
    return AppRegistration{(*known)->clientId, (*known)->redirectUri, (*known)->scopes};
}

auto WorkspaceAccountKeeper::saveAppRegistration(const QString& network, const QString& server,
                                                 const AppRegistration& registration)
    -> Result<void>
{
    return withMessage(m_workspace.syncState().saveAppRegistration(
        {network, server, registration.clientId, registration.redirectUri, registration.scopes,
         m_now()}));
}

} // namespace hearken
