// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/report.h"
#include "report/report_builder.h"
#include "shell/workspace_thread.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

namespace hearken {

class Workspace;

// Computes reports and writes the audit CSV without blocking the window. For a workspace
// file the work runs in a thread of its own on a connection of its own, reports progress and
// can be cancelled; an in-memory workspace cannot be shared across connections, so there it
// runs on this thread, later, in the event loop. One job at a time: a new one cancels the last.
class ReviewRunner : public QObject {
    Q_OBJECT
public:
    explicit ReviewRunner(Workspace& workspace, QObject* parent = nullptr);
    ~ReviewRunner() override;

    void build(const ReportRequest& request, qint64 now);
    void exportCsv(const ReportRequest& request, qint64 now, const QString& path);
    void cancel();
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void started();
    void progress(int percent);
    void built(const hearken::Report& report);
    void exported(qint64 rows, const QString& path);
    void failed(const QString& message);
    void cancelled();

private:
    using Job = std::function<void(const StoreResult<Workspace*>&,
                                   const std::shared_ptr<std::atomic<bool>>&)>;
    void run(Job job);
    ReportBuilder::OpenConnection openConnection() const;
    // Runs `then` on this thread if the job it belongs to is still the current one.
    void deliver(quint64 ticket, const std::function<void()>& then);
    void fail(quint64 ticket, const QString& message);

    std::shared_ptr<std::atomic<bool>> m_cancel;
    quint64 m_ticket = 0;
    bool m_busy = false;
    // Last, so that it stops before what its work uses goes.
    WorkspaceThread m_thread;
};

} // namespace hearken
