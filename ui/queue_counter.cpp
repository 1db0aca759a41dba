// SPDX-License-Identifier: GPL-3.0-or-later
#include "queue_counter.h"

#include "store/database.h"
#include "store/queue_query.h"
#include "store/workspace.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

namespace hearken {

namespace {
Q_LOGGING_CATEGORY(lcCounts, "hearken.ui.counts", QtInfoMsg)
}

// Does the counting, always on the one thread it was asked to work in.
class QueueCounter::Worker {
public:
    explicit Worker(Workspace& shared)
        : m_workspace(&shared)
    {}
    explicit Worker(QString path)
        : m_path(std::move(path))
    {}

    StoreResult<QList<qint64>> count(const QList<QueueFilter>& filters, qint64 now)
    {
        if (!m_workspace) {
            auto opened = Workspace::open(m_path);
            if (!opened)
                return tl::unexpected(opened.error());
            m_own = std::move(*opened);
            m_workspace = m_own.get();
        }
        QElapsedTimer timer;
        timer.start();
        const ResponseTargets targets = m_workspace->settings().responseTargets();
        QList<qint64> counts;
        for (const QueueFilter& filter : filters) {
            auto counted = m_workspace->queue().count(QueueQuery(filter, now, targets));
            if (!counted)
                return tl::unexpected(counted.error());
            counts.append(*counted);
        }
        qCDebug(lcCounts) << "counted" << filters.size() << "filters in" << timer.elapsed() << "ms";
        return counts;
    }

private:
    QString m_path;
    std::unique_ptr<Workspace> m_own;
    Workspace* m_workspace = nullptr;
};

QueueCounter::QueueCounter(Workspace& workspace, Clock clock, QObject* parent)
    : QObject(parent)
    , m_clock(std::move(clock))
{
    const QString path = workspace.database().path();
    if (path == QLatin1String(Database::inMemory)) {
        m_worker = std::make_unique<Worker>(workspace);
        m_context = new QObject(this);
        return;
    }
    m_worker = std::make_unique<Worker>(path);
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("hearken-counts"));
    m_thread.start(QThread::LowPriority);
}

QueueCounter::~QueueCounter()
{
    if (!m_thread.isRunning())
        return;
    // The worker's connection belongs to the worker thread: close it there.
    QMetaObject::invokeMethod(
        m_context, [this] { m_worker.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void QueueCounter::count(const QList<QueueFilter>& filters, QObject* receiver, Done done)
{
    const quint64 ticket = ++m_nextTicket;
    m_pending.insert(ticket, {receiver, std::move(done)});
    QMetaObject::invokeMethod(
        m_context,
        [this, ticket, filters, now = m_clock(), worker = m_worker.get()] {
            auto counts = worker->count(filters, now);
            QMetaObject::invokeMethod(
                this, [this, ticket, counts] { deliver(ticket, counts); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void QueueCounter::deliver(quint64 ticket, const StoreResult<QList<qint64>>& counts)
{
    const Pending pending = m_pending.take(ticket);
    if (pending.receiver && pending.done)
        pending.done(counts);
}

} // namespace hearken
