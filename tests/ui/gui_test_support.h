// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/queue_query.h"
#include "support/workspace_fixture.h"

#include <QAbstractItemModel>
#include <QAbstractItemModelTester>
#include <QList>

#include <memory>

namespace hearken::testing {

inline qint64 fixedClock()
{
    return fixedNow;
}

inline QueueFilter anyState()
{
    QueueFilter filter;
    filter.states.clear();
    return filter;
}

// Every item passing `filter`, in the store's queue order.
inline QList<qint64> storeOrder(Workspace& ws, const QueueFilter& filter)
{
    const QueueQuery query(filter, fixedNow, ws.settings().responseTargets().value());
    QList<qint64> ids;
    std::optional<QueueCursor> after;
    for (;;) {
        auto page = ws.queue().page(query, after, 500);
        if (!page) {
            ADD_FAILURE() << page.error().message.toStdString();
            return ids;
        }
        if (page->isEmpty())
            return ids;
        for (const QueueItem& item : *page)
            ids.append(item.postId);
        after = QueueRepository::cursorOf(page->last());
    }
}

inline void fetchAll(QAbstractItemModel& model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
}

// Fails the test (by aborting it) on the first broken model invariant.
inline std::unique_ptr<QAbstractItemModelTester> testModel(QAbstractItemModel& model)
{
    return std::make_unique<QAbstractItemModelTester>(
        &model, QAbstractItemModelTester::FailureReportingMode::Fatal);
}

} // namespace hearken::testing
