// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inbox/item_roles.h"

#include <QTableView>

#include <array>

class QMenu;

namespace hearken {

class QueueModel;

// The queue as a calm, compact table: whole rows selected, no grid, the post taking the room
// that is left. Rows stay in the store's order; clicking a header does not sort. In a narrow
// window the other columns give up width in proportion, so that the post keeps a third of the
// table; they grow back to their widths (the defaults, or where the person dragged them) when
// there is room again.
class QueueTable : public QTableView {
    Q_OBJECT
public:
    explicit QueueTable(QWidget* parent = nullptr);

    void setQueueModel(QueueModel* model);
    // Every column but the post's, each to show or hide, and a way back to the defaults: for
    // the header's context menu and the View menu. Fills `menu` afresh each time.
    void addColumnChoices(QMenu& menu);
    // The columns' first widths, and every column shown but the network's, whose mark the
    // account column carries.
    void restoreDefaultColumns();
    // Which columns are shown and their widths where there is room, to keep between sessions;
    // restoreColumns() refuses what saveColumns() did not make, and keeps the columns then.
    QByteArray saveColumns() const;
    bool restoreColumns(const QByteArray& state);

    // Selects the row alone, makes it current and scrolls it into view.
    void focusRow(int row);

    // Letters are shortcuts for actions here, not a type-ahead search.
    void keyboardSearch(const QString& search) override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void fitColumns();

    // Each column's width where there is room.
    std::array<int, queueColumnCount> m_wanted{};
    // The age gives up nothing: every age it says stays whole.
    int m_ageWidth = 0;
    bool m_fitting = false;
};

} // namespace hearken
