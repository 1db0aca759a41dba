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

    // Announces changed queue rows: itemsChanged, or queueReset when there are so many that
    // patching views row by row would cost more than reloading them.
    void announceChanged(const QList<qint64>& postIds)
    {
        // Above this many rows, views reload instead of patching row by row.
        constexpr qsizetype resetThreshold = 2000;
        if (postIds.size() > resetThreshold)
            Q_EMIT queueReset();
        else if (!postIds.isEmpty())
            Q_EMIT itemsChanged(postIds);
    }

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
    // Who is looking at or replying to these items changed.
    void presenceChanged(const QList<qint64>& postIds);
};

} // namespace hearken
