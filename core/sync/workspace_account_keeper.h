// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/account_keeper.h"

#include <functional>

namespace hearken {

class Workspace;

// The accounts and app registrations of one workspace.
class WorkspaceAccountKeeper : public AccountKeeper {
public:
    WorkspaceAccountKeeper(Workspace& workspace, std::function<qint64()> now);

    Result<qint64> saveAccount(const Account& account) override;
    Result<void> removeAccount(qint64 id) override;
    Result<void> seedCursors(const QList<CursorUpdate>& cursors) override;
    Result<std::optional<AppRegistration>> appRegistration(const QString& network,
                                                           const QString& server) const override;
    Result<void> saveAppRegistration(const QString& network, const QString& server,
                                     const AppRegistration& registration) override;

private:
    Workspace& m_workspace;
    std::function<qint64()> m_now; // seconds
};

} // namespace hearken
