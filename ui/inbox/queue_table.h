// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

namespace hearken {

class QueueModel;

// The queue as a calm, compact table: whole rows selected, no grid, the excerpt taking the
// room that is left. Rows stay in the store's order; clicking a header does not sort.
class QueueTable : public QTableView {
    Q_OBJECT
public:
    explicit QueueTable(QWidget* parent = nullptr);

    void setQueueModel(QueueModel* model);
    // Selects the row alone, makes it current and scrolls it into view.
    void focusRow(int row);

    // Letters are shortcuts for actions here, not a type-ahead search.
    void keyboardSearch(const QString& search) override;
};

} // namespace hearken
