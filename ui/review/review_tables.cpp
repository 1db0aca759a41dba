// SPDX-License-Identifier: GPL-3.0-or-later
#include "review_tables.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>

namespace hearken {

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    label->setFont(font);
    return label;
}

QTableWidget* makeTable(const QStringList& header, QWidget* parent)
{
    auto* table = new QTableWidget(0, int(header.size()), parent);
    table->setHorizontalHeaderLabels(header);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setFocusPolicy(Qt::NoFocus);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return table;
}

void fill(QTableWidget& table, const QList<QStringList>& rows)
{
    table.setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows[r].size(); ++c) {
            auto* cell = new QTableWidgetItem(rows[r][c]);
            if (c > 0 && !rows[r][c].isEmpty() && (rows[r][c][0].isDigit() || rows[r][c] == u"–"))
                cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table.setItem(r, c, cell);
        }
    }
    // Show every row: the page scrolls, not each table. A table as wide as its columns,
    // unless one column takes the room there is.
    table.resizeRowsToContents();
    int height = table.horizontalHeader()->height() + 2 * table.frameWidth();
    for (int r = 0; r < table.rowCount(); ++r)
        height += table.rowHeight(r);
    table.setFixedHeight(height);
    QHeaderView* header = table.horizontalHeader();
    bool stretches = false;
    for (int c = 0; c < table.columnCount(); ++c)
        stretches = stretches || header->sectionResizeMode(c) == QHeaderView::Stretch;
    if (!stretches)
        table.setMaximumWidth(header->length() + 2 * table.frameWidth());
}

QLabel* emptyNote(const QString& text, QWidget* parent)
{
    auto* note = new QLabel(text, parent);
    note->setForegroundRole(QPalette::PlaceholderText);
    note->hide();
    return note;
}

} // namespace hearken
