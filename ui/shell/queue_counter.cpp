// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/queue_counter.h"

#include "store/queue_query.h"
#include "store/workspace.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

namespace hearken {

namespace {

Q_LOGGING_CATEGORY(lcCounts, "hearken.ui.counts", QtInfoMsg)

StoreResult<QList<qint64>> countAll(Workspace& workspace, const QList<QueueFilter>& filters,
                                    qint64 now)
{
    QElapsedTimer timer;
    timer.start();
    const auto targets = workspace.settings().responseTargets();
    if (!targets)
        return tl::unexpected(targets.error());
    QList<qint64> counts;
    for (const QueueFilter& filter : filters) {
        auto counted = workspace.queue().count(QueueQuery(filter, now, *targets));
        if (!counted)
            return tl::unexpected(counted.error());
        counts.append(*counted);
    }
    qCDebug(lcCounts) << "counted" << filters.size() << "filters in" << timer.elapsed() << "ms";
    return counts;
}

} // namespace

QueueCounter::QueueCounter(Workspace& workspace, Clock clock, QObject* parent)
    : QObject(parent)
    , m_clock(std::move(clock))
    , m_thread(workspace, QStringLiteral("hearken-counts"))
{}

QueueCounter::~QueueCounter() = default;

void QueueCounter::count(const QList<QueueFilter>& filters, QObject* receiver, Done done)
{
    const quint64 ticket = ++m_nextTicket;
    m_pending.insert(ticket, {receiver, std::move(done)});
    m_thread.post([this, ticket, filters, now = m_clock()](const StoreResult<Workspace*>& ws) {
        auto counts = ws ? countAll(**ws, filters, now)
                         : StoreResult<QList<qint64>>(tl::unexpected(ws.error()));
        QMetaObject::invokeMethod(
            this, [this, ticket, counts] { deliver(ticket, counts); }, Qt::QueuedConnection);
    });
}

void QueueCounter::deliver(quint64 ticket, const StoreResult<QList<qint64>>& counts)
{
    const Pending pending = m_pending.take(ticket);
    if (pending.receiver && pending.done)
        pending.done(counts);
}

} // namespace hearken
