// SPDX-License-Identifier: GPL-3.0-or-later
#include "inbox/queue_table.h"

#include "inbox/item_roles.h"
#include "inbox/queue_delegates.h"
#include "inbox/queue_model.h"
#include "workflow/time_text.h"

#include <QHeaderView>

namespace hearken {

QueueTable::QueueTable(QWidget* parent)
    : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setShowGrid(false);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTabKeyNavigation(false);
    setSortingEnabled(false);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setFrameShape(QFrame::NoFrame);
    setContextMenuPolicy(Qt::ActionsContextMenu);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setSectionsClickable(false);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    horizontalHeader()->setMinimumSectionSize(40);
    setItemDelegateForColumn(int(QueueColumn::Tone), new ToneDelegate(this));
    setItemDelegateForColumn(int(QueueColumn::Needs), new FlagChipsDelegate(this));
}

void QueueTable::setQueueModel(QueueModel* model)
{
    setModel(model);
    QHeaderView* header = horizontalHeader();
    // Wide enough for typical content; the post takes the rest.
    const auto fits = [this](const QString& text, int extra) {
        return fontMetrics().horizontalAdvance(text) + extra;
    };
    // The widest label of the networks the queue names.
    int networkWidth = header->minimumSectionSize();
    for (const QString& id : model->networks().ids())
        networkWidth = std::max(networkWidth, fits(model->networks().label(id), 28));
    header->resizeSection(int(QueueColumn::Network), networkWidth);
    header->resizeSection(int(QueueColumn::Account), fits(QStringLiteral("@lumencoff"), 8));
    header->resizeSection(int(QueueColumn::Author), fits(QStringLiteral("Wen Nakamura"), 8));
    header->resizeSection(int(QueueColumn::Tone), fits(QStringLiteral("Criticism \u270E"), 22));
    header->resizeSection(int(QueueColumn::Needs), fits(QStringLiteral("Overdue Reply +1"), 26));
    header->resizeSection(int(QueueColumn::Assignee), fits(tr("Assignee"), 14));
    // The widest age the column says ("59 min", "13 d", "99 wk"), so that none is cut short.
    int ageWidth = 0;
    for (qint64 seconds : {qint64(59 * 60), qint64(13 * 24 * 3600), qint64(99 * 7 * 24 * 3600)})
        ageWidth = std::max(ageWidth, fits(ageText(seconds), 18));
    header->resizeSection(int(QueueColumn::Age), ageWidth);
    header->setSectionResizeMode(int(QueueColumn::Excerpt), QHeaderView::Stretch);
    header->setStretchLastSection(false);
}

void QueueTable::focusRow(int row)
{
    if (!model() || row < 0 || row >= model()->rowCount())
        return;
    const QModelIndex index = model()->index(row, 0);
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                 QItemSelectionModel::Rows);
    scrollTo(index);
}

void QueueTable::keyboardSearch(const QString&) {}

} // namespace hearken
