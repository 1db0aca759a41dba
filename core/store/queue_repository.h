// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/queue_filter.h"
#include "domain/queue_item.h"
#include "store/queue_query.h"
#include "store/store_error.h"

#include <QList>

#include <optional>

namespace hearken {

class ChangeNotifier;
class Database;

// The queue aggregate: reading pages of it in attention order, and changing how items
// are triaged (each change with its event, in one transaction).
class QueueRepository {
public:
    QueueRepository(Database& database, ChangeNotifier& changes);

    StoreResult<QList<QueueItem>> page(const QueueQuery& query,
                                       const std::optional<QueueCursor>& after, int limit) const;
    StoreResult<qint64> count(const QueueQuery& query) const;
    // The items among `postIds` that pass the query's filter, in queue order.
    StoreResult<QList<QueueItem>> matching(const QueueQuery& query,
                                           const QList<qint64>& postIds) const;

    StoreResult<QList<TriageState>> triageStates(const QList<qint64>& postIds) const;

    // Writes new triage states and one event per item (kind and detail as given).
    StoreResult<void> updateTriage(const QList<TriageState>& states, const QString& actor,
                                   const QString& eventKind, const QString& eventDetail, qint64 at);

    // Reopens snoozed items whose time has come; returns their ids.
    StoreResult<QList<qint64>> wakeSnoozed(qint64 now);

    static QueueCursor cursorOf(const QueueItem& item);

private:
    Database& m_database;
    ChangeNotifier& m_changes;
};

} // namespace hearken
