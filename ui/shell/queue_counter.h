// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/queue_filter.h"
#include "shell/workspace_thread.h"
#include "store/store_error.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace hearken {

class Workspace;

// Counts queue items for many filters without blocking the window (counting a large workspace
// takes a while), in a WorkspaceThread.
class QueueCounter : public QObject {
    Q_OBJECT
public:
    using Clock = std::function<qint64()>;
    using Done = std::function<void(const StoreResult<QList<qint64>>& counts)>;

    QueueCounter(Workspace& workspace, Clock clock, QObject* parent = nullptr);
    ~QueueCounter() override;

    // Counts each filter; `done` is called on this thread with the counts in the same order,
    // unless `receiver` is gone by then.
    void count(const QList<QueueFilter>& filters, QObject* receiver, Done done);

private:
    struct Pending {
        QPointer<QObject> receiver;
        Done done;
    };

    void deliver(quint64 ticket, const StoreResult<QList<qint64>>& counts);

    Clock m_clock;
    QHash<quint64, Pending> m_pending;
    quint64 m_nextTicket = 0;
    // Last, so that it stops before what its work uses goes.
    WorkspaceThread m_thread;
};

} // namespace hearken
