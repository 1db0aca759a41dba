// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/flags.h"
#include "domain/network_names.h"
#include "domain/queue_filter.h"
#include "domain/queue_item.h"
#include "inbox/item_roles.h"
#include "store/queue_query.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>

#include <functional>
#include <optional>

namespace hearken {

class ChangeNotifier;
class DeskPresence;
class QueueRepository;

// The queue in attention order, one filter at a time, loaded page by page as the view
// scrolls (it starts empty; the first fetchMore() brings the first page). It holds only the pages
// loaded so far and patches just the rows the store announces as changed; the store's order is
// kept, the view never re-sorts.
class QueueModel : public QAbstractTableModel {
    Q_OBJECT
public:
    using Clock = std::function<qint64()>;
    static constexpr int pageSize = 200;

    // `networks` names and marks the items' networks.
    QueueModel(QueueRepository& queue, ChangeNotifier& changes, ResponseTargets targets,
               Clock clock, NetworkNames networks, QObject* parent = nullptr);

    void setFilter(const QueueFilter& filter);
    const QueueFilter& filter() const { return m_filter; }
    // The networks the rows are named and marked by.
    const NetworkNames& networks() const { return m_networks; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    const QueueItem& itemAt(int row) const { return m_rows.at(row); }
    // -1 when the item is not among the loaded rows.
    int rowOf(qint64 postId) const;
    // Loads pages until the item is among the rows; false when the filter does not pass it.
    bool load(qint64 postId);
    // Whether the row carries a flag: unanswered criticism or question, unthanked praise.
    bool needsAttention(int row) const;
    // True while rows are inserted, removed, moved or reset.
    bool isChanging() const { return m_changing; }

    // Reads the clock again so that ages and overdue marks stay true as time passes.
    void refreshTimes();
    // Who else is on each item (PresenceRole), also said to assistive technology with the
    // post's column (Qt::AccessibleTextRole).
    void setPresence(const DeskPresence* presence);

Q_SIGNALS:
    void failed(const QString& message);

private:
    QueueQuery query() const;
    void reload();
    bool appendPage();
    void applyChanges(const QList<qint64>& postIds);
    void removeRow(int row);
    void placeChangedRow(int row, const QueueItem& item);
    // Counts a row's author in or out (`delta` 1 or -1); true when that changes whether the
    // author's display name is shared.
    bool countAuthor(const QueueItem& item, int delta);
    void showAuthorsAgain();
    bool isCovered(const QueueCursor& key) const;
    int insertionRow(const QueueCursor& key) const;
    QVariant display(const QueueItem& item, QueueColumn column) const;
    QVariant toolTip(const QueueItem& item, QueueColumn column) const;
    QString presenceText(const QueueItem& item) const;
    void presenceChanged(const QList<qint64>& postIds);

    QueueRepository& m_queue;
    ResponseTargets m_targets;
    Clock m_clock;
    qint64 m_now = 0;
    NetworkNames m_networks;
    QPointer<const DeskPresence> m_presence;
    QueueFilter m_filter;
    QList<QueueItem> m_rows;
    // How many loaded rows each author of a display name has: a name two authors share is
    // shown with its handle, so that the queue tells them apart.
    QHash<QString, QHash<QString, int>> m_handlesByName;
    // Every matching item up to this position in queue order is loaded; past it, nothing is.
    std::optional<QueueCursor> m_boundary;
    bool m_atEnd = false;
    // Set while rows change, so that a fetchMore() from a signal handler waits its turn.
    bool m_changing = false;
};

} // namespace hearken
