// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/database.h"
#include "store/store_error.h"

#include <QString>
#include <QThread>

#include <functional>
#include <memory>

class QObject;

namespace hearken {

class Workspace;

// Where slow reads of the open workspace run so that they never block the window: for a
// workspace file or a team database, a thread of its own with a connection of its own (opened
// there on first use and again after a team database's connection was lost, closed there at
// the end); an in-memory workspace cannot be shared across connections, so its work runs on
// this thread, later, in the event loop.
class WorkspaceThread {
public:
    WorkspaceThread(Workspace& workspace, const QString& threadName);
    ~WorkspaceThread();
    WorkspaceThread(const WorkspaceThread&) = delete;
    WorkspaceThread& operator=(const WorkspaceThread&) = delete;

    using Work = std::function<void(const StoreResult<Workspace*>& workspace)>;
    // Runs `work` where the connection lives, after the work posted before it.
    void post(Work work);
    // Opens yet another connection to the workspace; empty for a workspace in memory.
    const Database::Reopen& reopener() const { return m_reopen; }

private:
    StoreResult<Workspace*> workspace();

    Database::Reopen m_reopen;
    // Used only where the work runs.
    Workspace* m_workspace = nullptr;
    std::unique_ptr<Workspace> m_own;
    QThread m_thread;
    // Lives where the work runs, so that work can be queued to it.
    QObject* m_context = nullptr;
};

} // namespace hearken
