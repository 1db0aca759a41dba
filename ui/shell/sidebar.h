// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/queue_filter.h"

#include <QWidget>

class QTreeView;

namespace hearken {

class SavedViewRepository;
class SidebarModel;

// The saved views and accounts on the left, with their counts. Choosing one applies its
// filter; saved views can be added, renamed and deleted here.
class Sidebar : public QWidget {
    Q_OBJECT
public:
    Sidebar(SidebarModel& model, SavedViewRepository& views, QWidget* parent = nullptr);

    // Highlights the row showing exactly `filter`, or none.
    void showFilter(const QueueFilter& filter);
    // Chooses the n-th saved view (from 0), as Ctrl+1... do.
    void chooseView(int n);
    // Asks for a name and saves `filter` under it.
    void saveView(const QueueFilter& filter);
    // Ask for a new name, or for confirmation, first.
    void renameView(const QModelIndex& index);
    void deleteView(const QModelIndex& index);
    QTreeView* tree() const { return m_tree; }
    // Puts `entry` (a button that opens something else than a filter) above the list.
    void addEntry(QWidget* entry);

Q_SIGNALS:
    void filterChosen(const QueueFilter& filter);
    void failed(const QString& message);

private:
    void choose(const QModelIndex& index);
    void showContextMenu(const QPoint& at);
    void reportIfFailed(const QString& error);

    SidebarModel& m_model;
    SavedViewRepository& m_views;
    QTreeView* m_tree;
    QueueFilter m_shown;
    // Set while the sidebar follows the filter bar, so that it does not choose in turn.
    bool m_showing = false;
};

} // namespace hearken
