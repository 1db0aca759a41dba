// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/flow_layout.h"

#include <QWidget>

namespace hearken {

FlowLayout::FlowLayout(QWidget* parent)
    : QLayout(parent)
{}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem* item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem* item)
{
    m_items.append(item);
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem* FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem* FlowLayout::takeAt(int index)
{
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return {};
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    QSize size;
    for (const QLayoutItem* item : m_items)
        size = size.expandedTo(item->minimumSize());
    const QMargins margins = contentsMargins();
    return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
}

QSize FlowLayout::sizeHint() const
{
    int width = 0;
    int height = 0;
    for (const QLayoutItem* item : m_items) {
        if (item->isEmpty())
            continue;
        width += item->sizeHint().width() + (width > 0 ? spacing() : 0);
        height = std::max(height, item->sizeHint().height());
    }
    const QMargins margins = contentsMargins();
    return {width + margins.left() + margins.right(), height + margins.top() + margins.bottom()};
}

void FlowLayout::setGeometry(const QRect& rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::arrange(const QRect& rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int gap = spacing();
    // Rows of visible items, each filled until the next item's preferred width does not fit.
    QList<QList<QLayoutItem*>> rows(1);
    int rowWidth = 0;
    for (QLayoutItem* item : m_items) {
        if (item->isEmpty())
            continue;
        const int width = std::min(item->sizeHint().width(), area.width());
        if (!rows.last().isEmpty() && rowWidth + gap + width > area.width()) {
            rows.append(QList<QLayoutItem*>());
            rowWidth = 0;
        }
        rowWidth += (rows.last().isEmpty() ? 0 : gap) + width;
        rows.last().append(item);
    }
    int y = area.top();
    for (const QList<QLayoutItem*>& row : std::as_const(rows)) {
        if (row.isEmpty())
            continue;
        int used = gap * int(row.size() - 1);
        QList<int> widths;
        for (const QLayoutItem* item : row) {
            widths.append(std::min(item->sizeHint().width(), area.width()));
            used += widths.last();
        }
        if (m_firstStretches && row.first() == m_items.first())
            widths.first() += std::max(0, area.width() - used);
        // A wrapping label's block is as tall as its lines are at the width it gets.
        int height = 0;
        for (qsizetype i = 0; i < row.size(); ++i) {
            const QLayoutItem* item = row[i];
            height = std::max(height, item->hasHeightForWidth() ? item->heightForWidth(widths[i])
                                                                : item->sizeHint().height());
        }
        int x = area.left();
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (apply)
                row[i]->setGeometry(QRect(x, y, widths[i], height));
            x += widths[i] + gap;
        }
        y += height + gap;
    }
    return y - gap - area.top() + contentsMargins().top() + contentsMargins().bottom();
}

} // namespace hearken
