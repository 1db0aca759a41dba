// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/note.h"
#include "domain/queue_filter.h"
#include "domain/queue_item.h"
#include "store/queue_query.h"
#include "store/store_error.h"

#include <QHash>
#include <QList>

#include <optional>

namespace hearken {

class ChangeNotifier;
class Database;

// One item's new assignee and its line in the history.
struct Reassignment {
    qint64 postId = 0;
    std::optional<qint64> assigneeId;
    QString eventDetail;
};

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

    // Writes new assignees, one event per item, and a hand-over's notes, in one transaction:
    // `notesToAdd` keep their ids when they have one (put back by a redo), else get new ones;
    // `notesToRemove` go without a line in the history (an undo says so itself). Returns the
    // notes added.
    StoreResult<QList<Note>> reassign(const QList<Reassignment>& rows, const QString& actor,
                                      const QString& eventKind, qint64 at,
                                      const QList<Note>& notesToAdd = {},
                                      const QList<qint64>& notesToRemove = {});
    // The names of the items' assignees, by post id; unassigned items are left out.
    StoreResult<QHash<qint64, QString>> assigneeNames(const QList<qint64>& postIds) const;
    // Reopens snoozed items whose time has come; returns their ids.
    StoreResult<QList<qint64>> wakeSnoozed(qint64 now);

    static QueueCursor cursorOf(const QueueItem& item);

private:
    Database& m_database;
    ChangeNotifier& m_changes;
};

} // namespace hearken
