// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/topic.h"
#include "store/store_error.h"

#include <QList>

namespace hearken {

class ChangeNotifier;
class Database;

// Follow-up topics: feedback tagged with what it asks for, closed when that ships or is fixed,
// and who has been told.
class TopicRepository {
public:
    TopicRepository(Database& database, ChangeNotifier& changes);

    // Open ones first, then by name; with counts of items and of people told.
    StoreResult<QList<Topic>> topics() const;
    StoreResult<QList<Topic>> topicsOf(qint64 postId) const;
    // The topic with this name, created (open) when missing.
    StoreResult<qint64> topic(const QString& name, qint64 now);

    // Tags the item with the topic; the history says who did it.
    StoreResult<void> tag(qint64 topicId, qint64 postId, const QString& actor, qint64 at);
    StoreResult<void> untag(qint64 topicId, qint64 postId, const QString& actor, qint64 at);
    // Marks the topic shipped, fixed, declined or open again; every tagged item's history
    // says so. Returns the tagged items.
    StoreResult<QList<qint64>> setStatus(qint64 topicId, TopicStatus status, const QString& actor,
                                         qint64 at);
    // Everyone who raised the topic, with their words, oldest first.
    StoreResult<QList<TopicRaiser>> raisers(qint64 topicId) const;
    // The person was told some other way.
    StoreResult<void> markTold(qint64 topicId, qint64 postId, const QString& actor, qint64 at);

private:
    StoreResult<QList<Topic>> read(const QString& where, const QVariantList& binds) const;
    StoreResult<void> logOnItems(const QList<qint64>& postIds, const QString& actor, qint64 at,
                                 const QString& kind, const QString& detail);

    Database& m_database;
    ChangeNotifier& m_changes;
};

} // namespace hearken
