// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/queue_filter.h"
#include "store/store_error.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>

namespace hearken {

class Workspace;

// Counts queue items for many filters without blocking the window: counting a large
// workspace takes a while. For a workspace file the counts run in a worker thread on a
// connection of their own; an in-memory workspace cannot be shared across connections, so
// there they run on this thread, later, in the event loop.
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
    class Worker;
    struct Pending {
        QPointer<QObject> receiver;
        Done done;
    };

    void deliver(quint64 ticket, const StoreResult<QList<qint64>>& counts);

    Clock m_clock;
    QThread m_thread;
    // Lives in the thread the counting runs in, so that work can be queued to it.
    QObject* m_context = nullptr;
    std::unique_ptr<Worker> m_worker;
    QHash<quint64, Pending> m_pending;
    quint64 m_nextTicket = 0;
};

} // namespace hearken
