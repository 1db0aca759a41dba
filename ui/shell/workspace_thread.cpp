// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/workspace_thread.h"

#include "store/database.h"
#include "store/workspace.h"

namespace hearken {

WorkspaceThread::WorkspaceThread(Workspace& workspace, const QString& threadName)
{
    m_context = new QObject;
    if (workspace.database().path() == QLatin1String(Database::inMemory)) {
        m_workspace = &workspace;
        return;
    }
    m_reopen = workspace.database().reopener();
    m_context->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.setObjectName(threadName);
    m_thread.start(QThread::LowPriority);
}

WorkspaceThread::~WorkspaceThread()
{
    if (!m_thread.isRunning()) {
        delete m_context;
        return;
    }
    // The connection belongs to the worker thread: close it there.
    QMetaObject::invokeMethod(
        m_context, [this] { m_own.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void WorkspaceThread::post(Work work)
{
    QMetaObject::invokeMethod(
        m_context, [this, work = std::move(work)] { work(workspace()); }, Qt::QueuedConnection);
}

StoreResult<Workspace*> WorkspaceThread::workspace()
{
    if (m_own && m_own->database().connectionLost()) {
        m_own.reset();
        m_workspace = nullptr;
    }
    if (!m_workspace) {
        auto opened = m_reopen();
        if (!opened)
            return tl::unexpected(opened.error());
        m_own = std::make_unique<Workspace>(std::move(*opened));
        m_workspace = m_own.get();
    }
    return m_workspace;
}

} // namespace hearken
