// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>

namespace hearken {

// Announces what the store changed, after the change is committed, so views refresh
// only what moved.
class ChangeNotifier : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

Q_SIGNALS:
    // Queue rows that appeared or changed.
    void itemsChanged(const QList<qint64>& postIds);
    // So many rows changed that views should reload rather than patch.
    void queueReset();
    void savedViewsChanged();
    void accountsChanged();
    // Items that arrived from a network for the first time (not edits or our own replies).
    void itemsArrived(const QList<qint64>& postIds);
    // Outbox entries for these items were queued, sent, failed, edited or discarded.
    void outboxChanged(const QList<qint64>& postIds);
    void notesChanged(qint64 postId);
    void topicsChanged();
    void savedRepliesChanged();
};

} // namespace hearken
