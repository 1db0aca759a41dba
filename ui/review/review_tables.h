// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

class QLabel;
class QTableWidget;
class QWidget;

namespace hearken {

// The pieces the Review's sections are made of.

// A section's heading: bold and a little larger.
QLabel* heading(const QString& text, QWidget* parent);
// A read-only table as tall as its rows, with `header`; nothing selectable.
QTableWidget* makeTable(const QStringList& header, QWidget* parent);
// Puts `rows` in `table`, numbers to the right, and sizes it to show every row.
void fill(QTableWidget& table, const QList<QStringList>& rows);
// A line saying there is nothing to list, shown instead of an empty table.
QLabel* emptyNote(const QString& text, QWidget* parent);

} // namespace hearken
