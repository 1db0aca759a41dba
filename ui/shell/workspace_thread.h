// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/store_error.h"

#include <QString>
#include <QThread>

#include <functional>
#include <memory>

class QObject;

namespace hearken {

class Workspace;

// Where slow reads of the open workspace run so that they never block the window: for a
// workspace file, a thread of its own with a connection of its own (opened there on first
// use, closed there at the end); an in-memory workspace cannot be shared across connections,
// so its work runs on this thread, later, in the event loop.
class WorkspaceThread {
public:
    WorkspaceThread(Workspace& workspace, const QString& threadName);
    ~WorkspaceThread();
    WorkspaceThread(const WorkspaceThread&) = delete;
    WorkspaceThread& operator=(const WorkspaceThread&) = delete;

    using Work = std::function<void(const StoreResult<Workspace*>& workspace)>;
    // Runs `work` where the connection lives, after the work posted before it.
    void post(Work work);
    // The workspace file, for yet another connection; empty for a workspace in memory.
    const QString& path() const { return m_path; }

private:
    StoreResult<Workspace*> workspace();

    QString m_path;
    // Used only where the work runs.
    Workspace* m_workspace = nullptr;
    std::unique_ptr<Workspace> m_own;
    QThread m_thread;
    // Lives where the work runs, so that work can be queued to it.
    QObject* m_context = nullptr;
};

} // namespace hearken
